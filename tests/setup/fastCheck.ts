import fc from 'fast-check'
import { fastCheckRuns } from './fastCheckRuns'

// Every property in every test file runs this many cases; no test sets its own numRuns.
fc.configureGlobal({ numRuns: fastCheckRuns() })
