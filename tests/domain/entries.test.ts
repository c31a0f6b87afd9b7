import { describe, expect, it } from 'vitest'
import {
  createAlly,
  createAsk,
  createAssessment,
  createAudience,
  createEvidence,
  createKeyMessage,
  createMilestone,
  createNextStep,
  createShareEntry,
  createSource,
  createStakeholder,
  createTactic,
  parseAssessment,
} from '@/domain'

const ID = 'entry-1'
const TODAY = '2026-03-04'

describe('list-entry factories', () => {
  it.each([
    ['createSource', createSource(ID, TODAY), { title: '', url: '', accessed: TODAY }],
    ['createStakeholder', createStakeholder(ID), { name: '', note: '' }],
    ['createEvidence', createEvidence(ID), { sourceId: '', note: '' }],
    [
      'createEvidence citing a source',
      createEvidence(ID, 'src-1'),
      { sourceId: 'src-1', note: '' },
    ],
    ['createAudience', createAudience(ID), { name: '', why: '', ask: '' }],
    ['createKeyMessage', createKeyMessage(ID), { text: '', itemIds: [], audienceIds: [] }],
    [
      'createTactic',
      createTactic(ID),
      { kind: null, description: '', owner: '', due: '', status: 'planned' },
    ],
    ['createMilestone', createMilestone(ID), { date: '', label: '' }],
    ['createAlly', createAlly(ID), { name: '', kind: null, role: '', contact: '' }],
    ['createAsk', createAsk(ID), { to: '', ask: '' }],
    ['createNextStep', createNextStep(ID), { who: '', what: '', when: '', done: false }],
    ['createShareEntry', createShareEntry(ID, TODAY), { date: TODAY, with: '', note: '' }],
  ])('%s gives a blank entry with the id (and day) passed in', (_, entry, fields) => {
    expect(entry).toStrictEqual({ id: ID, ...fields })
  })

  it('gives entries that a saved document may hold', () => {
    const doc = createAssessment({
      id: 'doc-1',
      now: new Date('2026-03-04T10:00:00Z'),
      locale: 'en',
    })
    doc.flag.sources.push(createSource('s1', TODAY))
    doc.flag.stakeholders.push(createStakeholder('st1'))
    doc.analysis.privacy.evidence.push(createEvidence('e1'), createEvidence('e2', 's1'))
    doc.strategy.audiences.push(createAudience('a1'))
    doc.strategy.messages.push(createKeyMessage('m1'))
    doc.strategy.tactics.push(createTactic('t1'))
    doc.strategy.milestones.push(createMilestone('ms1'))
    doc.together.allies.push(createAlly('al1'))
    doc.together.asks.push(createAsk('as1'))
    doc.together.nextSteps.push(createNextStep('n1'))
    doc.together.shareLog.push(createShareEntry('sh1', TODAY))
    expect(parseAssessment(doc)).toStrictEqual({ ok: true, assessment: doc, migratedFrom: null })
  })

  it('gives a fresh object, with fresh lists, on every call', () => {
    const a = createKeyMessage(ID)
    const b = createKeyMessage(ID)
    expect(a).not.toBe(b)
    expect(a.itemIds).not.toBe(b.itemIds)
    expect(a.audienceIds).not.toBe(b.audienceIds)
  })
})
