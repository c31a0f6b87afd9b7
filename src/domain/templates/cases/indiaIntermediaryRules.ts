import type { CaseTemplate } from '../caseTemplate'

/** India's Intermediary Guidelines and Digital Media Ethics Code Rules 2021 (reference §8, case 9). */
export const indiaIntermediaryRules: CaseTemplate = {
  id: 'in-intermediary-rules-2021',
  flag: {
    title: 'India: Intermediary Guidelines and Digital Media Ethics Code Rules 2021',
    kind: 'regulation',
    jurisdiction: 'India',
    proposer: 'Government of India',
    stage: 'adopted',
    summary:
      "The 2021 rules place duties on large platforms, including identifying the first originator of a message (traceability), filtering content automatically and appointing local officers. The Internet Society's Internet Impact Brief of November 2021, one of its first five briefs, assesses the rules against what the Internet needs to thrive.",
  },
  sources: [
    {
      key: 'isoc-resources-2021',
      title:
        'Internet Society resource library, listing its 2021 Internet Impact Briefs, including the one on the Indian Intermediary Guidelines',
      url: 'https://www.internetsociety.org/resources/?_page=3',
    },
    {
      key: 'isoc-briefs-announcement',
      title:
        'Internet Society: announcement of the first Internet Impact Briefs, November 2021 (mirror)',
      url: 'http://nsoca.org/index-1564.html',
    },
  ],
  rows: {
    'unrestricted-reachability': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'Automated filtering duties make platforms remove or hide content broadly, so people can reach less of what is published.',
      effectOnPeople: '',
      evidence: [
        [
          'isoc-briefs-announcement',
          'Lists the brief on the Indian Intermediary Guidelines among the first five briefs.',
        ],
      ],
    },
    'data-confidentiality': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'Identifying who first sent a message requires a messaging service to know more about the messages it carries than end-to-end encryption allows.',
      effectOnPeople: '',
      evidence: [
        ['isoc-resources-2021', 'Lists the 2021 brief that assesses the traceability duty.'],
      ],
    },
    accountability: {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'The duties give authorities broad influence over what platforms remove and whom they identify, with limited ways for users to see or challenge it.',
      effectOnPeople: '',
      evidence: [['isoc-resources-2021', 'Lists the 2021 brief on the rules.']],
    },
    privacy: {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'Traceability ties messages to the people who first sent them, which removes the ability to speak without being identified by the platform and the state.',
      effectOnPeople: '',
      evidence: [
        ['isoc-resources-2021', 'Lists the 2021 brief that assesses the traceability duty.'],
      ],
    },
  },
}
