/**
 * A fully worked template: the EU "fair share" / network usage fee proposal, assessed with the
 * toolkit from ISOC's published analyses (case page "Fair Share Proposal in the EU", the 2023 and
 * 2024 submissions to the European Commission, the South Korea Internet Impact Brief). The
 * content is English and written in our own words.
 */
import type { ItemId } from '../catalogue/ids'
import {
  ASSESSMENT_FORMAT,
  CURRENT_SCHEMA_VERSION,
  type Assessment,
  type Confidence,
  type ItemAnalysis,
  type Locale,
  type Source,
} from '../assessment/schema'
import type { Impact } from '../scoring/scale'
import { createAssessment } from '../assessment/factories'
import { UNSET_MIXED } from '../assessment/versions/v2'

/** The id of the EU fair-share template, also recorded as the document's templateId. */
export const FAIR_SHARE_TEMPLATE_ID = 'eu-fair-share'

/** ISOC's focus rows for network usage fee cases (South Korea, Brazil, EU). */
export const FAIR_SHARE_FOCUS_ITEMS: readonly ItemId[] = [
  'accessible-infrastructure-common-protocol',
  'decentralized-management-distributed-routing',
  'technology-neutral-general-purpose',
  'easy-unrestricted-access',
  'available-capacity',
  'reliability-resilience-availability',
]

/** When the sources below were last checked while writing the template. */
const ACCESSED = '2025-12-15'

const SOURCES = {
  caseEu: {
    id: 'src-isoc-fair-share-eu',
    title: 'Internet Society: Fair Share Proposal in the EU (Internet fragmentation case page)',
    url: 'https://www.internetsociety.org/resources/internet-fragmentation/fair-share-proposal-in-the-eu/',
  },
  toolkit: {
    id: 'src-isoc-toolkit',
    title: 'Internet Society: Internet Impact Assessment Toolkit',
    url: 'https://internetsociety.org/issues/internet-way-of-networking/internet-impact-assessment-toolkit',
  },
  submission2023: {
    id: 'src-isoc-submission-2023',
    title:
      "Internet Society: Submission to the European Commission's exploratory consultation on the future of the electronic communications sector and its infrastructure (May 2023)",
    url: 'https://www.internetsociety.org/resources/doc/2023/submission-to-ec-future-of-the-electronic-communications-sector-and-its-infrastructure/',
  },
  blog2023: {
    id: 'src-isoc-blog-2023',
    title:
      'Internet Society blog: Network Usage Fees: The European Commission Plays Politics with the Global Internet (October 2023)',
    url: 'https://www.internetsociety.org/blog/2023/10/network-usage-fees-the-european-commission-plays-politics-with-the-global-internet/',
  },
  whitePaper2024: {
    id: 'src-isoc-white-paper-2024',
    title:
      "Internet Society: Submission to the consultation on the European Commission's White Paper on how to master Europe's digital infrastructure needs (June 2024)",
    url: 'https://internetsociety.org/resources/doc/2024/internet-societys-submission-to-the-consultation-on-the-european-commissions-white-paper-on-how-to-master-europes-digital-infrastructure-needs',
  },
  openLetter2024: {
    id: 'src-open-letter-2024',
    title:
      'Open letter from civil society, academic and technical organisations to Commissioner-designate Henna Virkkunen on IP interconnection (October 2024)',
    url: 'https://internetsociety.org/?p=215158',
  },
  koreaBrief: {
    id: 'src-isoc-korea-brief',
    title:
      "Internet Society: Internet Impact Brief: South Korea's Interconnection Rules (May 2022)",
    url: 'https://internetsociety.org/resources/doc/2022/internet-impact-brief-south-koreas-interconnection-rules',
  },
  koreaLessons: {
    id: 'src-isoc-korea-lessons',
    title:
      'Internet Society blog: Sender Pays: What Lessons European Policy Makers Should Take from South Korea (September 2022)',
    url: 'https://internetsociety.org/blog/2022/09/sender-pays-what-lessons-european-policy-makers-should-take-from-south-korea',
  },
  disputeResolution: {
    id: 'src-komaitis-dispute-resolution',
    title:
      'Konstantinos Komaitis: The Peril of Dispute Resolution in Interconnection: A Backdoor to Network Fees',
    url: 'https://www.komaitis.org/write-share-ignite/the-peril-of-dispute-resolution-in-interconnection-a-backdoor-to-network-fees',
  },
  article19: {
    id: 'src-article19-network-fees',
    title: 'ARTICLE 19: Network fees threaten consumer rights',
    url: 'https://www.article19.org/resources/network-fees-threaten-consumer-rights/',
  },
} as const satisfies Record<string, Omit<Source, 'accessed'>>

type SourceKey = keyof typeof SOURCES

/** One row of the analysis; evidence ids are derived from the row key and the source id. */
function row(
  key: string,
  impact: Impact,
  confidence: Confidence,
  dependsOnImplementation: boolean,
  howAffected: string,
  effectOnPeople: string,
  evidence: [SourceKey, string][],
): ItemAnalysis {
  return {
    impact,
    dependsOnImplementation,
    howAffected,
    effectOnPeople,
    evidence: evidence.map(([source, note]) => ({
      id: `ev-${key}-${SOURCES[source].id.replace(/^src-/, '')}`,
      sourceId: SOURCES[source].id,
      note,
    })),
    confidence,
    mixed: { ...UNSET_MIXED },
  }
}

function analysis(): Record<ItemId, ItemAnalysis> {
  return {
    'accessible-infrastructure-common-protocol': row(
      'access-infra',
      'strongly-negative',
      'high',
      false,
      "Delivering traffic to an operator's subscribers would come with a payment condition: large content and application providers would owe access networks a fee for traffic that those networks' own customers asked for and already pay for. Being connected to the Internet would no longer be enough to reach everyone on it; reaching users would depend on paying each access network. ISOC's toolkit uses exactly this case, operators charging large content providers for using their networks, as its example of a strongly negative impact on this property.",
      'The extra cost does not disappear: it is passed on to subscribers and to the users of online services through higher prices or fewer free services. People and communities who can least afford to get online are hit hardest, so the digital divide grows.',
      [
        [
          'toolkit',
          'The toolkit rates operators charging large content providers for using their networks as a strongly negative impact on this property, because the cost ends up with consumers.',
        ],
        [
          'caseEu',
          'Explains why a compulsory payment for delivering traffic that users requested acts as a toll on access to users.',
        ],
      ],
    ),
    'open-architecture-building-blocks': row(
      'open-arch',
      'unclear',
      'low',
      true,
      'Network fees do not change any protocol or standard directly. They could still bear on how content delivery building blocks, such as caches placed inside access networks, are deployed; whether that pressure materialises depends on how the payments would be calculated. The concrete effect is assessed under the enabler on unrestricted use and deployment.',
      'No direct effect on people was found through this property; the indirect effect on content delivery is described under the enablers.',
      [
        [
          'koreaBrief',
          'After the South Korean rules changed, a major platform switched off its cache inside a Korean access network: an indirect pressure on how delivery components are deployed.',
        ],
      ],
    ),
    'decentralized-management-distributed-routing': row(
      'routing',
      'strongly-negative',
      'high',
      false,
      "Today each network decides for itself whom to interconnect with and on what terms, through voluntary, bilaterally negotiated peering and transit. Compulsory payments, or a mandatory dispute-resolution mechanism that lets a regulator settle interconnection terms, would replace those decisions with rules imposed from the top and turn the Internet into a 'network of contracts' in which every service might need a deal with every access network. After South Korea made networks pay for the traffic they send, traffic was carried over routes abroad instead of being exchanged locally.",
      'Traffic takes less efficient paths, services become slower and fewer local interconnections are built, so people get a worse Internet at a higher cost.',
      [
        [
          'whitePaper2024',
          'ISOC opposes a new dispute-resolution mechanism for IP interconnection as the fair-share idea in another form.',
        ],
        [
          'openLetter2024',
          'Civil society, academic and technical organisations ask the Commission not to intervene in IP interconnection.',
        ],
        [
          'disputeResolution',
          'Argues that a mandatory dispute-resolution mechanism for interconnection would be a back door to network fees.',
        ],
        [
          'koreaBrief',
          'Documents the costs and bottlenecks that followed compulsory payments between networks in South Korea.',
        ],
      ],
    ),
    'common-global-identifiers': row(
      'identifiers',
      'none',
      'high',
      false,
      'The proposal is about who pays for carrying traffic. It does not touch IP addresses, domain names or autonomous system numbers, which keep meaning the same thing everywhere.',
      'No effect on people was found through this property.',
      [
        [
          'caseEu',
          "ISOC's analysis of the proposal raises no concern about names, addresses or other identifiers.",
        ],
      ],
    ),
    'technology-neutral-general-purpose': row(
      'neutral',
      'negative',
      'medium',
      false,
      'Charging by sender and by traffic volume makes the treatment of traffic depend on who sends it and puts the heaviest cost on the most popular kinds of content, such as video. That sits uneasily with a network that favours no application and with the principle of net neutrality.',
      'Some services could become slower or more expensive depending on who provides them, and new services that need a lot of bandwidth would face an extra hurdle before they can launch.',
      [
        [
          'submission2023',
          'ISOC argues that making specific senders pay for traffic conflicts with net neutrality.',
        ],
      ],
    ),
    'easy-unrestricted-access': row(
      'access',
      'strongly-negative',
      'high',
      false,
      'Content providers might need a contract with every access network their users happen to use: an administrative and financial burden that the largest providers can carry and smaller ones cannot. The largest operators gain leverage in those negotiations, which builds in an advantage for incumbents on both sides of the market.',
      'Fewer new services reach the market, competition weakens and prices rise, both for subscribers and for the businesses that need to reach them.',
      [
        [
          'caseEu',
          'Describes the burden of negotiating with each access network and the leverage it hands to the largest operators.',
        ],
        [
          'blog2023',
          'After the consultation responses overwhelmingly rejected network fees, ISOC called on the Commission to drop the idea.',
        ],
      ],
    ),
    'unrestricted-use-deployment': row(
      'deployment',
      'negative',
      'medium',
      false,
      'Fees tied to the traffic delivered into an access network make it expensive to host content inside or close to that network. In South Korea a large platform switched off its cache inside a Korean ISP after the rules changed, and its users were served from abroad instead.',
      'Streaming, games and other applications work less well when content comes from far away.',
      [
        [
          'koreaLessons',
          'Describes the cache that was switched off in South Korea and the poorer quality users experienced afterwards.',
        ],
        [
          'koreaBrief',
          'Explains how the sender-pays rules penalised hosting content close to users.',
        ],
      ],
    ),
    'collaborative-development-governance': row(
      'governance',
      'negative',
      'medium',
      false,
      'Regulators would intervene from the top in an interconnection market that European regulators (BEREC) found to be working, setting aside the voluntary arrangements that networks negotiate among themselves. The design of the 2023 consultation was also criticised as one-sided.',
      'Rules on how networks connect would be made without the communities that build and run them, and would be harder to adapt as the Internet changes.',
      [
        [
          'caseEu',
          "Sets out BEREC's finding that there is no evidence the mechanism is justified, and the criticism of the consultation.",
        ],
        [
          'openLetter2024',
          'A broad group of organisations asks the Commission to leave interconnection to the networks themselves.',
        ],
      ],
    ),
    'unrestricted-reachability': row(
      'reachability',
      'strongly-negative',
      'medium',
      true,
      "If a content provider and an access network fail to agree on a fee, that network's subscribers may lose the service or get a degraded version of it. Whether a service can be reached would then depend on commercial negotiations rather than on being connected to the Internet.",
      'People cannot count on reaching the services they already pay for, and what they can reach depends on which operator they happen to use.',
      [
        [
          'caseEu',
          "Explains that a failed negotiation between a provider and an operator would leave that operator's users with degraded or no access.",
        ],
        [
          'koreaBrief',
          'Shows users in South Korea being served worse after a dispute over payments.',
        ],
      ],
    ),
    'available-capacity': row(
      'capacity',
      'negative',
      'medium',
      false,
      'Fees discourage local caching and direct peering inside access networks, so more traffic travels over paid transit from farther away. Demand for transit grows and its price with it, as happened in South Korea.',
      'Connections become slower and more expensive, especially for smaller providers and the people who use their services.',
      [
        [
          'koreaBrief',
          'Found unnecessary costs and bottlenecks after South Korea introduced sender-pays rules.',
        ],
        [
          'koreaLessons',
          'Draws the lesson for Europe: less local delivery means more expensive, slower connections.',
        ],
      ],
    ),
    'data-confidentiality': row(
      'confidentiality',
      'none',
      'high',
      false,
      'The proposal concerns payments for traffic. It does not ask anyone to read, decrypt or disclose communications, nor to weaken encryption.',
      'No effect on people was found through this enabler.',
      [
        [
          'caseEu',
          "ISOC's analysis of the proposal raises no concern about the confidentiality of data.",
        ],
      ],
    ),
    integrity: row(
      'integrity',
      'none',
      'high',
      false,
      'Nothing in the proposal changes how data, software or services are authenticated or protected against tampering.',
      'No effect on people was found through this enabler.',
      [
        [
          'caseEu',
          "ISOC's analysis of the proposal raises no concern about the integrity of data or services.",
        ],
      ],
    ),
    'reliability-resilience-availability': row(
      'reliability',
      'negative',
      'medium',
      false,
      'When content is served from farther away over fewer paths, and traffic concentrates on a few large routes and operators, there is less redundancy to absorb failures, and each failure does more damage.',
      'More outages and slowdowns when a link or a provider fails.',
      [
        [
          'koreaBrief',
          'Warns of bottlenecks and a higher risk of market concentration under sender-pays rules.',
        ],
      ],
    ),
    accountability: row(
      'accountability',
      'unclear',
      'low',
      true,
      "Accountability is not a main line of argument in ISOC's analysis. The effect depends on how a dispute-resolution body would be designed: whether its decisions would be transparent, based on clear criteria and open to appeal.",
      'Not yet clear. Revisit this row once the Digital Networks Act text says how interconnection disputes would be decided.',
      [
        [
          'disputeResolution',
          'Discusses the risks of giving a regulator the power to settle interconnection disputes.',
        ],
      ],
    ),
    privacy: row(
      'privacy',
      'none',
      'medium',
      false,
      'The proposal does not require collecting, keeping or sharing personal data. Any measurement for billing would concern the volumes exchanged between networks, not what individual people do online.',
      'No effect on people was found through this enabler.',
      [['caseEu', "ISOC's analysis of the proposal raises no privacy concern."]],
    ),
  }
}

/**
 * The EU fair-share assessment as a fresh document: all fifteen rows rated after ISOC's
 * analysis, with a SMART goal tied to the Digital Networks Act and a coalition plan.
 */
export function createFairShareAssessment(options: {
  id: string
  now: Date
  locale: Locale
}): Assessment {
  const stamp = options.now.toISOString()
  const blank = createAssessment(options)
  return {
    format: ASSESSMENT_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: options.id,
    createdAt: stamp,
    updatedAt: stamp,
    locale: options.locale,
    templateId: FAIR_SHARE_TEMPLATE_ID,
    flag: {
      title: 'EU “fair share”: network usage fees paid by content providers to telecom operators',
      kind: 'legislation',
      jurisdiction: 'European Union',
      proposer:
        'Large European telecom operators through their association ETNO; taken up by the European Commission',
      stage: 'consultation',
      dates: { published: '2023-02-23', consultationCloses: '2023-05-19', vote: '', inForce: '' },
      summary:
        "Large European telecom operators, speaking through their association ETNO, argue that a handful of big content and application providers generate most Internet traffic and should pay access networks a 'fair share' of the cost of their networks. The European Commission took the idea up in its exploratory consultation on the future of the electronic communications sector (23 February to 19 May 2023), which asked about a 'fair contribution by all digital players'. The responses overwhelmingly rejected network fees, and European regulators (BEREC) had found no evidence that such a mechanism is justified. The idea keeps returning under other names: fair contribution, network usage fees, sending-party-network-pays ('sender pays'), cost-sharing, and now a compulsory dispute-resolution mechanism for IP interconnection. After the Commission's 2024 white paper on digital infrastructure, the debate moved into the Digital Networks Act, where such a mechanism is criticised as a back door to network fees. South Korea, which made networks pay for the traffic they send in 2016, is the precedent to learn from.",
      sources: Object.values(SOURCES).map((s) => ({ ...s, accessed: ACCESSED })),
      stakeholders: [
        {
          id: 'stk-users',
          name: 'Internet users and subscribers in the EU',
          note: 'Would pay for the fees through higher prices, and could lose access to services while operators and providers dispute payments.',
        },
        {
          id: 'stk-small-providers',
          name: 'Smaller and European content providers and start-ups',
          note: 'Would need agreements with many access networks that they cannot negotiate on equal terms.',
        },
        {
          id: 'stk-large-providers',
          name: 'Large content and application providers',
          note: 'The direct target of the proposal, expected to pay access networks for the traffic their users request.',
        },
        {
          id: 'stk-large-operators',
          name: 'Large European telecom operators (ETNO members)',
          note: 'Would gain fee income and more leverage in interconnection negotiations.',
        },
        {
          id: 'stk-small-isps',
          name: 'Smaller and regional ISPs',
          note: 'Would lose ground to the largest operators, who gain the most leverage from compulsory payments.',
        },
        {
          id: 'stk-regulators',
          name: 'BEREC and national regulators',
          note: 'Would be asked to arbitrate interconnection disputes in a market they found to be working.',
        },
      ],
    },
    analysis: analysis(),
    strategy: {
      goal: {
        statement:
          'By the next formal EU decision on the Digital Networks Act, make sure the text adopted at that stage contains no mandatory payment for traffic and no compulsory dispute-resolution mechanism for IP interconnection.',
        specific:
          'Keep out of the Digital Networks Act, or remove from it, any provision that makes content providers pay access networks for traffic and any mandatory dispute-resolution mechanism for IP interconnection.',
        measurable:
          "The text published at the decision point (the Commission's proposal, the Parliament committee's report or the Council's general approach) is checked article by article: success means it contains neither a mandatory traffic payment nor a compulsory interconnection dispute-resolution mechanism.",
        achievable:
          'The 2023 consultation responses overwhelmingly rejected network fees, BEREC found no evidence that they are needed, and a broad group of civil society, academic and technical organisations already opposes intervening in interconnection. Chapters in several member states can take the analysis to their national ministries and MEPs.',
        relevantItemIds: [
          'accessible-infrastructure-common-protocol',
          'decentralized-management-distributed-routing',
          'easy-unrestricted-access',
          'unrestricted-reachability',
        ],
        deadline: '2027-06-30',
        deadlineEvent:
          'Next formal EU decision point on the Digital Networks Act (confirm the date once the legislative calendar is published)',
      },
      audiences: [
        {
          id: 'aud-commission',
          name: 'European Commission (DG CONNECT)',
          why: 'Drafts and defends the Digital Networks Act and decides whether an interconnection dispute-resolution mechanism is part of it.',
          ask: 'Leave IP interconnection to voluntary agreements between networks and drop any mechanism that could impose traffic payments.',
        },
        {
          id: 'aud-meps',
          name: "Members of the European Parliament's industry committee (ITRE)",
          why: "The rapporteur and shadow rapporteurs shape the Parliament's position and table the amendments that decide the text.",
          ask: 'Table or support amendments that remove any mandatory traffic payment or interconnection dispute-resolution mechanism.',
        },
        {
          id: 'aud-ministries',
          name: 'National ministries and their telecom attachés in the Council',
          why: "Member states negotiate the Council's general approach; several are open to the operators' arguments.",
          ask: "Oppose compulsory payments and regulatory dispute resolution for interconnection in the Council's position.",
        },
        {
          id: 'aud-media',
          name: 'Technology and policy journalists',
          why: 'Public attention to higher prices and lost services raises the political cost of network fees.',
          ask: "Report on what network fees would mean for people's bills and for access to the services they use.",
        },
      ],
      messages: [
        {
          id: 'msg-toll',
          text: "Network fees are a toll on the Internet's front door. Users already pay for their connection and ask for the traffic themselves; charging content providers again for delivering it raises costs that end up on people's bills and widens the digital divide.",
          itemIds: ['accessible-infrastructure-common-protocol', 'easy-unrestricted-access'],
          audienceIds: ['aud-meps', 'aud-media'],
        },
        {
          id: 'msg-contracts',
          text: 'The Internet works because networks decide for themselves how to connect. Compulsory payments or a regulator-run dispute mechanism would replace that with a network of contracts: longer paths, slower services and fewer local interconnections.',
          itemIds: [
            'decentralized-management-distributed-routing',
            'available-capacity',
            'reliability-resilience-availability',
          ],
          audienceIds: ['aud-commission', 'aud-ministries'],
        },
        {
          id: 'msg-reach',
          text: 'When an operator and a content provider cannot agree, users lose: the services they pay for become slower or unreachable. South Korea tried sender-pays in 2016 and its users ended up served from abroad with worse quality. Europe should not repeat the experiment.',
          itemIds: ['unrestricted-reachability', 'unrestricted-use-deployment'],
          audienceIds: ['aud-meps', 'aud-ministries', 'aud-media'],
        },
        {
          id: 'msg-competition',
          text: 'Fees favour the biggest players. The largest operators gain leverage, while smaller ISPs, start-ups and European content providers pay the price, and people get less choice and fewer new services.',
          itemIds: ['easy-unrestricted-access', 'technology-neutral-general-purpose'],
          audienceIds: ['aud-commission', 'aud-meps'],
        },
      ],
      tactics: [
        {
          id: 'tac-consultation-2023',
          kind: 'consultation-response',
          description:
            "Written response to the Commission's exploratory consultation on the future of the electronic communications sector, opposing a 'fair contribution' from content providers.",
          owner: 'Internet Society',
          due: '2023-05-12',
          status: 'done',
        },
        {
          id: 'tac-dna-analysis',
          kind: 'research',
          description:
            'Update this assessment against the Digital Networks Act text: check every provision on IP interconnection, dispute resolution and fair contribution, then send the result to the Internet Society for review.',
          owner: 'Chapter policy working group',
          due: '2026-12-15',
          status: 'in-progress',
        },
        {
          id: 'tac-joint-letter',
          kind: 'letter',
          description:
            'Joint letter from chapters, civil society, academics and technical organisations to the Council presidency and the lead MEPs, asking them to leave out any mandatory traffic payment or interconnection dispute-resolution mechanism.',
          owner: 'Chapter board with coalition partners',
          due: '2027-01-29',
          status: 'planned',
        },
        {
          id: 'tac-briefings',
          kind: 'meeting',
          description:
            "Briefing meetings with the rapporteur and shadow rapporteurs in the Parliament's industry committee and with national telecom attachés, using a one-page summary of the findings.",
          owner: 'Chapter policy lead',
          due: '2027-02-26',
          status: 'planned',
        },
        {
          id: 'tac-webinar',
          kind: 'event',
          description:
            "Webinar for policymakers and journalists on what South Korea's sender-pays rules teach Europe, with speakers from the technical community and digital-rights groups.",
          owner: 'Chapter events team',
          due: '2027-03-18',
          status: 'planned',
        },
        {
          id: 'tac-op-ed',
          kind: 'media',
          description:
            'Op-ed in a national newspaper explaining how network fees would raise prices, reduce choice and slow down services for ordinary users.',
          owner: 'Chapter communications lead',
          due: '2027-04-15',
          status: 'planned',
        },
      ],
      milestones: [
        {
          id: 'ms-analysis-updated',
          date: '2026-12-15',
          label: 'Analysis checked against the Digital Networks Act text',
        },
        {
          id: 'ms-letter-sent',
          date: '2027-01-29',
          label: 'Joint letter sent to the Council presidency and the lead MEPs',
        },
        {
          id: 'ms-decision-point',
          date: '2027-06-30',
          label: 'Decision point: text checked for traffic payments and dispute resolution',
        },
      ],
    },
    together: {
      allies: [
        {
          id: 'ally-eu-chapters',
          name: 'Internet Society chapters in EU member states',
          kind: 'chapter',
          role: 'Carry the direct advocacy with national ministries and MEPs, translate the key messages and co-sign the joint letter.',
          contact: 'Chapter leaders, through the Internet Society chapter network',
        },
        {
          id: 'ally-isoc',
          name: 'Internet Society',
          kind: 'technical',
          role: 'Reviews the analysis before publication and shares its own case pages and submissions. As a US charity it supplies analysis rather than lobbying on specific legislation itself.',
          contact: 'Through internetsociety.org',
        },
        {
          id: 'ally-article19',
          name: 'ARTICLE 19',
          kind: 'civil-society',
          role: 'Digital-rights organisation that has warned that network fees threaten consumer rights; a natural co-signatory and webinar speaker.',
          contact: 'Through its published work on network fees',
        },
        {
          id: 'ally-open-letter-signatories',
          name: 'Academic and technical signatories of the October 2024 open letter',
          kind: 'academic',
          role: 'Have already asked the Commission not to intervene in interconnection; can lend expert voices to briefings and the webinar.',
          contact: 'Through the organisers of the open letter',
        },
        {
          id: 'ally-small-networks',
          name: 'Smaller ISPs, start-ups and European content providers',
          kind: 'industry',
          role: 'Lose the most from a network of contracts; their own figures make the competition argument concrete for policymakers.',
          contact: 'Through their national trade associations',
        },
      ],
      coalition:
        'A European coalition of Internet Society chapters, digital-rights groups, academics and technical organisations that oppose compulsory payments for traffic and regulatory intervention in IP interconnection. It builds on the October 2024 open letter to Commissioner-designate Henna Virkkunen, speaks with one voice on the Digital Networks Act, and leaves each member to work its own national contacts.',
      asks: [
        {
          id: 'ask-chapters',
          to: 'Internet Society chapters in EU member states',
          ask: 'Co-sign the joint letter by 22 January 2027 and brief your national telecom attaché before the Council discusses the text.',
        },
        {
          id: 'ask-article19',
          to: 'ARTICLE 19',
          ask: 'Speak at the March 2027 webinar about what network fees would mean for consumers.',
        },
        {
          id: 'ask-isoc',
          to: 'Internet Society',
          ask: "Review the updated analysis before it is published and share it through the Internet Society's channels.",
        },
        {
          id: 'ask-small-networks',
          to: 'Smaller ISPs, start-ups and European content providers',
          ask: 'Give one concrete example of what negotiating with every access network would cost you, for use in the briefings.',
        },
      ],
      nextSteps: [
        {
          id: 'next-read-dna',
          who: 'Chapter policy working group',
          what: 'Read the Digital Networks Act text and update the fifteen rows of this analysis.',
          when: '2026-12-15',
          done: false,
        },
        {
          id: 'next-invite-cosigners',
          who: 'Chapter board',
          what: 'Invite coalition partners to co-sign the joint letter and agree on its final wording.',
          when: '2027-01-15',
          done: false,
        },
        {
          id: 'next-request-meetings',
          who: 'Chapter policy lead',
          what: 'Request briefing meetings with the rapporteur, the shadow rapporteurs and national telecom attachés.',
          when: '2027-01-22',
          done: false,
        },
        {
          id: 'next-announce-webinar',
          who: 'Chapter events team',
          what: 'Confirm the webinar speakers and date, and announce it.',
          when: '2027-02-12',
          done: false,
        },
      ],
      join: {
        chapter: 'Your national Internet Society chapter',
        chapterUrl: 'https://internetsociety.org/get-involved/advocate',
        notes:
          'Become a member of the Internet Society, as an individual or an organisation, and take part through your chapter or a special interest group. The Internet Society also offers to check an analysis at any stage before it is published.',
      },
      shareLog: [],
    },
    publication: { ...blank.publication },
    brief: { ...blank.brief, goalConclusions: { ...blank.brief.goalConclusions } },
    report: { profile: 'brief', hiddenSections: [] },
  }
}
