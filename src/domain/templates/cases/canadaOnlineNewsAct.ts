import type { CaseTemplate } from '../caseTemplate'

/** Canada's Online News Act, Bill C-18 (reference §8, case 3). */
export const canadaOnlineNewsAct: CaseTemplate = {
  id: 'ca-online-news-act',
  flag: {
    title: 'Canada: Online News Act (Bill C-18), platforms paying news outlets for links',
    kind: 'legislation',
    jurisdiction: 'Canada',
    proposer: 'Government of Canada',
    stage: null,
    summary:
      "Bill C-18 makes large online platforms pay news outlets when their users share or find links to news, under the oversight of the telecom and broadcasting regulator (CRTC). The Internet Society's Internet Impact Brief of February 2023 argues that putting a price on links centralizes control over how people use the Internet's common language and its system of addresses, turns linking into something that needs permission, and harms security and the digital economy.",
  },
  sources: [
    {
      key: 'isoc-c18-brief',
      title:
        "Internet Society: Internet Impact Brief: How Canada's Online News Act Will Harm the Internet, Restricting Innovation, Security and Growth of the Digital Economy (February 2023)",
      url: 'https://www.internetsociety.org/resources/doc/2023/internet-impact-brief-how-canadas-online-news-act-will-harm-the-internet-restricting-innovation-security-and-growth-of-the-digital-economy/',
    },
  ],
  rows: {
    'accessible-infrastructure-common-protocol': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        "Sharing a link, one of the most basic uses of the Internet's common language, would depend on a payment arrangement decided under regulatory oversight.",
      effectOnPeople: '',
      evidence: [
        ['isoc-c18-brief', 'Finds that the Act centralizes control over how the Internet is used.'],
      ],
    },
    'decentralized-management-distributed-routing': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'Decisions about what may be linked, and on what terms, move from the people and services that publish to a central authority and a bargaining regime it oversees.',
      effectOnPeople: '',
      evidence: [
        [
          'isoc-c18-brief',
          'Describes the Act as centralizing control and making linking permission-based.',
        ],
      ],
    },
    'common-global-identifiers': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        "A link is an address in the Internet's shared naming system; tying a price to links puts conditions on using those addresses, which everyone should be able to use freely.",
      effectOnPeople: 'People may find fewer links to news where they look for it.',
      evidence: [
        [
          'isoc-c18-brief',
          "Finds that the Act centralizes control over the Internet's address system.",
        ],
      ],
    },
    'easy-unrestricted-access': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'Services that let people share links face payment duties, which raises the cost and risk of offering such services in Canada.',
      effectOnPeople: '',
      evidence: [
        [
          'isoc-c18-brief',
          'Finds that the Act restricts innovation and the growth of the digital economy.',
        ],
      ],
    },
    'unrestricted-use-deployment': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'Building a service that points to other content would need to account for a permission-based payment regime, which discourages new services.',
      effectOnPeople: '',
      evidence: [['isoc-c18-brief', 'Describes the permission-based model the Act sets up.']],
    },
  },
}
