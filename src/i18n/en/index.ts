import common from './common'
import library from './library'
import flag from './flag'
import analyze from './analyze'
import strategize from './strategize'
import together from './together'
import report from './report'
import method from './method'

/** English UI messages, one file per area so each screen owns its words. */
export const en = { common, library, flag, analyze, strategize, together, report, method }
