import type { CaseTemplate } from '../caseTemplate'

/** Canada's proposed online harms legislation of 2021 (reference §8, case 13). */
export const canadaOnlineHarms: CaseTemplate = {
  id: 'ca-online-harms-2021',
  flag: {
    title: 'Canada: proposed online harms legislation (2021)',
    kind: 'legislation',
    jurisdiction: 'Canada',
    proposer: 'Government of Canada',
    stage: null,
    summary:
      "In 2021 the Government of Canada planned obligations for online platforms to deal with harmful content such as hate speech, terrorist content and child sexual exploitation. The Internet Society's Internet Impact Brief of November 2021 assesses the proposal against what the Internet needs to thrive.",
  },
  sources: [
    {
      key: 'isoc-online-harms-brief',
      title:
        "Internet Society: Internet Impact Brief: Canada's Proposed Online Harms Legislation and the Internet (November 2021)",
      url: 'https://www.internetsociety.org/resources/doc/2021/internet-impact-brief-canadas-proposed-online-harms-legislation-and-the-internet/',
    },
  ],
  rows: {
    'unrestricted-reachability': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'Obligations to remove harmful content, and powers to block services, reduce what people in Canada can reach.',
      effectOnPeople: '',
      evidence: [['isoc-online-harms-brief', 'Assesses the planned platform obligations.']],
    },
    accountability: {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'Platforms pushed to decide quickly what is harmful are likely to over-remove, with limited transparency about what was taken down and why.',
      effectOnPeople: '',
      evidence: [
        [
          'isoc-online-harms-brief',
          'Assesses the proposal against what the Internet needs to thrive.',
        ],
      ],
    },
    privacy: {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'Monitoring content on platforms to meet the obligations, and reporting duties, expose more about users than needed.',
      effectOnPeople: '',
      evidence: [['isoc-online-harms-brief', 'Assesses the planned platform obligations.']],
    },
  },
}
