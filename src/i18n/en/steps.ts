import flag from './flag'
import analyze from './analyze'
import strategize from './strategize'
import together from './together'
import report from './report'
import history from './history'
import method from './method'
import about from './about'
import templates from './templates'
import importFile from './importFile'
import recovery from './recovery'
import share from './share'
import workshop from './workshop'
import compare from './compare'

/** English UI messages of the assessment screens. */
export const enSteps = {
  flag,
  analyze,
  strategize,
  together,
  report,
  history,
  method,
  about,
  templates,
  importFile,
  recovery,
  share,
  workshop,
  compare,
}
