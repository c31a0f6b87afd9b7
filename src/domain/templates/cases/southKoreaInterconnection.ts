import type { CaseTemplate } from '../caseTemplate'

/** South Korea's interconnection rules and network usage fee bills (reference §8, case 1). */
export const southKoreaInterconnection: CaseTemplate = {
  id: 'kr-interconnection-fees',
  flag: {
    title:
      'South Korea: interconnection rules and network usage fees (Telecommunications Business Act)',
    kind: 'regulation',
    jurisdiction: 'South Korea',
    proposer: 'Government of South Korea; further fee bills in the National Assembly',
    stage: 'in-force',
    summary:
      'Since 2016, South Korean rules make Internet service providers pay each other for the traffic they send, and large content providers carry duties to keep their services stable. Bills to make content providers pay network usage fees have been proposed on top. The Internet Society published an Internet Impact Brief on the rules in May 2022 and later drew lessons from them for European policy makers.',
  },
  sources: [
    {
      key: 'isoc-korea-brief',
      title:
        "Internet Society: Internet Impact Brief: South Korea's Interconnection Rules (May 2022)",
      url: 'https://internetsociety.org/resources/doc/2022/internet-impact-brief-south-koreas-interconnection-rules',
    },
    {
      key: 'isoc-korea-lessons',
      title:
        'Internet Society blog: Sender Pays: What Lessons European Policy Makers Should Take from South Korea (September 2022)',
      url: 'https://internetsociety.org/blog/2022/09/sender-pays-what-lessons-european-policy-makers-should-take-from-south-korea',
    },
  ],
  rows: {
    'accessible-infrastructure-common-protocol': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'Sending traffic to another network comes with a bill, so connecting to the Internet is no longer enough to reach its users: a network or service also has to pay the networks in between.',
      effectOnPeople: 'The added cost reaches users through higher prices and fewer services.',
      evidence: [['isoc-korea-brief', 'Finds that the rules add costs that need not exist.']],
    },
    'decentralized-management-distributed-routing': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'The rules set the commercial terms on which networks interconnect, instead of leaving each network to decide, and create bottlenecks where traffic is exchanged.',
      effectOnPeople: '',
      evidence: [
        ['isoc-korea-brief', 'Finds that the rules create unnecessary costs and bottlenecks.'],
      ],
    },
    'technology-neutral-general-purpose': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'Payments and stability duties depend on how much traffic a sender has, so large content providers and traffic-heavy services are treated differently from others.',
      effectOnPeople: '',
      evidence: [
        [
          'isoc-korea-brief',
          'Covers the rules, including the service-stability duties of large content providers.',
        ],
      ],
    },
    'easy-unrestricted-access': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'Paying for traffic favours the largest networks and raises the cost of entry for newcomers, which risks concentrating the market.',
      effectOnPeople: 'Fewer competitors can mean higher prices and less choice for users.',
      evidence: [
        [
          'isoc-korea-brief',
          'Warns of a risk of market concentration, which the fee bills would make worse.',
        ],
        ['isoc-korea-lessons', 'Draws lessons from the Korean rules for European policy makers.'],
      ],
    },
    'available-capacity': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'Content providers have a reason to serve Korean users from abroad or from fewer places rather than pay for traffic, so capacity close to users grows less than it would.',
      effectOnPeople: 'Services can become slower for people in the country.',
      evidence: [
        [
          'isoc-korea-brief',
          'One of the rows ISOC highlights for network fee cases; the brief finds unnecessary costs and bottlenecks.',
        ],
      ],
    },
    'reliability-resilience-availability': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'Bottlenecks at the points where networks exchange traffic, and disputes over payment, make services less dependable.',
      effectOnPeople: '',
      evidence: [['isoc-korea-brief', 'Finds that the rules create bottlenecks.']],
    },
  },
}
