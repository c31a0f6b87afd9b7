import type { CaseTemplate } from '../caseTemplate'

/** Internet shutdowns in general (reference §8, case 14). */
export const internetShutdowns: CaseTemplate = {
  id: 'generic-internet-shutdowns',
  flag: {
    title: 'Internet shutdowns (generic)',
    kind: null,
    jurisdiction: 'Many countries',
    proposer: '',
    stage: null,
    summary:
      "A deliberate disruption of Internet connectivity, for a whole country or a region, or for particular services. The Internet Society's position (December 2019) is that shutdowns harm societies, economies and the global infrastructure, and can disturb the domain name system and routing beyond the country that orders them. Adapt the Flag step to the shutdown you are assessing.",
  },
  sources: [
    {
      key: 'isoc-shutdowns-position',
      title: 'Internet Society position on Internet shutdowns (2019)',
      url: 'https://www.internetsociety.org/resources/doc/2019/internet-society-position-on-internet-shutdowns/',
    },
    {
      key: 'isoc-shutdowns-policy-brief',
      title: 'Internet Society: Policy Brief: Internet Shutdowns (December 2019)',
      url: 'https://internetsociety.org/?p=66537',
    },
  ],
  rows: {
    'decentralized-management-distributed-routing': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        "Withdrawing a country's routes or tampering with them disturbs the global routing system, and the effects can reach networks outside the country.",
      effectOnPeople: '',
      evidence: [
        [
          'isoc-shutdowns-policy-brief',
          'Explains that shutdowns can disturb routing and the DNS beyond the country.',
        ],
      ],
    },
    'easy-unrestricted-access': {
      impact: 'strongly-negative',
      confidence: 'high',
      howAffected:
        'During a shutdown people cannot get online at all, or only with great difficulty.',
      effectOnPeople: 'Work, school, payments, news and contact with family stop.',
      evidence: [['isoc-shutdowns-position', 'Finds that shutdowns harm societies and economies.']],
    },
    'unrestricted-reachability': {
      impact: 'strongly-negative',
      confidence: 'high',
      howAffected:
        'People in the affected area cannot reach the rest of the Internet, and nobody outside can reach them.',
      effectOnPeople: '',
      evidence: [
        [
          'isoc-shutdowns-position',
          'States the position on deliberate disruptions of connectivity.',
        ],
      ],
    },
    'reliability-resilience-availability': {
      impact: 'strongly-negative',
      confidence: 'high',
      howAffected:
        'A shutdown is a deliberate outage: the network is made unavailable exactly when people may need it most.',
      effectOnPeople: '',
      evidence: [
        ['isoc-shutdowns-policy-brief', 'Finds that shutdowns harm the global infrastructure.'],
      ],
    },
  },
}
