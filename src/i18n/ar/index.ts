import type { en } from '../en'
import common from './common'
import library from './library'

/**
 * Arabic UI messages needed on every screen. The step screens' messages are in `./steps`,
 * loaded with the first assessment opened, to keep the first load small.
 */
export const ar = { common, library } satisfies typeof en
