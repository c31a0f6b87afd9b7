import common from './common'
import library from './library'

/**
 * English UI messages needed on every screen. The step screens' and the method page's messages
 * are in `./steps`, loaded with the first assessment or the method opened, to keep the first
 * load small.
 */
export const en = { common, library }
