import type { CaseTemplate } from '../caseTemplate'

/** Online age-check mandates in general (reference §8, case 15). */
export const ageCheckMandates: CaseTemplate = {
  id: 'generic-age-checks',
  flag: {
    title: 'Online age-check mandates (generic)',
    kind: 'legislation',
    jurisdiction: 'Many countries',
    proposer: '',
    stage: null,
    summary:
      "Laws that require apps or websites to check the age of their users. The Internet Society's policy brief of December 2025 warns of risks to privacy, security and access, and of fragmented, incompatible age-check systems. Adapt the Flag step to the law you are assessing.",
  },
  sources: [
    {
      key: 'isoc-age-policy-brief',
      title: 'Internet Society: Policy Brief: Age Restrictions and Online Safety (December 2025)',
      url: 'https://www.internetsociety.org/?p=239873',
    },
  ],
  rows: {
    'easy-unrestricted-access': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        "Having to prove one's age before using a service adds a barrier, and people without the required documents or devices can be shut out.",
      effectOnPeople: '',
      evidence: [['isoc-age-policy-brief', 'Warns of risks to access.']],
    },
    'unrestricted-reachability': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'Different, incompatible age-check systems in different places make services reachable on different terms depending on where people are.',
      effectOnPeople: '',
      evidence: [['isoc-age-policy-brief', 'Warns of fragmented, incompatible systems.']],
    },
    'data-confidentiality': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'Age checks create new stores of identity documents and personal data that become targets for attackers.',
      effectOnPeople: '',
      evidence: [['isoc-age-policy-brief', 'Warns of risks to security.']],
    },
    privacy: {
      impact: 'negative',
      confidence: 'high',
      howAffected:
        'People must disclose personal information, often identity documents, to use services, and lose the ability to use them anonymously.',
      effectOnPeople: '',
      evidence: [['isoc-age-policy-brief', 'Warns of risks to privacy.']],
    },
  },
}
