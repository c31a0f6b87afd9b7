import type { CaseTemplate } from '../caseTemplate'

/** The EU regulation to prevent and combat child sexual abuse (reference §8, case 4). */
export const euCsaRegulation: CaseTemplate = {
  id: 'eu-csa-regulation',
  flag: {
    title: 'EU: regulation to prevent and combat child sexual abuse (detection orders)',
    kind: 'legislation',
    jurisdiction: 'European Union',
    proposer: 'European Commission',
    stage: null,
    summary:
      "The proposed regulation would let authorities issue detection orders that require online service providers to scan their users' private communications for child sexual abuse material and grooming. The Internet Society's Internet Impact Brief of August 2022 finds that a provider cannot comply while offering end-to-end encryption, so the proposal pushes providers to drop or weaken it, creating vulnerabilities and eroding trust.",
  },
  sources: [
    {
      key: 'isoc-csa-brief',
      title:
        'Internet Society: Internet Impact Brief: EU Proposal to Prevent and Combat Child Sexual Abuse (August 2022)',
      url: 'https://www.internetsociety.org/resources/doc/2022/internet-impact-brief-eu-proposal-to-prevent-and-combat-child-sexual-abuse/',
    },
  ],
  rows: {
    'unrestricted-use-deployment': {
      impact: 'negative',
      confidence: 'high',
      howAffected:
        'Providers could no longer freely choose to offer end-to-end encryption: a detection order is incompatible with it, so the proposal in effect restricts a widely used technology.',
      effectOnPeople: '',
      evidence: [
        ['isoc-csa-brief', 'Finds that providers would be pushed to drop or weaken encryption.'],
      ],
    },
    'data-confidentiality': {
      impact: 'strongly-negative',
      confidence: 'high',
      howAffected:
        'Scanning private messages means someone other than the sender and the recipient reads them, which end-to-end encryption exists to prevent; there is no way to comply and keep that protection.',
      effectOnPeople:
        "Everyone's private messages, not only those of suspects, would be open to inspection.",
      evidence: [
        [
          'isoc-csa-brief',
          'Finds there is no way to comply with a detection order while offering end-to-end encryption.',
        ],
      ],
    },
    integrity: {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'The scanning systems needed to comply add new ways in, vulnerabilities that others can exploit to read or tamper with communications.',
      effectOnPeople: '',
      evidence: [['isoc-csa-brief', 'Finds that weakening encryption creates vulnerabilities.']],
    },
    privacy: {
      impact: 'negative',
      confidence: 'high',
      howAffected:
        'People could no longer expect their private conversations to stay private, and trust in online communication erodes.',
      effectOnPeople:
        'Those who rely most on confidential communication, including children and survivors, lose a safe channel.',
      evidence: [['isoc-csa-brief', 'Finds that the proposal erodes trust.']],
    },
  },
}
