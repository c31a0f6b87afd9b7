import type { CaseTemplate } from '../caseTemplate'

/** The UK draft Online Safety Bill and end-to-end encryption (reference §8, case 5). */
export const ukOnlineSafetyEncryption: CaseTemplate = {
  id: 'uk-online-safety-e2ee',
  flag: {
    title: 'United Kingdom: draft Online Safety Bill and end-to-end encryption',
    kind: 'legislation',
    jurisdiction: 'United Kingdom',
    proposer: 'UK Government',
    stage: 'draft',
    summary:
      "The draft Online Safety Bill placed duties on online services that could limit their use of end-to-end encryption. The Internet Society's Internet Impact Brief of January 2022 warns that this could pull the Internet away from being open, globally connected, secure and trustworthy.",
  },
  sources: [
    {
      key: 'isoc-uk-brief',
      title:
        "Internet Society: Internet Impact Brief: End-to-end encryption and the UK's draft Online Safety Bill (January 2022)",
      url: 'https://internetsociety.org/resources/doc/2022/iib-encryption-uk-online-safety-bill',
    },
  ],
  rows: {
    'unrestricted-use-deployment': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'Services would face duties that are hard to meet with end-to-end encryption, which discourages them from offering it.',
      effectOnPeople: '',
      evidence: [['isoc-uk-brief', 'Finds that the duties could limit end-to-end encryption.']],
    },
    'data-confidentiality': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'Less end-to-end encryption means more communications that parties other than the sender and the recipient can read.',
      effectOnPeople: '',
      evidence: [['isoc-uk-brief', 'Assesses the effect of the duties on encrypted services.']],
    },
    privacy: {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'People in the UK would have fewer ways to keep their conversations private from the services that carry them.',
      effectOnPeople: '',
      evidence: [
        ['isoc-uk-brief', 'Warns that the bill could make the Internet less trustworthy.'],
      ],
    },
  },
}
