import type { CaseTemplate } from '../caseTemplate'

/** Cambodia's National Internet Gateway sub-decree (reference §8, case 7). */
export const cambodiaGateway: CaseTemplate = {
  id: 'kh-national-internet-gateway',
  flag: {
    title: 'Cambodia: National Internet Gateway sub-decree',
    kind: 'regulation',
    jurisdiction: 'Cambodia',
    proposer: 'Royal Government of Cambodia',
    stage: 'postponed',
    summary:
      "A 2021 sub-decree requires all Internet traffic in and out of Cambodia, and within it, to pass through a national gateway run by state-licensed operators at a few locations, and makes providers keep traffic data for 12 months. Its start, set for February 2022, was delayed to an unspecified date, but the sub-decree stays in force. The Internet Society's Internet Impact Brief of February 2022 finds that the gateway would undermine three of the five critical properties of the Internet and harm all four goals: an open, globally connected, secure and trustworthy Internet.",
  },
  sources: [
    {
      key: 'isoc-cambodia-brief',
      title:
        'Internet Society: Internet Impact Brief: Cambodia National Internet Gateway (February 2022)',
      url: 'https://www.internetsociety.org/resources/2022/internet-impact-brief-cambodia-national-internet-gateway/',
    },
    {
      key: 'isoc-cambodia-blog',
      title:
        "Internet Society blog: How Cambodia's Internet Gateway Will Harm the Internet (February 2022)",
      url: 'https://www.internetsociety.org/blog/2022/02/how-cambodias-internet-gateway-will-harm-the-internet/',
    },
    {
      key: 'isoc-cambodia-case',
      title: "Internet Society case page: Cambodia's National Internet Gateway (mirror)",
      url: 'http://nsoca.org/index-2108.html',
    },
  ],
  rows: {
    'accessible-infrastructure-common-protocol': {
      impact: 'strongly-negative',
      confidence: 'high',
      howAffected:
        'Networks would have to connect at government-mandated locations instead of joining the Internet where and how they choose, raising the technical and financial barriers to becoming part of it.',
      effectOnPeople: 'The extra costs are likely to be passed on to Internet users.',
      evidence: [
        [
          'isoc-cambodia-case',
          'Finds that mandated connection points raise the barriers network operators face.',
        ],
        [
          'isoc-cambodia-brief',
          'Counts this among the three critical properties the gateway undermines.',
        ],
      ],
    },
    'decentralized-management-distributed-routing': {
      impact: 'strongly-negative',
      confidence: 'high',
      howAffected:
        'All traffic is funnelled through a few designated gateways, replacing the distributed way networks decide how to exchange traffic with a rigid hierarchy that scales worse and is a single point of control.',
      effectOnPeople: '',
      evidence: [
        ['isoc-cambodia-case', 'Describes the rigid hierarchical structure the gateway creates.'],
        [
          'isoc-cambodia-brief',
          'Counts this among the three critical properties the gateway undermines.',
        ],
      ],
    },
    'technology-neutral-general-purpose': {
      impact: 'negative',
      confidence: 'low',
      howAffected:
        'The gateway operator must block or disconnect any connection judged to affect revenue, security or social order, so what the network carries would depend on its content. The brief counts three critical properties undermined; which third one it names is not in our record, and this row is our reading: check it against the brief.',
      effectOnPeople: '',
      evidence: [
        [
          'isoc-cambodia-brief',
          'States that three of the five critical properties are undermined.',
        ],
      ],
    },
    'easy-unrestricted-access': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'No network in the country could reach the global Internet directly or independently; connecting would depend on a licensed gateway operator.',
      effectOnPeople: '',
      evidence: [
        [
          'isoc-cambodia-case',
          'Finds that the gateway has a negative effect on the open Internet.',
        ],
      ],
    },
    'unrestricted-reachability': {
      impact: 'strongly-negative',
      confidence: 'high',
      howAffected:
        "Funnelling all traffic through the gateway severely limits networks' global reach and makes it possible to block what people can reach from the country.",
      effectOnPeople: '',
      evidence: [
        ['isoc-cambodia-blog', "Finds a severe impact on networks' global reach."],
        [
          'isoc-cambodia-case',
          'Notes the effect on networks that interconnect with Cambodian networks.',
        ],
      ],
    },
    'available-capacity': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'With only a few gateway locations, traffic takes fewer and longer paths, which is likely to degrade performance and raise costs.',
      effectOnPeople: '',
      evidence: [
        [
          'isoc-cambodia-case',
          'Expects a significant degradation of network performance and higher costs.',
        ],
      ],
    },
    'reliability-resilience-availability': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'A handful of mandatory gateways become points where a failure, or an order to disconnect, can cut off the whole country.',
      effectOnPeople: '',
      evidence: [['isoc-cambodia-brief', 'Finds that the gateway harms a secure Internet.']],
    },
    privacy: {
      impact: 'strongly-negative',
      confidence: 'high',
      howAffected:
        'Providers must keep all traffic data for 12 months and report activity to the government in a way that can be traced to individuals.',
      effectOnPeople:
        'What people do online, from payments to the sites they visit, could be tied to them.',
      evidence: [
        ['isoc-cambodia-case', 'Describes the 12-month retention and the traceable reporting.'],
      ],
    },
  },
}
