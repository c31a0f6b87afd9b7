import type { CaseTemplate } from '../caseTemplate'

/** India's CERT-In cybersecurity directions of 2022 (reference §8, case 8). */
export const indiaCertIn: CaseTemplate = {
  id: 'in-cert-in-directions',
  flag: {
    title: 'India: CERT-In cybersecurity directions (2022)',
    kind: 'regulation',
    jurisdiction: 'India',
    proposer: 'Indian Computer Emergency Response Team (CERT-In)',
    stage: 'adopted',
    summary:
      "Directions issued in 2022 by India's national computer emergency response team require organisations to synchronise their clocks with government time servers, keep logs for 180 days, report incidents within six hours, and make VPN and cloud providers keep records of their subscribers. The Internet Society's Internet Impact Brief of June 2022 finds that the over-broad time-synchronisation and logging mandates could seriously reduce the Internet's usefulness for India.",
  },
  sources: [
    {
      key: 'isoc-certin-brief',
      title:
        'Internet Society: Internet Impact Brief: India CERT-In Cybersecurity Directions 2022 (June 2022)',
      url: 'https://www.internetsociety.org/resources/doc/2022/internet-impact-brief-india-cert-in-cybersecurity-directions-2022/',
    },
    {
      key: 'sysadmin-journal',
      title:
        'Sysadmin Journal: India requires VPN service providers to log client activities and keep accurate information on them',
      url: 'https://sysadmin-journal.com/india-requires-vpn-service-providers-to-log-client-activities-and-keep-accurate-information-on-them/',
    },
  ],
  rows: {
    'easy-unrestricted-access': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'The cost of meeting the logging, reporting and record-keeping duties weighs on anyone offering a service in India, more so on small and new providers.',
      effectOnPeople: '',
      evidence: [
        [
          'isoc-certin-brief',
          "Finds that the mandates could seriously reduce the Internet's usefulness for India.",
        ],
      ],
    },
    'unrestricted-use-deployment': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'VPN and cloud providers must keep subscriber records, which discourages offering or using VPNs, a technology people use to protect their connections.',
      effectOnPeople: '',
      evidence: [['sysadmin-journal', 'Reports the record-keeping duties for VPN providers.']],
    },
    'reliability-resilience-availability': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'Making everyone synchronise with government time servers puts a critical function on a central dependency instead of the many independent time sources used today.',
      effectOnPeople: '',
      evidence: [['isoc-certin-brief', 'Finds the time-synchronisation mandate over-broad.']],
    },
    privacy: {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'Keeping logs for 180 days and subscriber records for VPN and cloud services creates large stores of data about what people do online.',
      effectOnPeople: '',
      evidence: [
        ['isoc-certin-brief', 'Finds the logging mandate over-broad.'],
        ['sysadmin-journal', 'Reports that VPN providers must log client information.'],
      ],
    },
  },
}
