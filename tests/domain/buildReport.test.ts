import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  buildReport,
  createAssessment,
  domainTexts,
  FALLBACK_FILE_BASE_NAME,
  ITEM_IDS,
  parseAssessmentText,
  PROFILE_SECTION_IDS,
  REPORT_SECTION_IDS,
  safeFileBaseName,
  type AnalysisBlock,
  type Assessment,
  type Block,
  type DomainTexts,
  type FindingBlock,
  type ReportModel,
  type ReportProfile,
  type TableBlock,
} from '@/domain'
import { TEMPLATES } from '@/domain/templates/templates'

const en = domainTexts('en')
const NOW = new Date('2025-03-05T10:00:00.000Z')
const items = en.catalogue.items

/** A new document, printed complete (the brief and the plan) unless a test says otherwise. */
function blank(): Assessment {
  const doc = createAssessment({ id: 'doc-1', now: new Date('2025-01-01T00:00:00Z'), locale: 'en' })
  doc.report.profile = 'complete'
  return doc
}

function report(doc: Assessment, texts: DomainTexts = en, timeZone?: string): ReportModel {
  return buildReport(doc, { texts, now: NOW, timeZone })
}

function section(r: ReportModel, id: string): Block[] {
  const found = r.sections.find((s) => s.id === id)
  if (!found) throw new Error(`no section ${id}`)
  return found.blocks
}

function blocksOf<K extends Block['kind']>(r: ReportModel, id: string, kind: K) {
  return section(r, id).filter((b): b is Extract<Block, { kind: K }> => b.kind === kind)
}

function analysisRows(r: ReportModel) {
  return blocksOf(r, 'appendix', 'analysis').flatMap((b: AnalysisBlock) => b.rows)
}

/** A document with a bit of everything, including hostile text. */
function mixed(): Assessment {
  const doc = blank()
  doc.flag.title = 'Network Usage Fees Act'
  doc.flag.kind = 'legislation'
  doc.flag.jurisdiction = 'European Union'
  doc.flag.stage = 'parliament'
  doc.flag.dates.vote = '2025-06-20'
  doc.flag.summary = 'First paragraph.\n\nSecond paragraph.'
  doc.flag.sources = [
    {
      id: 's-a',
      title: 'Official text',
      url: 'https://eur-lex.europa.eu/x',
      accessed: '2025-02-01',
    },
    { id: 's-b', title: '', url: 'javascript:alert(1)', accessed: '' },
    { id: 's-c', title: 'Brief', url: ' http://example.org/brief ', accessed: '2025-02-30' },
  ]
  doc.analysis['accessible-infrastructure-common-protocol'] = {
    ...doc.analysis['accessible-infrastructure-common-protocol'],
    impact: 'strongly-negative',
    howAffected: '  Adds a toll.  ',
    confidence: 'high',
    evidence: [
      { id: 'e1', sourceId: 's-c', note: 'Korea  saw\ncosts rise' },
      { id: 'e2', sourceId: '', note: 'Own observation' },
      { id: 'e3', sourceId: 's-a', note: '' },
      { id: 'e4', sourceId: 'gone', note: 'Source removed later' },
      { id: 'e5', sourceId: '', note: '  ' },
    ],
  }
  doc.analysis['decentralized-management-distributed-routing'].impact = 'negative'
  doc.analysis['easy-unrestricted-access'].impact = 'strongly-negative'
  doc.analysis['available-capacity'].impact = 'slightly-negative'
  doc.analysis.privacy.impact = 'positive'
  doc.analysis.integrity.impact = 'unclear'
  for (const id of ['common-global-identifiers', 'open-architecture-building-blocks'] as const)
    doc.analysis[id].impact = 'none'
  return doc
}

describe('buildReport: structure', () => {
  it('has every section in order, even for a blank document', () => {
    for (const doc of [blank(), mixed()]) {
      const r = report(doc)
      expect(r.sections.map((s) => s.id)).toEqual([...REPORT_SECTION_IDS])
      expect(r.sections.map((s) => s.title)).toEqual(
        REPORT_SECTION_IDS.map((id) => en.report.sections[id]),
      )
      expect(r.sections.every((s) => s.blocks.length > 0)).toBe(true)
    }
  })

  it('always shows all 15 rows, grouped as properties and then by goal', () => {
    const r = report(blank())
    const rows = analysisRows(r)
    expect(rows.map((row) => row.id)).toEqual([...ITEM_IDS])
    expect(
      rows.every((row) => row.impactText === en.impact['not-assessed'] && row.value === null),
    ).toBe(true)
    expect(blocksOf(r, 'appendix', 'analysis').map((b) => b.title)).toEqual([
      en.catalogue.existTitle,
      ...['open', 'globally-connected', 'secure', 'trustworthy'].map(
        (g) => en.catalogue.goals[g as 'open'].name,
      ),
    ])
  })

  it('omits empty optional parts instead of printing them empty', () => {
    const r = report(blank())
    for (const id of ['conclusions', 'strategy', 'together', 'sources'])
      expect(section(r, id)).toEqual([{ kind: 'paragraph', text: en.report.none }])
    expect(section(r, 'proposal')).toEqual([
      {
        kind: 'facts',
        items: [
          { label: en.report.labels.kind, value: en.notStated },
          { label: en.report.labels.stage, value: en.notStated },
        ],
      },
    ])
    expect(r.cover.facts).toEqual([])
    expect(analysisRows(r)[0]).toMatchObject({ howAffected: '', effectOnPeople: '' })
    expect(blocksOf(r, 'properties', 'finding')).toEqual([])
  })

  it('drops table columns that are empty in every row, and empty rows', () => {
    const doc = blank()
    doc.strategy.audiences = [
      { id: 'a1', name: 'MEPs', why: '', ask: 'Vote against' },
      { id: 'a2', name: ' ', why: '', ask: '' },
    ]
    const [audiences] = blocksOf(report(doc), 'strategy', 'table')
    expect(audiences).toEqual({
      kind: 'table',
      caption: en.report.labels.audiences,
      columns: [en.report.labels.audience, en.report.labels.ask],
      rows: [['MEPs', 'Vote against']],
    })
  })
})

describe('buildReport: meta and cover', () => {
  it('titles the report and dates it in the locale', () => {
    const r = report(mixed())
    expect(r.meta).toMatchObject({
      title: 'Internet Impact Assessment: Network Usage Fees Act',
      locale: 'en',
      generatedAt: '2025-03-05T10:00:00.000Z',
      generatedOn: '5 March 2025',
      fileBaseName: 'Network-Usage-Fees-Act',
      pageTemplate: en.report.page,
    })
    expect(r.cover.title).toBe(r.meta.title)
    expect(r.cover.subtitle).toBe('Legislation · European Union · ' + en.stage.parliament)
    expect(r.cover.dateLine).toBe('Generated on 5 March 2025')
    expect(r.cover.footnotes).toEqual([])
    expect(r.cover.facts).toEqual([])
    expect(r.meta.keywords).toContain('European Union')
  })

  it('calls an assessment without a title untitled', () => {
    const r = report(blank())
    expect(r.meta.title).toBe(en.report.untitled)
    expect(r.meta.fileBaseName).toBe(FALLBACK_FILE_BASE_NAME)
  })

  it('reads "generated on" in the given time zone, and in UTC when it is unknown', () => {
    const doc = blank()
    const late = new Date('2025-03-05T02:00:00.000Z')
    expect(
      buildReport(doc, { texts: en, now: late, timeZone: 'America/Los_Angeles' }).meta.generatedOn,
    ).toBe('4 March 2025')
    expect(buildReport(doc, { texts: en, now: late, timeZone: 'Not/AZone' }).meta.generatedOn).toBe(
      '5 March 2025',
    )
  })

  it('formats dates and numbers in the locale of the texts', () => {
    const fr: DomainTexts = { ...en, locale: 'fr' }
    const doc = mixed()
    doc.analysis['technology-neutral-general-purpose'].impact = 'negative'
    const r = report(doc, fr)
    expect(r.meta.generatedOn).toBe('5 mars 2025')
    const chart = blocksOf(r, 'summary', 'chart')[0]!
    expect(chart.rows[0]?.worstText).toBe('\u22123 (strongly negative)')
  })

  it.each([
    ['<script>/..', 'script'],
    ['Закон о суверенном интернете', 'Закон-о-суверенном-интернете'],
    ['Νόμος για το Διαδίκτυο', 'Νόμος-για-το-Διαδίκτυο'],
    ['Loi numérique : réforme « équité »', 'Loi-numérique-réforme-équité'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a-b-c-d-e-f-g-h-i-j'],
    ['Tab\tand\u0000control\u001fchars', 'Tab-and-control-chars'],
    ["The EU's “fair share”", 'The-EUs-fair-share'],
    ['  --Already--dashed--  ', 'Already-dashed'],
    ['CON', 'CON-report'],
    ['nul', 'nul-report'],
    ['', FALLBACK_FILE_BASE_NAME],
    ['   ', FALLBACK_FILE_BASE_NAME],
    ['../../', FALLBACK_FILE_BASE_NAME],
    ['🙂🙂', FALLBACK_FILE_BASE_NAME],
  ])('file name for %j is %j', (title, expected) => {
    expect(safeFileBaseName(title)).toBe(expected)
    const doc = blank()
    doc.flag.title = title
    expect(report(doc).meta.fileBaseName).toBe(expected)
  })

  it('keeps file names to 80 characters without a trailing dash', () => {
    const name = safeFileBaseName('word '.repeat(40) + 'Ω'.repeat(100))
    expect(Array.from(name).length).toBeLessThanOrEqual(80)
    expect(name).not.toMatch(/-$/)
    expect(safeFileBaseName('Ж'.repeat(200))).toBe('Ж'.repeat(80))
  })
})

describe('buildReport: summary', () => {
  it('explains the verdict in sentences that name the items, by property and by goal', () => {
    const [verdict] = blocksOf(report(mixed()), 'summary', 'verdict')
    expect(verdict).toMatchObject({
      verdict: 'seriously-undermines',
      label: en.verdict.label['seriously-undermines'],
      meaning: en.verdict.meaning['seriously-undermines'],
      headline:
        'Undermines 2 of the 5 critical properties (accessible infrastructure and decentralized routing) and harms two goals: open and globally connected',
      provisional: true,
    })
    expect(verdict?.provisionalNote).toMatch(/^Provisional: 8 rows are still marked/)
    expect(verdict?.reasons).toEqual([
      `Critical properties undermined: ${items['accessible-infrastructure-common-protocol'].name} (strongly negative) and ${items['decentralized-management-distributed-routing'].name} (negative).`,
      `The goal “Open” is harmed through ${items['easy-unrestricted-access'].name} (strongly negative).`,
      `The goal “Globally connected” is harmed through ${items['available-capacity'].name} (slightly negative).`,
      `Strengthened: ${items.privacy.name} (positive).`,
    ])
  })

  it('puts the same headline on the cover and in the verdict box', () => {
    const r = report(mixed())
    const [verdict] = blocksOf(r, 'summary', 'verdict')
    expect(r.cover.headline).toBe(verdict?.headline)
  })

  it('gives a final verdict with no provisional note when every row is rated', () => {
    const doc = blank()
    for (const id of ITEM_IDS) doc.analysis[id].impact = 'none'
    doc.analysis.privacy.impact = 'slightly-negative'
    doc.analysis.integrity.impact = 'slightly-negative'
    const [verdict] = blocksOf(report(doc), 'summary', 'verdict')
    expect(verdict).toMatchObject({
      verdict: 'harms',
      headline: 'No critical property is affected; harms two goals: secure and trustworthy',
      provisional: false,
      provisionalNote: '',
    })
  })

  it('draws the chart from the group summaries: counts and worst rating, no mean', () => {
    const doc = mixed()
    doc.analysis['technology-neutral-general-purpose'].impact = 'negative'
    const r = report(doc)
    const [chart] = blocksOf(r, 'summary', 'chart')
    expect(chart?.ticks.map((t) => t.value)).toEqual([-3, -2, -1, 0, 1, 2, 3])
    expect(chart?.rows.map((row) => row.group)).toEqual([
      'properties',
      'open',
      'globally-connected',
      'secure',
      'trustworthy',
    ])
    // properties: −3, 0, −2, 0, −2 → worst −3, three harmed
    expect(chart?.rows[0]).toMatchObject({
      label: en.catalogue.propertiesGroup,
      worst: -3,
      best: null,
      worstText: '\u22123 (strongly negative)',
      counts: { harmed: 3, mixed: 0, none: 2, helped: 0, notDiscussed: 0, open: 0 },
      rated: 5,
      total: 5,
    })
    // secure: only integrity is set, and it is unclear
    expect(chart?.rows[3]).toMatchObject({
      worst: null,
      best: null,
      worstText: en.findings.chart.notRated,
    })
    expect(chart?.rows[4]).toMatchObject({ worst: 2, best: 2, bestText: '+2 (positive)' })
    const [numbers] = blocksOf(r, 'summary', 'table')
    expect(numbers?.rows[0]).toEqual([
      en.catalogue.propertiesGroup,
      '3',
      '2',
      '0',
      '0',
      '0',
      '\u22123 (strongly negative)',
    ])
  })

  it('counts the rows per rating', () => {
    const facts = blocksOf(report(mixed()), 'summary', 'facts')[0]
    expect(facts?.items).toEqual([
      { label: en.impact['strongly-negative'], value: '2' },
      { label: en.impact.negative, value: '1' },
      { label: en.impact['slightly-negative'], value: '1' },
      { label: en.impact.none, value: '2' },
      { label: en.impact.positive, value: '1' },
      { label: en.impact.unclear, value: '1' },
      { label: en.impact['not-assessed'], value: '7' },
    ])
  })
})

describe('buildReport: proposal and sources', () => {
  it('numbers sources in Flag order and links only http(s) addresses', () => {
    const [sources] = blocksOf(report(mixed()), 'sources', 'sources')
    expect(sources?.items).toEqual([
      {
        number: 1,
        title: 'Official text',
        url: 'https://eur-lex.europa.eu/x',
        link: 'https://eur-lex.europa.eu/x',
        accessed: 'Accessed 1 February 2025',
      },
      {
        number: 2,
        title: 'javascript:alert(1)',
        url: 'javascript:alert(1)',
        link: null,
        accessed: '',
      },
      {
        number: 3,
        title: 'Brief',
        url: 'http://example.org/brief',
        link: 'http://example.org/brief',
        accessed: '',
      },
    ])
  })

  it("gives each row of the appendix ISOC's four columns: item, rating, how, effect", () => {
    const r = report(mixed())
    const row = analysisRows(r)[0]
    expect(row).toEqual({
      id: 'accessible-infrastructure-common-protocol',
      name: items['accessible-infrastructure-common-protocol'].name,
      impact: 'strongly-negative',
      impactText: en.impact['strongly-negative'],
      value: -3,
      dependsOnImplementation: false,
      howAffected: 'Adds a toll.',
      effectOnPeople: '',
    })
    expect(blocksOf(r, 'appendix', 'analysis')[0]?.columns).toEqual({
      item: en.report.labels.item,
      impact: en.report.labels.impact,
      howAffected: en.report.labels.howAffected,
      effectOnPeople: en.report.labels.effectOnPeople,
    })
  })

  it('says in the impact text when the impact depends on implementation', () => {
    const doc = mixed()
    doc.analysis.integrity.dependsOnImplementation = true
    const row = analysisRows(report(doc)).find((r) => r.id === 'integrity')
    expect(row).toMatchObject({
      dependsOnImplementation: true,
      impactText: `${en.impact.unclear} (depends on implementation)`,
    })
  })

  it('gives the proposal its facts, paragraphs and stakeholders', () => {
    const doc = mixed()
    doc.flag.stakeholders = [
      { id: 'st1', name: 'Users', note: 'Pay more' },
      { id: 'st2', name: 'Start-ups', note: '' },
      { id: 'st3', name: '', note: '' },
    ]
    const blocks = section(report(doc), 'proposal')
    expect(blocks.filter((b) => b.kind === 'paragraph')).toEqual([
      { kind: 'paragraph', text: 'First paragraph.' },
      { kind: 'paragraph', text: 'Second paragraph.' },
    ])
    expect(blocks.slice(-2)).toEqual([
      { kind: 'heading', text: en.report.labels.stakeholders },
      { kind: 'list', items: ['Users: Pay more', 'Start-ups'] },
    ])
    expect(blocks[0]).toMatchObject({
      kind: 'facts',
      items: expect.arrayContaining([{ label: en.report.labels.vote, value: '20 June 2025' }]),
    })
  })
})

describe('buildReport: strategy and together', () => {
  it('shows the goal, its SMART check, audiences, messages, tactics and the timeline', () => {
    const doc = mixed()
    doc.strategy.goal = {
      statement: 'Keep mandatory traffic payments out of the act before the vote.',
      specific: 'No traffic payment.',
      measurable: '',
      achievable: 'Allies in committee.',
      relevantItemIds: ['accessible-infrastructure-common-protocol'],
      deadline: '2025-03-01',
      deadlineEvent: 'Committee vote',
    }
    doc.strategy.audiences = [{ id: 'au1', name: 'MEPs', why: 'They vote', ask: 'Vote no' }]
    doc.strategy.messages = [
      { id: 'm1', text: 'Fees are a toll.', itemIds: [], audienceIds: ['au1', 'missing'] },
      { id: 'm2', text: 'Keep it open.', itemIds: [], audienceIds: [] },
    ]
    doc.strategy.tactics = [
      {
        id: 't1',
        kind: 'letter',
        description: 'Open letter',
        owner: 'Ana',
        due: '2025-02-15',
        status: 'done',
      },
    ]
    const blocks = section(report(doc), 'strategy')
    expect(blocks[0]).toEqual({ kind: 'heading', text: en.report.labels.goal })
    expect(blocks[1]).toEqual({ kind: 'paragraph', text: doc.strategy.goal.statement })
    expect(blocks[2]).toEqual({
      kind: 'facts',
      items: [
        { label: en.smart.criterion.specific, value: 'No traffic payment.' },
        { label: en.smart.criterion.achievable, value: 'Allies in committee.' },
        {
          label: en.smart.criterion.relevant,
          value: items['accessible-infrastructure-common-protocol'].name,
        },
        { label: en.report.labels.deadline, value: '1 March 2025' },
        { label: en.report.labels.event, value: 'Committee vote' },
      ],
    })
    expect(blocks[3]).toEqual({
      kind: 'list',
      items: [
        'Specific: met',
        `Measurable: ${en.smart.problem['no-indicator']}`,
        'Achievable: met',
        'Relevant: met',
        `Time-bound: ${en.smart.problem['deadline-passed']}`,
      ],
    })
    expect(blocks).toContainEqual({
      kind: 'list',
      items: ['Fees are a toll. (Audiences: MEPs)', 'Keep it open.'],
    })
    const tables = blocks.filter((b): b is TableBlock => b.kind === 'table')
    expect(tables.map((t) => t.caption)).toEqual([
      en.report.labels.audiences,
      en.report.labels.tactics,
      en.report.labels.timeline,
    ])
    expect(tables[1]?.rows).toEqual([
      [en.tacticKind.letter, 'Open letter', 'Ana', '15 February 2025', en.tacticStatus.done],
    ])
    expect(tables[2]?.rows).toEqual([
      ['15 February 2025', 'Due: Open letter'],
      ['1 March 2025', `${en.timeline.goalDeadline}: Committee vote`],
      ['20 June 2025', en.timeline.vote],
    ])
  })

  it('shows allies, coalition, asks, next steps and how to get involved', () => {
    const doc = blank()
    doc.together.allies = [
      { id: 'a1', name: 'Chapter', kind: 'chapter', role: 'Lead', contact: '' },
    ]
    doc.together.coalition = 'A coalition.'
    doc.together.asks = [{ id: 'k1', to: 'ARTICLE 19', ask: 'Co-sign' }]
    doc.together.nextSteps = [
      { id: 'n1', who: 'Ana', what: 'Draft', when: '2025-04-01', done: true },
    ]
    doc.together.join = { chapter: 'Chapter X', chapterUrl: '', notes: '' }
    expect(section(report(doc), 'together')).toEqual([
      {
        kind: 'table',
        caption: en.report.labels.allies,
        columns: [en.report.labels.who, en.report.labels.kind, en.report.labels.role],
        rows: [['Chapter', en.allyKind.chapter, 'Lead']],
      },
      { kind: 'heading', text: en.report.labels.coalition },
      { kind: 'paragraph', text: 'A coalition.' },
      {
        kind: 'table',
        caption: en.report.labels.asks,
        columns: [en.report.labels.to, en.report.labels.ask],
        rows: [['ARTICLE 19', 'Co-sign']],
      },
      {
        kind: 'table',
        caption: en.report.labels.nextSteps,
        columns: [
          en.report.labels.who,
          en.report.labels.what,
          en.report.labels.when,
          en.report.labels.status,
        ],
        rows: [['Ana', 'Draft', '1 April 2025', en.tacticStatus.done]],
      },
      { kind: 'heading', text: en.report.labels.join },
      { kind: 'facts', items: [{ label: en.report.labels.chapter, value: 'Chapter X' }] },
    ])
  })
})

describe('buildReport: as data', () => {
  it('is deterministic', () => {
    expect(report(mixed())).toEqual(report(mixed()))
  })

  it('is plain, JSON-serialisable data', () => {
    const r = report(mixed())
    expect(JSON.parse(JSON.stringify(r))).toEqual(r)
    expect(structuredClone(r)).toEqual(r)
  })

  it('does not change the document', () => {
    const doc = mixed()
    const before = JSON.stringify(doc)
    report(doc)
    expect(JSON.stringify(doc)).toBe(before)
  })
})

describe('buildReport: the fair-share worked example', () => {
  const text = readFileSync(new URL('../fixtures/v1-fair-share.iia.json', import.meta.url), 'utf8')
  const parsed = parseAssessmentText(text)
  const fromTemplate = TEMPLATES[0]!.create({ id: 'tpl-1', now: NOW, locale: 'en' })

  it.each([
    ['fixture', parsed.ok ? parsed.assessment : null],
    ['template', fromTemplate],
  ])('builds a complete report from the %s', (_, doc) => {
    expect(doc).not.toBeNull()
    const r = report(doc!)
    expect(r.sections.map((s) => s.id)).toEqual([...PROFILE_SECTION_IDS[doc!.report.profile]])
    expect(analysisRows(r)).toHaveLength(15)
    const [verdict] = blocksOf(r, 'summary', 'verdict')
    expect(verdict?.verdict).toBe('seriously-undermines')
    expect(verdict?.reasons[0]).toContain(items['accessible-infrastructure-common-protocol'].name)
    const [sources] = blocksOf(r, 'sources', 'sources')
    const count = sources?.items.length ?? 0
    expect(count).toBe(doc!.flag.sources.length)
    const findings = [
      ...blocksOf(r, 'properties', 'finding'),
      ...blocksOf(r, 'enablers', 'finding'),
    ]
    expect(findings.length).toBeGreaterThan(0)
    const evidence = findings.flatMap((b) =>
      b.parts.filter((p) => p.label === en.reportParts.evidence).flatMap((p) => p.paragraphs),
    )
    expect(evidence.length).toBeGreaterThan(0)
    for (const line of evidence) {
      const ref = /^\[(\d+)\]/.exec(line)
      if (ref) expect(Number(ref[1])).toBeGreaterThanOrEqual(1)
      if (ref) expect(Number(ref[1])).toBeLessThanOrEqual(count)
    }
    for (const item of sources?.items ?? [])
      expect(item.link === null || /^https?:\/\//.test(item.link)).toBe(true)
    expect(r.meta.fileBaseName).toMatch(/^[\p{L}\p{N}_-]{1,80}$/u)
    expect(JSON.parse(JSON.stringify(r))).toEqual(r)
  })
})

/** A document with a plan: a SMART goal that fails its checks, tactics, allies and next steps. */
function planned(): Assessment {
  const doc = mixed()
  doc.strategy.goal = {
    statement: 'Keep mandatory traffic payments out of the act.',
    specific: '',
    measurable: '',
    achievable: '',
    relevantItemIds: [],
    deadline: '2025-01-01',
    deadlineEvent: '',
  }
  doc.strategy.tactics = [
    {
      id: 't1',
      kind: 'letter',
      description: 'Open letter to the rapporteur',
      owner: 'Tactic Owner Ana',
      due: '2025-02-15',
      status: 'planned',
    },
  ]
  doc.together.allies = [
    { id: 'a1', name: 'Ally Org', kind: 'chapter', role: 'Co-signs', contact: 'ally@example.org' },
  ]
  doc.together.asks = [{ id: 'k1', to: 'Ally Org', ask: 'Co-sign the letter' }]
  doc.together.nextSteps = [
    { id: 'n1', who: 'Next Step Bo', what: 'Call the office', when: '2025-04-01', done: false },
  ]
  return doc
}

function withProfile(doc: Assessment, profile: ReportProfile, hiddenSections: string[] = []) {
  doc.report = { profile, hiddenSections }
  return doc
}

/** Every text of a report, for checks on what it must (not) contain. */
function allText(r: ReportModel): string {
  return JSON.stringify(r)
}

/** The SMART self-check's advice that `planned()` triggers, and its internal logistics. */
const SMART_ADVICE = Object.values(en.smart.problem)
const PLAN_ONLY = [
  'Open letter to the rapporteur',
  'Tactic Owner Ana',
  'ally@example.org',
  'Next Step Bo',
  'Call the office',
  'Co-sign the letter',
]

describe('buildReport: profiles', () => {
  it.each(['brief', 'plan', 'complete'] as const)('prints the sections of the %s', (profile) => {
    const r = report(withProfile(planned(), profile))
    expect(r.meta.profile).toBe(profile)
    expect(r.sections.map((s) => s.id)).toEqual([...PROFILE_SECTION_IDS[profile]])
    expect(r.sections.map((s) => s.title)).toEqual(
      PROFILE_SECTION_IDS[profile].map((id) => en.report.sections[id]),
    )
  })

  it("follows ISOC's order in the brief, and prints the brief, the plan, then references and appendix when complete", () => {
    expect(PROFILE_SECTION_IDS.brief).toEqual([
      'summary',
      'method',
      'proposal',
      'properties',
      'enablers',
      'conclusions',
      'sources',
      'appendix',
    ])
    expect(PROFILE_SECTION_IDS.plan).toEqual(['strategy', 'together'])
    expect(REPORT_SECTION_IDS).toEqual([
      ...PROFILE_SECTION_IDS.brief.slice(0, 6),
      ...PROFILE_SECTION_IDS.plan,
      'sources',
      'appendix',
    ])
  })

  it('never prints the SMART advice, tactics, owners, next steps or contacts in the brief', () => {
    const text = allText(report(withProfile(planned(), 'brief')))
    for (const advice of SMART_ADVICE) expect(text).not.toContain(advice)
    for (const internal of PLAN_ONLY) expect(text).not.toContain(internal)
    expect(text).not.toContain(planned().strategy.goal.statement)
  })

  it('prints the SMART goal, its checks and the logistics in the plan and in the complete report', () => {
    for (const profile of ['plan', 'complete'] as const) {
      const text = allText(report(withProfile(planned(), profile)))
      expect(text).toContain(en.smart.problem['no-indicator'])
      expect(text).toContain(en.smart.problem['deadline-passed'])
      for (const internal of PLAN_ONLY) expect(text).toContain(internal)
    }
  })

  it('leaves the findings, the verdict and the analysis out of the plan', () => {
    const r = report(withProfile(planned(), 'plan'))
    const kinds = new Set(r.sections.flatMap((s) => s.blocks.map((b) => b.kind)))
    for (const kind of ['verdict', 'chart', 'analysis', 'finding', 'sources'])
      expect(kinds.has(kind as Block['kind'])).toBe(false)
    expect(allText(r)).not.toContain(en.reportParts.appendixIntro)
  })

  it.each([
    [
      ['sources', 'appendix'],
      ['summary', 'method', 'proposal', 'properties', 'enablers', 'conclusions'],
    ],
    [
      ['method', 'no-such-section', ''],
      ['summary', 'proposal', 'properties', 'enablers', 'conclusions', 'sources', 'appendix'],
    ],
    [
      ['strategy'],
      [
        'summary',
        'method',
        'proposal',
        'properties',
        'enablers',
        'conclusions',
        'sources',
        'appendix',
      ],
    ],
    [[...REPORT_SECTION_IDS], []],
  ])(
    'skips the hidden sections %j of the brief, ignoring ids it does not know',
    (hidden, shown) => {
      const r = report(withProfile(planned(), 'brief', hidden))
      expect(r.sections.map((s) => s.id)).toEqual(shown)
    },
  )

  it.each([
    [
      'brief',
      'Internet Impact Brief: Network Usage Fees Act',
      'Network-Usage-Fees-Act-Internet-Impact-Brief',
    ],
    ['plan', 'Advocacy plan: Network Usage Fees Act', 'Network-Usage-Fees-Act-Advocacy-plan'],
    ['complete', 'Internet Impact Assessment: Network Usage Fees Act', 'Network-Usage-Fees-Act'],
  ] as const)('titles the %s %j and names its file %j', (profile, title, file) => {
    const r = report(withProfile(mixed(), profile))
    expect(r.meta.title).toBe(title)
    expect(r.cover.title).toBe(title)
    expect(r.meta.fileBaseName).toBe(file)
  })

  it("names an untitled brief's file after the document alone", () => {
    expect(report(withProfile(blank(), 'brief')).meta.fileBaseName).toBe('Internet-Impact-Brief')
  })
})

describe("buildReport: the brief's cover and texts", () => {
  function published(): Assessment {
    const doc = withProfile(mixed(), 'brief')
    doc.publication = {
      authors: [
        { id: 'p1', name: 'Ana Pérez', affiliation: 'Internet Society' },
        { id: 'p2', name: ' Bo ', affiliation: '' },
        { id: 'p3', name: '', affiliation: 'Nobody' },
      ],
      contributors: [{ id: 'p4', name: 'Chen Li', affiliation: 'ISOC Chapter X' }],
      version: '1.2',
      published: '2022-02-18',
      licence: 'CC BY 4.0',
      contact: 'brief@example.org',
    }
    doc.brief.abstract = 'First part.\n\nSecond part.'
    doc.brief.executiveSummary = 'The summary.'
    doc.brief.conclusions = 'Drop the fee.\n\nTalk to engineers.'
    doc.brief.goalConclusions.open = 'The open Internet loses.'
    return doc
  }

  it('shows the publication date and version, people with affiliations, abstract and small print', () => {
    const r = report(published())
    expect(r.cover).toMatchObject({
      dateLine: 'Published 18 February 2022 · Version 1.2',
      abstract: ['First part.', 'Second part.'],
      footnotes: ['Licence: CC BY 4.0', 'Contact: brief@example.org', 'Generated on 5 March 2025'],
    })
    expect(r.cover.facts.slice(0, 2)).toEqual([
      { label: en.reportParts.authors, value: 'Ana Pérez (Internet Society) and Bo' },
      { label: en.reportParts.contributors, value: 'Chen Li (ISOC Chapter X)' },
    ])
    expect(r.meta.authors).toEqual(['Ana Pérez', 'Bo'])
  })

  it("puts the proposal's summary on the cover until there is an abstract", () => {
    const doc = published()
    doc.brief.abstract = ' '
    expect(report(doc).cover.abstract).toEqual(['First paragraph.', 'Second paragraph.'])
    doc.flag.summary = ''
    expect(report(doc).cover.abstract).toEqual([])
  })

  it("opens the executive summary with the author's summary and prints the conclusions", () => {
    const r = report(published())
    expect(section(r, 'summary')[0]).toEqual({ kind: 'paragraph', text: 'The summary.' })
    expect(section(r, 'conclusions')).toEqual([
      { kind: 'paragraph', text: 'Drop the fee.' },
      { kind: 'paragraph', text: 'Talk to engineers.' },
    ])
  })

  it('discusses each affected property in its own part and names the ones without impact once', () => {
    const doc = published()
    doc.analysis['technology-neutral-general-purpose'].impact = 'not-discussed'
    const blocks = section(report(doc), 'properties')
    const findings = blocks.filter((b): b is FindingBlock => b.kind === 'finding')
    expect(findings.map((b) => b.id)).toEqual([
      'accessible-infrastructure-common-protocol',
      'decentralized-management-distributed-routing',
    ])
    expect(findings[0]).toMatchObject({
      name: items['accessible-infrastructure-common-protocol'].name,
      impactText: en.impact['strongly-negative'],
      value: -3,
      confidence: 'Confidence: high',
      parts: [
        { label: en.reportParts.howAffected, paragraphs: ['Adds a toll.'] },
        {
          label: en.reportParts.evidence,
          paragraphs: [
            '[3] Korea saw costs rise',
            'Own observation',
            '[1] Official text',
            'Source removed later',
          ],
        },
      ],
    })
    expect(blocks.at(-1)).toEqual({
      kind: 'paragraph',
      text: `No impact found on: ${items['open-architecture-building-blocks'].name} and ${items['common-global-identifiers'].name}.`,
    })
  })

  it('gives a mixed row its harm and its benefit, each explained', () => {
    const doc = published()
    doc.analysis['common-global-identifiers'] = {
      ...doc.analysis['common-global-identifiers'],
      impact: 'mixed',
      howAffected: 'Splits the namespace.',
      mixed: { harm: 'negative', benefit: 'slightly-positive', benefitHow: 'Adds a registry.' },
    }
    const r = report(doc)
    const finding = blocksOf(r, 'properties', 'finding').find(
      (b) => b.id === 'common-global-identifiers',
    )
    expect(finding).toMatchObject({
      impact: 'mixed',
      value: -2,
      impactText: `${en.impact.mixed} (negative and slightly positive)`,
      parts: [
        { label: en.reportParts.howHarms, paragraphs: ['Splits the namespace.'] },
        { label: en.reportParts.howHelps, paragraphs: ['Adds a registry.'] },
      ],
    })
    const row = analysisRows(r).find((x) => x.id === 'common-global-identifiers')
    expect(row?.howAffected).toBe('Splits the namespace.\nHow it helps: Adds a registry.')
  })

  it('groups the enablers by goal, each with its findings and its conclusion', () => {
    const blocks = section(report(published()), 'enablers')
    const headings = blocks.filter((b) => b.kind === 'heading').map((b) => b.text)
    // secure: integrity is unclear; no goal is left without something to say here
    expect(headings).toEqual(
      (['open', 'globally-connected', 'secure', 'trustworthy'] as const).map(
        (g) => en.catalogue.goals[g].name,
      ),
    )
    const open = blocks.findIndex((b) => b.kind === 'heading' && b.text === headings[0])
    expect(blocks.slice(open + 1, open + 3)).toEqual([
      expect.objectContaining({ kind: 'finding', id: 'easy-unrestricted-access' }),
      { kind: 'paragraph', text: 'The open Internet loses.' },
    ])
  })

  it('names the rows it does not discuss once, in the methodology', () => {
    const doc = published()
    doc.analysis['technology-neutral-general-purpose'].impact = 'not-discussed'
    doc.analysis['available-capacity'].impact = 'not-discussed'
    const r = report(doc)
    expect(section(r, 'method').at(-1)).toEqual({
      kind: 'paragraph',
      text: `This brief does not discuss: ${items['technology-neutral-general-purpose'].name} and ${items['available-capacity'].name}.`,
    })
    const discussed = [
      ...blocksOf(r, 'properties', 'finding'),
      ...blocksOf(r, 'enablers', 'finding'),
    ]
    expect(discussed.map((b) => b.id)).not.toContain('technology-neutral-general-purpose')
    expect(discussed.map((b) => b.id)).not.toContain('available-capacity')
    expect(section(report(published()), 'method')).toHaveLength(1)
  })

  it('leaves out a goal with nothing to say', () => {
    const doc = published()
    doc.analysis.privacy.impact = 'not-discussed'
    const headings = section(report(doc), 'enablers')
      .filter((b) => b.kind === 'heading')
      .map((b) => b.text)
    expect(headings).not.toContain(en.catalogue.goals.trustworthy.name)
  })
})
