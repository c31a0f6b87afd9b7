/** The complete English domain texts, for code that needs them all at once (tests, exporters). */
import type { DomainTexts } from './types'
import { enCore } from './enCore'
import { enGuidance } from './enGuidance'

/** The English words of the domain: catalogue, labels, verdicts, checks and report texts. */
export const en: DomainTexts = { ...enCore, ...enGuidance }
