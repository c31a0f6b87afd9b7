import { describe, expect, it } from 'vitest'
import {
  createAssessment,
  ENABLERS_BY_GOAL,
  ITEM_IDS,
  PROPERTY_IDS,
  writeHeadline,
  type DomainTexts,
  type Impact,
  type ItemId,
} from '@/domain'
import { chartBlocks, verdictBlock } from '@/domain/report/findings'
import { ar } from '@/domain/texts/ar'
import { en } from '@/domain/texts/en'
import { es } from '@/domain/texts/es'
import { fr } from '@/domain/texts/fr'

const TEXTS: Record<'en' | 'fr' | 'es' | 'ar', DomainTexts> = { en, fr, es, ar }
const NB = '\u00a0'

/** An analysis where every row is rated `rest`, except the given overrides. */
function analysis(overrides: Partial<Record<ItemId, Impact>>, rest: Impact = 'none') {
  const doc = createAssessment({ id: 'a1', now: new Date('2025-01-01T00:00:00Z'), locale: 'en' })
  for (const id of ITEM_IDS) doc.analysis[id].impact = overrides[id] ?? rest
  return doc.analysis
}

const rate = (ids: readonly ItemId[], impact: Impact) =>
  Object.fromEntries(ids.map((id) => [id, impact])) as Partial<Record<ItemId, Impact>>

const [P1, P2, P3] = PROPERTY_IDS
const ALL_GOALS = rate(
  ['easy-unrestricted-access', 'available-capacity', 'integrity', 'privacy'],
  'negative',
)
const ONE_GOAL = rate(['privacy'], 'slightly-negative')

describe('writeHeadline', () => {
  it.each<{
    case: string
    locale: 'en' | 'fr' | 'es' | 'ar'
    overrides: Partial<Record<ItemId, Impact>>
    rest?: Impact
    headline: string
  }>([
    // 0 properties, 1 goal
    {
      case: '0 properties, 1 goal',
      locale: 'ar',
      overrides: ONE_GOAL,
      headline: 'لا تتأثر أي خاصية جوهرية؛ يضر بهدف واحد: جديرة بالثقة',
    },
    {
      case: '2 properties, all goals',
      locale: 'ar',
      overrides: { ...ALL_GOALS, ...rate([P1, P2], 'negative') },
      headline:
        'يقوّض 2 من الخصائص الجوهرية الخمس (بنية تحتية متاحة وبنية معمارية مفتوحة) ويضر بالأهداف الأربعة كلها: مفتوحة ومتصلة عالميًا وآمنة وجديرة بالثقة',
    },
    {
      case: '0 properties, 1 goal',
      locale: 'en',
      overrides: ONE_GOAL,
      headline: 'No critical property is affected; harms one goal: trustworthy',
    },
    {
      case: '0 properties, 1 goal',
      locale: 'fr',
      overrides: ONE_GOAL,
      headline: `Aucune propriété essentielle n’est touchée${NB}; nuit à un objectif${NB}: digne de confiance`,
    },
    {
      case: '0 properties, 1 goal',
      locale: 'es',
      overrides: ONE_GOAL,
      headline: 'Ninguna propiedad crítica se ve afectada; perjudica un objetivo: confiable',
    },
    // 1 property, 4 goals
    {
      case: '1 property, 4 goals',
      locale: 'en',
      overrides: { [P1]: 'slightly-negative', ...ALL_GOALS },
      headline:
        'Undermines 1 of the 5 critical properties (accessible infrastructure) and harms all four goals: open, globally connected, secure and trustworthy',
    },
    {
      case: '1 property, 4 goals',
      locale: 'fr',
      overrides: { [P1]: 'slightly-negative', ...ALL_GOALS },
      headline: `Porte atteinte à 1 des 5 propriétés essentielles (infrastructure accessible) et nuit aux quatre objectifs${NB}: ouvert, connecté à l’échelle mondiale, sûr et digne de confiance`,
    },
    {
      case: '1 property, 4 goals',
      locale: 'es',
      overrides: { [P1]: 'slightly-negative', ...ALL_GOALS },
      headline:
        'Socava 1 de las 5 propiedades críticas (infraestructura accesible) y perjudica los cuatro objetivos: abierta, conectada globalmente, segura y confiable',
    },
    // 5 properties, 1 goal
    {
      case: '5 properties, 1 goal',
      locale: 'en',
      overrides: { ...rate(PROPERTY_IDS, 'strongly-negative'), ...ONE_GOAL },
      headline: 'Undermines all 5 critical properties and harms one goal: trustworthy',
    },
    {
      case: '5 properties, 1 goal',
      locale: 'fr',
      overrides: { ...rate(PROPERTY_IDS, 'strongly-negative'), ...ONE_GOAL },
      headline: `Porte atteinte aux 5 propriétés essentielles et nuit à un objectif${NB}: digne de confiance`,
    },
    {
      case: '5 properties, 1 goal',
      locale: 'es',
      overrides: { ...rate(PROPERTY_IDS, 'strongly-negative'), ...ONE_GOAL },
      headline: 'Socava las 5 propiedades críticas y perjudica un objetivo: confiable',
    },
    // 3 properties (one of them mixed), 4 goals: the example
    {
      case: '3 properties, 4 goals',
      locale: 'en',
      overrides: { [P1]: 'negative', [P2]: 'mixed', [P3]: 'slightly-negative', ...ALL_GOALS },
      headline:
        'Undermines 3 of the 5 critical properties (accessible infrastructure, open architecture and decentralized routing) and harms all four goals: open, globally connected, secure and trustworthy',
    },
    // 0 properties, 4 goals
    {
      case: '0 properties, 4 goals',
      locale: 'es',
      overrides: ALL_GOALS,
      headline:
        'Ninguna propiedad crítica se ve afectada; perjudica los cuatro objetivos: abierta, conectada globalmente, segura y confiable',
    },
    // helping
    {
      case: 'helping only',
      locale: 'en',
      overrides: { [P1]: 'positive', 'data-confidentiality': 'strongly-positive' },
      headline:
        'Strengthens 1 of the 5 critical properties (accessible infrastructure) and helps one goal: secure',
    },
    {
      case: 'harm to a property, help to a goal',
      locale: 'fr',
      overrides: { [P1]: 'negative', integrity: 'positive', privacy: 'positive' },
      headline: `Porte atteinte à 1 des 5 propriétés essentielles (infrastructure accessible)${NB}; favorise deux objectifs${NB}: sûr et digne de confiance`,
    },
    // not assessed
    {
      case: 'nothing rated',
      locale: 'en',
      overrides: {},
      rest: 'not-assessed',
      headline: 'No row of the analysis is rated yet',
    },
    {
      case: 'enablers not rated yet',
      locale: 'es',
      overrides: rate(PROPERTY_IDS, 'none'),
      rest: 'unclear',
      headline:
        'Ninguna propiedad crítica se ve afectada; los habilitadores aún no se han calificado',
    },
    {
      case: 'a brief that discusses only what is affected',
      locale: 'en',
      overrides: { [P2]: 'negative' },
      rest: 'not-discussed',
      headline:
        'Undermines 1 of the 5 critical properties (open architecture); the enablers are not discussed',
    },
    {
      case: 'a brief that discusses only enablers: it claims nothing of the properties',
      locale: 'en',
      overrides: { privacy: 'negative' },
      rest: 'not-discussed',
      headline: 'The critical properties are not discussed; harms one goal: trustworthy',
    },
    {
      case: 'a brief that finds no impact on the properties it discusses',
      locale: 'en',
      overrides: { [P2]: 'none', privacy: 'none' },
      rest: 'not-discussed',
      headline:
        'None of the critical properties it discusses is affected; no goal it discusses is affected',
    },
    {
      case: 'a brief that discusses only enablers',
      locale: 'fr',
      overrides: { privacy: 'negative' },
      rest: 'not-discussed',
      headline:
        'Les propriétés essentielles ne sont pas examinées\u00a0; nuit à un objectif\u00a0: digne de confiance',
    },
  ])('$case ($locale)', ({ locale, overrides, rest, headline }) => {
    expect(writeHeadline(analysis(overrides, rest), TEXTS[locale])).toBe(headline)
  })

  it('counts a goal as harmed when any one of its enablers is', () => {
    for (const id of ENABLERS_BY_GOAL.secure)
      expect(writeHeadline(analysis({ [id]: 'slightly-negative' }), en)).toBe(
        'No critical property is affected; harms one goal: secure',
      )
  })
})

describe('verdictBlock', () => {
  it('says how many rows are open and where, without naming them', () => {
    const block = verdictBlock(analysis({ [P1]: 'negative' }, 'not-assessed'), en)
    expect(block.provisional).toBe(true)
    expect(block.provisionalNote).toContain('14 rows are still marked')
    expect(block.reasons.join(' ')).not.toContain('Privacy')
  })

  it.each([
    ['en', 'Provisional: 1 row is still'],
    ['fr', `Provisoire${NB}: 1 ligne porte encore`],
    ['es', 'Provisional: 1 fila sigue'],
  ] as const)('uses the singular for one open row (%s)', (locale, start) => {
    const block = verdictBlock(analysis({ privacy: 'unclear' }), TEXTS[locale])
    expect(block.provisionalNote.startsWith(start)).toBe(true)
  })

  it.each([
    [1, 'مؤقت: لا يزال صف واحد موسومًا'],
    [2, 'مؤقت: لا يزال صفان موسومين'],
    [3, 'مؤقت: لا تزال 3 صفوف موسومة'],
    [10, 'مؤقت: لا تزال 10 صفوف موسومة'],
    [11, 'مؤقت: لا يزال 11 صفًا موسومًا'],
  ])('counts %i open rows with the Arabic plural form CLDR asks for', (open, start) => {
    const unclear = rate(ITEM_IDS.slice(0, open), 'unclear')
    const block = verdictBlock(analysis(unclear), TEXTS.ar)
    expect(block.provisionalNote.startsWith(start)).toBe(true)
    expect(block.provisionalNote).toContain('«غير واضح» أو «لم يُقيَّم بعد»')
  })

  it('is final and silent about rows not discussed', () => {
    const block = verdictBlock(analysis({ [P1]: 'slightly-negative' }, 'not-discussed'), en)
    expect(block.verdict).toBe('undermines')
    expect(block.label).toBe('Undermines what the Internet needs to exist')
    expect(block.provisional).toBe(false)
    expect(block.provisionalNote).toBe('')
    expect(block.reasons).toEqual([
      'Critical properties undermined: An Accessible Infrastructure with a Common Protocol (slightly negative).',
    ])
  })

  it('reports a mixed row with its harm and its benefit, and each goal harmed', () => {
    const a = analysis({ privacy: 'mixed', integrity: 'slightly-negative' })
    a.privacy.mixed = { ...a.privacy.mixed, harm: 'negative', benefit: 'slightly-positive' }
    const block = verdictBlock(a, en)
    expect(block.verdict).toBe('seriously-harms')
    expect(block.headline).toBe(
      'No critical property is affected; harms two goals: secure and trustworthy',
    )
    expect(block.reasons).toEqual([
      expect.stringMatching(/^The goal “Secure” is harmed through .*slightly negative\)\.$/),
      expect.stringMatching(
        /^The goal “Trustworthy” is harmed through .*\(mixed: negative harm, slightly positive benefit\)\.$/,
      ),
    ])
  })
})

describe('chartBlocks', () => {
  it('plots the harm of a mixed row, its benefit too, and says mixed in the table', () => {
    const a = analysis({ [P1]: 'mixed', [P2]: 'not-discussed', [P3]: 'unclear' })
    a[P1].mixed = { ...a[P1].mixed, harm: 'strongly-negative', benefit: 'positive' }
    const [chart, table] = chartBlocks(a, en)
    if (chart?.kind !== 'chart' || table?.kind !== 'table') throw new Error('chart and table')
    expect(chart.rows[0]).toMatchObject({ worst: -3, best: 2, worstText: '−3 (strongly negative)' })
    expect(table.columns).toEqual([
      'Group',
      'Harmed',
      'No impact',
      'Helped',
      'Not discussed',
      'Still open',
      'Worst rating',
    ])
    expect(table.rows[0]).toEqual([
      'Critical properties',
      '1 (1 mixed)',
      '2',
      '0',
      '1',
      '1',
      '−3 (strongly negative)',
    ])
  })
})
