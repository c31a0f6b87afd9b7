import type { CaseTemplate } from '../caseTemplate'

/** Cutting Russia off from the Internet, 2022 (reference §8, case 12). */
export const russiaDisconnection: CaseTemplate = {
  id: 'ru-disconnection-2022',
  flag: {
    title:
      'Cutting Russia off: transit providers refusing Russian networks, and requests to revoke .ru and Russian IP addresses',
    kind: 'business-decision',
    jurisdiction: 'Russia / Ukraine / global',
    proposer:
      'Transit providers Cogent and Lumen; the Government of Ukraine (requests to ICANN and RIPE NCC)',
    stage: null,
    summary:
      "In March 2022, after the invasion of Ukraine, the transit providers Cogent and Lumen stopped serving Russian customers, and Ukraine asked ICANN and RIPE NCC to revoke Russian domains, shut down root servers in Russia and withdraw the rights to Russian IP addresses. The Internet Society's briefs of March 2022 find that politically driven disconnection harms both what the Internet needs to exist and what it needs to thrive, and cuts people off from a lifeline.",
  },
  sources: [
    {
      key: 'isoc-russia-brief',
      title:
        'Internet Society: Internet Impact Brief: How Refusing Russian Networks Will Impact the Internet (March 2022)',
      url: 'https://internetsociety.org/?p=166010',
    },
    {
      key: 'isoc-russia-quick',
      title:
        'Internet Society: Quick Analysis: The Impact of Efforts to Disconnect Russia from the Internet (March 2022)',
      url: 'https://www.internetsociety.org/resources/doc/2022/quick-analysis-the-impact-of-efforts-to-disconnect-russia-from-the-internet/',
    },
  ],
  rows: {
    'decentralized-management-distributed-routing': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        "When major transit providers stop carrying a country's networks for political reasons, routing is shaped by politics instead of by each network's operational choices.",
      effectOnPeople: '',
      evidence: [
        ['isoc-russia-brief', 'Assesses what refusing Russian networks does to the Internet.'],
      ],
    },
    'common-global-identifiers': {
      impact: 'negative',
      confidence: 'high',
      howAffected:
        'Revoking a country-code domain or its IP address rights would use the shared naming and numbering system as a sanction, breaking the idea that identifiers mean the same thing everywhere.',
      effectOnPeople: '',
      evidence: [
        ['isoc-russia-quick', 'Analyses the requests to revoke .ru and Russian address space.'],
      ],
    },
    'collaborative-development-governance': {
      impact: 'negative',
      confidence: 'high',
      howAffected:
        'Asking ICANN and RIPE NCC to act against a country politicises the neutral coordination roles of the bodies that run the Internet together.',
      effectOnPeople: '',
      evidence: [['isoc-russia-quick', 'Analyses the requests made to ICANN and RIPE NCC.']],
    },
    'unrestricted-reachability': {
      impact: 'strongly-negative',
      confidence: 'high',
      howAffected:
        'Disconnection cuts people in Russia off from the rest of the Internet and the rest of the world off from them.',
      effectOnPeople:
        'People lose a lifeline: independent news, contact with family and ways to organise.',
      evidence: [
        ['isoc-russia-brief', "Finds that disconnection harms people's lifeline."],
        ['isoc-russia-quick', 'Analyses the efforts to disconnect Russia.'],
      ],
    },
    'reliability-resilience-availability': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'Losing transit providers and, if granted, root servers in the country leaves fewer paths and makes connectivity more fragile.',
      effectOnPeople: '',
      evidence: [['isoc-russia-brief', 'Assesses the impact of refusing Russian networks.']],
    },
  },
}
