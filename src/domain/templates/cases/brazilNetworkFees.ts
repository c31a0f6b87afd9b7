import type { CaseTemplate } from '../caseTemplate'

/** Brazil's cost-sharing / network fee proposals (reference §8, case 2). */
export const brazilNetworkFees: CaseTemplate = {
  id: 'br-cost-sharing',
  flag: {
    title: 'Brazil: cost-sharing and network fees charged to large content providers',
    kind: 'regulation',
    jurisdiction: 'Brazil',
    proposer:
      'The telecom regulator (Anatel) through consultations; a proposal by network operators',
    stage: 'consultation',
    summary:
      "In 2023 and 2024 Brazil's telecom regulator consulted on whether large content and application providers should share the cost of networks, and operators proposed charging them according to the traffic they generate. The Internet Society's case page argues that such a fee works like a toll on reaching users.",
  },
  sources: [
    {
      key: 'isoc-brazil-case',
      title: "Internet Society: Brazil's Cost-Sharing Proposal (Internet fragmentation case page)",
      url: 'https://www.internetsociety.org/resources/internet-fragmentation/brazils-cost-sharing-proposal/',
    },
    {
      key: 'circleid-brazil',
      title: "CircleID: Fragmented Connections: How Network Fees Threaten Brazil's Internet",
      url: 'https://circleid.com/posts/fragmented-connections-how-network-fees-threaten-brazilas-internet',
    },
    {
      key: 'pedagio-2024',
      title: 'Pedágio na Internet: Reviewing the 2024 fair share debate',
      url: 'https://pedagionainternet.com.br/en/post/reviewing-the-2024-fair-share-debate',
    },
    {
      key: 'pedagio-webinar',
      title:
        'Pedágio na Internet: ISOC and ITS webinar: unpacking civil society perspectives on the cost-sharing proposal',
      url: 'https://pedagionainternet.com.br/en/post/isoc-its-webinar-unpacking-civil-society-perspectives-on-the-cost-sharing-proposal',
    },
  ],
  rows: {
    'accessible-infrastructure-common-protocol': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'Reaching users on Brazilian networks would carry a charge on top of being connected, a toll on traffic that the users themselves asked for.',
      effectOnPeople: 'Users would pay more, directly or through the services they use.',
      evidence: [['isoc-brazil-case', 'Describes the fee as a toll on reaching users.']],
    },
    'decentralized-management-distributed-routing': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'The regulator and the largest operators would set payment terms for interconnection, which networks today agree among themselves.',
      effectOnPeople: '',
      evidence: [['circleid-brazil', 'Argues that network fees threaten the Internet in Brazil.']],
    },
    'technology-neutral-general-purpose': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'A charge that depends on the volume of traffic a provider sends treats services differently according to what they carry and how popular they are.',
      effectOnPeople: '',
      evidence: [['isoc-brazil-case', 'Covers the proposal to charge by traffic volume.']],
    },
    'easy-unrestricted-access': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'Higher costs for content providers end up in the prices people pay, making it harder and more expensive to get and stay online.',
      effectOnPeople: 'People who can least afford it are hit hardest.',
      evidence: [
        ['isoc-brazil-case', 'Finds that the fee would raise costs for users.'],
        ['pedagio-webinar', 'Civil society perspectives on the cost-sharing proposal.'],
      ],
    },
    'available-capacity': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'Providers could serve Brazilian users from further away to avoid the fee, reducing local capacity and caching.',
      effectOnPeople: '',
      evidence: [['pedagio-2024', 'Reviews the 2024 debate on network fees in Brazil.']],
    },
    'reliability-resilience-availability': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'Disputes over payment between networks and providers could degrade or interrupt how traffic reaches users, and a more fragmented Internet is less resilient.',
      effectOnPeople: '',
      evidence: [['isoc-brazil-case', 'Finds that the fee would fragment the Internet.']],
    },
  },
}
