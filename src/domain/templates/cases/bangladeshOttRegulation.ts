import type { CaseTemplate } from '../caseTemplate'

/** Bangladesh's draft Regulation for Digital, Social Media and OTT Platforms 2021 (reference §8, case 11). */
export const bangladeshOttRegulation: CaseTemplate = {
  id: 'bd-ott-regulation',
  flag: {
    title: 'Bangladesh: draft Regulation for Digital, Social Media and OTT Platforms 2021',
    kind: 'regulation',
    jurisdiction: 'Bangladesh',
    proposer: 'Bangladesh Telecommunication Regulatory Commission (BTRC)',
    stage: 'draft',
    summary:
      "The telecom regulator's draft would regulate online platforms and their content, including powers to block. The Internet Society's analysis finds that it could seriously reduce the Internet's usefulness for Bangladesh.",
  },
  sources: [
    {
      key: 'isoc-bangladesh',
      title:
        "Internet Society: analysis of Bangladesh's draft Regulation for Digital, Social Media and OTT Platforms (2021–2022)",
      url: '',
    },
  ],
  rows: {
    'unrestricted-reachability': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'Blocking powers over platforms and content would make parts of the Internet unreachable from Bangladesh.',
      effectOnPeople: '',
      evidence: [
        [
          'isoc-bangladesh',
          "Finds that the draft could seriously reduce the Internet's usefulness for Bangladesh.",
        ],
      ],
    },
    accountability: {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'A regulator deciding what platforms must remove or block, without clear limits and ways to challenge it, weakens accountability.',
      effectOnPeople: '',
      evidence: [['isoc-bangladesh', 'Assesses the regulatory and blocking powers of the draft.']],
    },
    privacy: {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'Duties placed on platforms under the draft reach into information about their users.',
      effectOnPeople: '',
      evidence: [['isoc-bangladesh', 'One of the rows the analysis highlights.']],
    },
  },
}
