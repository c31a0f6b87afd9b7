import type { CaseTemplate } from '../caseTemplate'

/** Nigeria's Protection from Internet Falsehood and Manipulation Bill 2019 (reference §8, case 10). */
export const nigeriaSocialMediaBill: CaseTemplate = {
  id: 'ng-social-media-bill',
  flag: {
    title:
      'Nigeria: Protection from Internet Falsehood and Manipulation Bill 2019 ("Social Media Bill")',
    kind: 'legislation',
    jurisdiction: 'Nigeria',
    proposer: 'Introduced in the Nigerian Senate',
    stage: 'parliament',
    summary:
      "The bill, introduced in the Senate in November 2019, makes spreading false statements online a crime and lets authorities order access to online locations to be blocked. The Internet Society's Internet Impact Brief of February 2022 finds that it would hurt the performance, resilience, trustworthiness and security of the Internet, with a significant impact on its critical properties. Our record does not say which critical properties the brief names, so those rows are left for you to assess.",
  },
  sources: [
    {
      key: 'isoc-nigeria-brief',
      title:
        "Internet Society: Internet Impact Brief: Nigeria's Protection from Internet Falsehood and Manipulation Bill 2019 (February 2022)",
      url: 'https://www.internetsociety.org/resources/2022/internet-impact-brief-nigerias-protection-from-internet-falsehood-and-manipulation-bill-2019/',
    },
  ],
  rows: {
    'easy-unrestricted-access': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'Blocking orders can cut people off from social media and other services, making access less open and less predictable.',
      effectOnPeople:
        'Fewer chances for people in Nigeria to take part online and to benefit from it economically.',
      evidence: [
        [
          'isoc-nigeria-brief',
          'Finds that the bill could limit access and reduce socio-economic opportunities.',
        ],
      ],
    },
    'unrestricted-reachability': {
      impact: 'negative',
      confidence: 'high',
      howAffected:
        'Access-blocking orders would make parts of the Internet unreachable from Nigeria.',
      effectOnPeople: '',
      evidence: [
        [
          'isoc-nigeria-brief',
          'Finds that the bill would limit global access to information for Nigerians.',
        ],
      ],
    },
    'reliability-resilience-availability': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'Powers to shut down parts of the Internet make services less dependable and harm the resilience of the network.',
      effectOnPeople: '',
      evidence: [
        ['isoc-nigeria-brief', 'Finds that the bill would hurt performance and resilience.'],
      ],
    },
    accountability: {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'Broadly defined offences combined with blocking powers leave authorities wide discretion over what is blocked, with little transparency or redress.',
      effectOnPeople: '',
      evidence: [
        [
          'isoc-nigeria-brief',
          'Finds that the bill would hurt the trustworthiness of the Internet.',
        ],
      ],
    },
  },
}
