/**
 * English domain texts. The catalogue is written in our own words from ISOC's "Critical
 * Properties of the Internet" (2020), "Enablers of an Open, Globally Connected, Secure and
 * Trustworthy Internet" (2021) and the Internet Impact Assessment Toolkit.
 *
 * Placeholders, filled with `fill(template, params)`:
 * - findings.*: see FindingsTexts in types.ts ({count}, {items}, {goal}, {harm}, {benefit},
 *   {first}, {second}, {unclear}, {notAssessed}, {item}, {rating}, {mixed});
 * - drafting.fromFinding: {item}, {impact}, {how}, {effect}; fromFindingNoEffect: the same
 *   without {effect} ({how} and {effect} are the person's own sentences);
 * - drafting.brief.abstract: {title}, {summary} (the proposal's summary, shortened); finding: {item}, {impact}, {how};
 *   findingShort: {item}, {impact}; benefit: {how}; recommend: {statement};
 * - timeline.tacticDue: {tactic}; timeline.nextStep: {who}, {what};
 * - report.generatedOn: {date}; report.page: {page}, {pages};
 * - reportParts.title.*: {title}; published: {date}; version: {version}; person: {name},
 *   {affiliation}; licence: {licence}; contact: {contact}; confidence: {level}; noImpact:
 *   {items}; notDiscussed: {items}; benefit: {how};
 * - issues.*: {field} (readable field path); too-long and too-many {max}; invalid-choice
 *   {choices}; newer-version {found}, {supported}; too-large {max} (a size such as "5 MB");
 *   too-deep {max}; duplicate-id {id}, {first} (1-based position of the entry that has it first);
 * - issuePath.listItem: {number} (1-based position in a list).
 * No other text takes placeholders.
 */

import type { GuidanceTexts } from './types'

/** English words of the catalogue, the checks and the report: loaded with the first assessment. */
export const enGuidance: GuidanceTexts = {
  confidence: {
    low: 'Low',
    medium: 'Medium',
    high: 'High',
  },
  tacticKind: {
    'consultation-response': 'Consultation response',
    letter: 'Letter or joint statement',
    meeting: 'Meeting or briefing',
    event: 'Event or webinar',
    media: 'Media: op-ed, blog or interview',
    campaign: 'Public campaign',
    testimony: 'Testimony to a committee',
    research: 'Research or analysis',
    other: 'Other',
  },
  tacticStatus: {
    planned: 'Planned',
    'in-progress': 'In progress',
    done: 'Done',
    dropped: 'Dropped',
  },
  allyKind: {
    chapter: 'Internet Society chapter',
    'civil-society': 'Civil society',
    technical: 'Technical community',
    industry: 'Industry',
    academic: 'Academia',
    policymaker: 'Policymaker',
    media: 'Media',
    other: 'Other',
  },
  issues: {
    'not-json':
      'The file is not valid JSON, so it cannot be read as an assessment. Check that you chose an assessment file and that it is complete.',
    'too-large':
      'The file is larger than the limit of {max}, far more than any assessment needs. Check that you chose the right file.',
    'too-deep':
      'The data is nested more than {max} levels deep, so it cannot be an assessment. Check that you chose the right file.',
    'not-an-object': 'The data is not an assessment: it should be a single JSON object.',
    'wrong-format':
      'This is not an Internet impact assessment file: its format marker is missing or different.',
    'unknown-version':
      'The schema version of the file is missing or not recognised, so it cannot be read safely.',
    'newer-version':
      'The file uses schema version {found}, but this app reads versions up to {supported}. Open it in a newer version of the app.',
    required: '{field}: a required value is missing.',
    'wrong-type': '{field}: the value has the wrong type, for example text where a list belongs.',
    'too-long': '{field}: the text is longer than the limit of {max} characters. Shorten it.',
    'too-many': '{field}: the list has more than the limit of {max} entries. Remove some.',
    'invalid-choice': '{field}: the value is not one of the allowed choices ({choices}).',
    'invalid-date':
      '{field}: this is not a valid date. Use the form YYYY-MM-DD, or leave it empty.',
    'invalid-timestamp': '{field}: this is not a valid date and time.',
    'invalid-id':
      '{field}: this is not a valid identifier (1 to 64 letters, digits, hyphens or underscores).',
    'duplicate-id':
      '{field}: “{id}” is also the identifier of item {first} in the same list, and other parts of the document refer to it, so it is not clear which entry they mean. Give each entry its own identifier.',
    invalid: '{field}: the value is not valid.',
    'pdf-no-attachment':
      'This PDF does not carry an assessment file. Only PDF reports made by this app carry one, and some tools remove it when they save or print a PDF again. Open the assessment’s .iia.json file instead.',
    'pdf-not-ours':
      'This PDF has attached files, but none of them is an assessment made with this app.',
    'pdf-damaged':
      'The assessment file inside this PDF is damaged and cannot be read. Open the assessment’s .iia.json file instead.',
    'pdf-changed':
      'The assessment file inside this PDF was changed after the PDF was made, so it may not match the report. Open the assessment’s .iia.json file instead.',
  },
  issuePath: {
    document: 'document',
    listItem: 'item {number}',
  },
  fieldNames: {
    format: 'file format',
    schemaVersion: 'schema version',
    id: 'identifier',
    createdAt: 'creation time',
    updatedAt: 'last change',
    locale: 'language',
    authors: 'authors',
    templateId: 'template',
    flag: 'Flag',
    title: 'title',
    kind: 'type',
    jurisdiction: 'jurisdiction',
    proposer: 'proposed by',
    stage: 'stage',
    dates: 'key dates',
    published: 'published',
    consultationCloses: 'consultation closes',
    vote: 'vote',
    summary: 'summary',
    sources: 'sources',
    url: 'web address',
    accessed: 'accessed',
    stakeholders: 'affected stakeholders',
    name: 'name',
    note: 'note',
    analysis: 'Analysis',
    impact: 'impact',
    dependsOnImplementation: 'depends on implementation',
    howAffected: 'how it is affected',
    effectOnPeople: 'effect on people',
    evidence: 'evidence',
    sourceId: 'source',
    confidence: 'confidence',
    strategy: 'Strategy',
    goal: 'goal',
    statement: 'goal statement',
    specific: 'specific change',
    measurable: 'measure of success',
    achievable: 'why it is achievable',
    relevantItemIds: 'findings it responds to',
    deadline: 'deadline',
    deadlineEvent: 'decision point',
    audiences: 'audiences',
    why: 'why they matter',
    ask: 'what we ask',
    messages: 'key messages',
    text: 'text',
    itemIds: 'findings',
    audienceIds: 'audiences',
    tactics: 'tactics',
    description: 'description',
    owner: 'owner',
    due: 'due date',
    status: 'status',
    milestones: 'milestones',
    date: 'date',
    label: 'label',
    together: 'Together',
    allies: 'allies',
    role: 'role',
    contact: 'contact',
    coalition: 'coalition',
    asks: 'asks',
    to: 'to whom',
    nextSteps: 'next steps',
    who: 'who',
    what: 'what',
    when: 'when',
    done: 'done',
    join: 'get involved',
    chapter: 'chapter',
    chapterUrl: 'chapter web address',
    notes: 'notes',
    inForce: 'in force since',
    mixed: 'mixed impact',
    harm: 'harm',
    benefit: 'benefit',
    benefitHow: 'how it helps',
    publication: 'publication',
    affiliation: 'affiliation',
    contributors: 'contributors',
    version: 'version',
    licence: 'licence',
    brief: 'brief',
    abstract: 'abstract',
    executiveSummary: 'executive summary',
    goalConclusions: 'conclusion per goal',
    open: 'Open',
    'globally-connected': 'Globally connected',
    secure: 'Secure',
    trustworthy: 'Trustworthy',
    conclusions: 'conclusions and recommendations',
    report: 'report',
    profile: 'document to print',
    hiddenSections: 'sections switched off',
    kept: 'fields kept from the file',
    workshop: 'workshop record',
    heldOn: 'workshop date',
    participants: 'participants',
    rounds: 'rounds',
    alphaThousandths: 'agreement across the room',
    namesShown: 'names shown',
    rule: 'consensus rule',
    maxIqr: 'largest spread',
    minAgreementPercent: 'smallest agreement',
    minTailPercent: 'split threshold',
    rows: 'rows',
    item: 'row',
    round: 'round',
    n: 'number of ratings',
    medianTimesTwo: 'median',
    iqr: 'spread',
    agreementPercent: 'agreement',
    distribution: 'ratings by step',
    unclear: 'unclear answers',
    decision: 'how it was settled',
    dissent: 'dissenting reasons',
    rating: 'rating',
    reason: 'reason',
    path: 'place',
    key: 'key',
    value: 'value',
    shareLog: 'sharing log',
    with: 'shared with',
    'accessible-infrastructure-common-protocol': 'Accessible infrastructure',
    'open-architecture-building-blocks': 'Open architecture',
    'decentralized-management-distributed-routing': 'Decentralized routing',
    'common-global-identifiers': 'Global identifiers',
    'technology-neutral-general-purpose': 'General-purpose network',
    'easy-unrestricted-access': 'Easy, unrestricted access',
    'unrestricted-use-deployment': 'Unrestricted deployment',
    'collaborative-development-governance': 'Collaborative governance',
    'unrestricted-reachability': 'Unrestricted reachability',
    'available-capacity': 'Available capacity',
    'data-confidentiality': 'Data confidentiality',
    integrity: 'Integrity',
    'reliability-resilience-availability': 'Reliability & resilience',
    accountability: 'Accountability',
    privacy: 'Privacy',
  },
  catalogue: {
    existTitle: 'What the Internet needs to exist',
    propertiesGroup: 'Critical properties',
    existExplanation:
      'The five critical properties of the Internet Way of Networking are what make the Internet the Internet: tens of thousands of independently run networks that choose to follow the same principles and so work as one. A proposal that undermines one of them attacks the foundation itself and pushes towards a fragmented "splinternet".',
    thriveTitle: 'What the Internet needs to thrive',
    thriveExplanation:
      'Ten enablers move the Internet towards four goals: open, globally connected, secure and trustworthy. Weakening an enabler does not break the Internet outright, but it makes the Internet less useful to the people and organisations who depend on it.',
    goals: {
      open: {
        name: 'Open',
        explanation:
          'People and organisations can combine technologies and start new networks and services without asking anyone for permission, and getting online and using the Internet is easy. This openness is what drives innovation.',
      },
      'globally-connected': {
        name: 'Globally connected',
        explanation:
          'The Internet includes everyone: any user can reach any other, and every endpoint can be reached, whatever network or country it sits in.',
      },
      secure: {
        name: 'Secure',
        explanation:
          'Data, devices and services are protected against unauthorised access and tampering, and they keep working when something fails or is attacked.',
      },
      trustworthy: {
        name: 'Trustworthy',
        explanation:
          'People can rely on the Internet and on those who run and regulate parts of it: rules are transparent, power is accountable and personal information is respected.',
      },
    },
    items: {
      'accessible-infrastructure-common-protocol': {
        name: 'An Accessible Infrastructure with a Common Protocol',
        short: 'Accessible infrastructure',
        explanation:
          'Anyone can build a network and attach it to the Internet at a low cost of entry, and every attached network uses the same Internet Protocol. That shared protocol lets thousands of separately run networks behave as one reachable whole. When connecting requires permission or payment, or some networks speak another protocol and need translation, people get less than the full Internet.',
        guidingQuestions: [
          'Would it become harder, slower or more expensive for a person, business or community to connect a new network or service to the global Internet?',
          'Does it add fees, licences or other artificial costs to connecting networks or to carrying traffic, such as network usage fees?',
          'Does it give a government new powers to decide where data may travel or be stored?',
          'Would some networks reach the Internet only through gateways or translators instead of native IP connectivity?',
          'Does it encourage or hold back the growth of networks, in number and in size?',
        ],
        typicalThreats: [
          'Network usage fees and "sender pays" schemes',
          'Licences or permission required to connect',
          'Mandatory national gateways',
          'Data localisation mandates',
          'Closed networks that do not use IP',
          'State monopolies on Internet access',
        ],
      },
      'open-architecture-building-blocks': {
        name: 'An Open Architecture of Interoperable and Reusable Building Blocks',
        short: 'Open architecture',
        explanation:
          'The Internet is built in layers from standard, reusable components: separate pieces carry packets over different media, deliver data reliably, secure it and name things. These components come from open standards work and are adopted voluntarily. Anyone can add a new one without redesigning the rest, which is why new services can launch without asking permission.',
        guidingQuestions: [
          'Does it block or interfere with particular protocols or services across networks, such as HTTPS, TLS or VPNs?',
          'Does it change how a widely used building block works, for example by requiring a national or proprietary version of an open standard?',
          'Does it impose one specific technology where several interoperable ones compete today?',
          'Would innovators need approval before deploying a new protocol, application or service?',
          'Does it bypass or override open, consensus-based standards development?',
        ],
        typicalThreats: [
          'Mandated national or proprietary standards',
          'Blocking of protocols or VPNs',
          'Required changes to end-to-end encryption, such as client-side scanning',
          'Government control over which certificates browsers must trust',
          'Bans on encrypted DNS',
        ],
      },
      'decentralized-management-distributed-routing': {
        name: 'Decentralized Management and a Single Distributed Routing System',
        short: 'Decentralized routing',
        explanation:
          'Every network is run by its own operator, who decides whom to connect with and how to route traffic. Networks announce to one another what they can reach, and from these local decisions one globally consistent routing system emerges without any central controller. This lets the Internet grow, adapt quickly and route around failures, with no single point of control or failure.',
        guidingQuestions: [
          'Does it shift decisions about connecting, peering or routing to a government body, a regulator or a single company?',
          'Does it force traffic through designated chokepoints, such as a national gateway, chosen exchange points or approved routes?',
          'Does it set or impose the commercial terms on which networks interconnect, such as settlements, compulsory payments or compulsory dispute resolution?',
          'Does it create a single point of failure or control, such as a "kill switch"?',
          'Could a rule in one jurisdiction distort routing for networks elsewhere?',
        ],
        typicalThreats: [
          'National Internet gateways',
          'Mandated interconnection settlements or "sender pays" regimes',
          'Regulatory dispute-resolution schemes for interconnection',
          'Routing mandates in the name of a "sovereign internet"',
          'Politically driven de-peering or disconnection of whole countries',
        ],
      },
      'common-global-identifiers': {
        name: 'Common Global Identifiers',
        short: 'Global identifiers',
        explanation:
          'IP addresses, domain names and autonomous system numbers come from one coordinated system, so each one is unambiguous and means the same thing everywhere. Every user and operator therefore sees the same network. If the address space or the DNS were split, operators would need translation tables and gateways just to stay connected, adding cost and friction for everyone.',
        guidingQuestions: [
          'Could a name or address lead to different places depending on where you are or which network you use?',
          'Does it create an alternative or national namespace or root, or require mapping between identifier systems?',
          'Does it ask registries or coordinators to assign, withhold or revoke names or address blocks for political reasons?',
          'Does it restrict, or attach a price to, using or sharing identifiers such as links?',
          'Does it rely on altering DNS answers to block content?',
        ],
        typicalThreats: [
          'DNS-based blocking',
          'Alternative or national DNS roots',
          'Revoking country-code domains or IP address allocations for political reasons',
          'Payments or licences attached to links',
        ],
      },
      'technology-neutral-general-purpose': {
        name: 'A Technology Neutral, General-Purpose Network',
        short: 'General-purpose network',
        explanation:
          'The Internet was not built for any one application. It promises no particular quality, favours no kind of content and carries whatever it is given as well as it can, over any technology below and for any technology above. This neutrality is why its main uses could change from decade to decade and why it keeps taking over work once done by dedicated networks.',
        guidingQuestions: [
          'Does it favour or penalise particular applications, types of content, senders or traffic volumes?',
          'Does it require networks to inspect traffic or to treat it differently depending on what it carries?',
          'Does it lock in one technology or business model, or tune the network for one use at the expense of others?',
          'Would new, unforeseen uses of the Internet become harder to launch?',
        ],
        typicalThreats: [
          'Charges based on the traffic of particular services',
          'Paid prioritisation',
          'Throttling based on content',
          'Duties that turn access networks into content enforcers',
          'Quality-of-service obligations imposed on content providers',
        ],
      },
      'easy-unrestricted-access': {
        name: 'Easy and Unrestricted Access',
        short: 'Easy, unrestricted access',
        explanation:
          'Going online, and building and connecting new networks and services, is simple and affordable. Providers compete, and no gatekeeper decides who may connect.',
        guidingQuestions: [
          'Does it change how easily people or organisations can set up new networks or offer new services?',
          'Will getting online become more or less affordable and available for ordinary people?',
          'Does it require permission, registration or a licence before connecting or offering a service?',
          'Does it raise costs for newcomers or protect incumbents and monopolies?',
        ],
        typicalThreats: [
          'Monopolies on Internet access',
          'Licensing regimes',
          'Network usage fees',
          'Mandatory gateways',
          'Requirements for services to have a local presence',
        ],
      },
      'unrestricted-use-deployment': {
        name: 'Unrestricted Use and Deployment of Internet Technologies',
        short: 'Unrestricted deployment',
        explanation:
          'Networks and people are free to choose, combine and deploy the technologies, equipment, devices and protocols they prefer, including encryption, VPNs, caches and content delivery systems, without asking for approval first. That freedom lets operators improve their networks and lets people protect themselves with the tools they trust.',
        guidingQuestions: [
          'Can networks and individuals still freely combine the equipment, devices and technologies they prefer?',
          'Does it ban, restrict or weaken a technology such as encryption or VPNs?',
          'Does it make one particular technology or product mandatory?',
          'Does it discourage placing infrastructure, such as caches, close to users?',
        ],
        typicalThreats: [
          'Restrictions on encryption',
          'VPN bans',
          'Certification or approval regimes for technology',
          'Fees that penalise local caching',
        ],
      },
      'collaborative-development-governance': {
        name: 'Collaborative Development, Management, and Governance',
        short: 'Collaborative governance',
        explanation:
          'The Internet develops through voluntary, bottom-up processes built on consensus and open to all stakeholders: open standards bodies, address registries, community-run exchange points and operator communities. These processes keep the Internet working for the many rather than the few.',
        guidingQuestions: [
          'Does it strengthen or weaken the voluntary, consensus-based way the Internet is developed and run?',
          'Was it developed in the open, with real input from the stakeholders it affects?',
          'Does it move decisions from multistakeholder or technical bodies to a single authority?',
          'Does it draw the neutral coordination roles of technical organisations into politics?',
        ],
        typicalThreats: [
          'Top-down regulation of technical functions',
          'Using registries or coordinators as tools for sanctions',
          'Closed or one-sided consultations',
        ],
      },
      'unrestricted-reachability': {
        name: 'Unrestricted Reachability',
        short: 'Unrestricted reachability',
        explanation:
          'People can reach the resources that others make available on the Internet, and can make their own resources reachable, wherever they are. What exists on the Internet should not be out of reach just because of where someone happens to connect.',
        guidingQuestions: [
          'Will people still be able to reach the sites and services they would normally expect to find online?',
          'Does it block, filter, slow down or disconnect content, services or whole networks?',
          'Would a service be reachable through some networks but not through others?',
          'Does it cut a population or a network off from the global Internet?',
        ],
        typicalThreats: [
          'Blocking by DNS or IP address',
          'Internet shutdowns',
          'Orders to block access',
          'National gateways',
          'De-peering',
          'Refusing service to whole countries',
        ],
      },
      'available-capacity': {
        name: 'Available Capacity',
        short: 'Available capacity',
        explanation:
          'There is enough affordable capacity, in bandwidth, interconnection, local traffic exchange and caching, for people and organisations to get the connectivity they need. Capacity grows where networks can exchange traffic locally and place content close to users.',
        guidingQuestions: [
          'Will people and organisations find it easier or harder to get the bandwidth and connectivity they need?',
          'Does it affect local traffic exchange, caching or the cost of transit?',
          'Does it change the incentives to invest in infrastructure?',
          'Would traffic have to take longer or more expensive paths?',
        ],
        typicalThreats: [
          'Chokepoints',
          'Fees that push content to servers abroad',
          'Obstacles to Internet exchange points and caches',
        ],
      },
      'data-confidentiality': {
        name: 'Data Confidentiality of Information, Devices, and Applications',
        short: 'Data confidentiality',
        explanation:
          'Only the intended parties can read data, whether it is travelling across the network or stored. Strong encryption, including end-to-end encryption, is the main way to achieve this.',
        guidingQuestions: [
          'Does it ban, weaken or get around encryption, for example through backdoors, key escrow or client-side scanning?',
          'Does it require providers to access or disclose the content of communications?',
          'Does it create new collections of sensitive data that would attract attackers?',
        ],
        typicalThreats: [
          'Mandates to scan private messages',
          'Backdoors for lawful access',
          'Requirements to trace who first sent a message',
          'Bans on encryption',
        ],
      },
      integrity: {
        name: 'Integrity of Information, Applications, and Services',
        short: 'Integrity',
        explanation:
          'Data, software and services are not changed without authorisation. People can also check that they are dealing with the party they meant to reach, thanks to certificates, signed updates and secure DNS and routing.',
        guidingQuestions: [
          'Could third parties alter, inject into or redirect traffic?',
          'Does it force software to trust authorities that have not passed independent security checks, such as mandated certificate authorities?',
          'Does it weaken authentication or the mechanisms that deliver software updates?',
        ],
        typicalThreats: [
          'Mandated root certificates',
          'Tampering with DNS answers',
          'Interception middleboxes',
          'Required modification of content or software',
        ],
      },
      'reliability-resilience-availability': {
        name: 'Reliability, Resilience, and Availability',
        short: 'Reliability & resilience',
        explanation:
          'Networks and services work consistently and survive failures and attacks thanks to redundancy and diverse paths. They are there when people need them, including in emergencies.',
        guidingQuestions: [
          'Does it introduce single points of failure or reduce redundancy and the diversity of paths?',
          'Does it interrupt access, for example through shutdowns or disconnection?',
          'Does it centralise a critical function, such as a single mandated time source or gateway?',
          'Does it make outages more likely or more damaging?',
        ],
        typicalThreats: [
          'Internet shutdowns',
          'National gateways',
          'Mandatory dependence on government infrastructure',
          'Disconnection driven by sanctions',
        ],
      },
      accountability: {
        name: 'Accountability',
        short: 'Accountability',
        explanation:
          'Those who run parts of the Internet, and those who regulate it, act under clear and transparent rules and can be held to account. People affected by their decisions can find out what was done and seek redress.',
        guidingQuestions: [
          'Are the powers it creates transparent, limited and subject to independent oversight or appeal?',
          'Can affected users and businesses find out what was done, such as what was blocked, and challenge it?',
          'Does it give authorities broad or arbitrary discretion?',
        ],
        typicalThreats: [
          'Vaguely defined offences backed by blocking or shutdown powers',
          'Secret blocklists',
          'No judicial review',
        ],
      },
      privacy: {
        name: 'Privacy',
        short: 'Privacy',
        explanation:
          'People decide what personal information they share, with whom and in what context. They are not subjected to unnecessary collection, tracking or surveillance.',
        guidingQuestions: [
          'Does it require collecting, keeping or handing over personal data, logs or identity information?',
          'Does it make surveillance, profiling or tracking of individuals possible?',
          'Does it require identity or age checks, or make it harder to stay anonymous or use a pseudonym?',
        ],
        typicalThreats: [
          'Data retention mandates',
          'Identity or age verification requirements',
          'Traceability obligations',
          'Bulk reporting duties',
        ],
      },
    },
  },
  smart: {
    criterion: {
      specific: 'Specific',
      measurable: 'Measurable',
      achievable: 'Achievable',
      relevant: 'Relevant',
      'time-bound': 'Time-bound',
    },
    hint: {
      specific: 'Which one change do you want, stated so that anyone can tell what you mean?',
      measurable:
        "How will you know it happened: a vote, a published text, a regulator's statement?",
      achievable: 'Why is it realistic with the people, time and influence you have?',
      relevant: 'Which findings of your analysis does this goal respond to?',
      'time-bound':
        'By when, and at which real decision point: the close of a consultation, a committee vote, a plenary?',
    },
    problem: {
      'no-statement':
        'The goal has no statement yet. Write one sentence saying what should change and by when.',
      'statement-too-short':
        'The statement is too short to name one clear change. Write a full sentence: what should change, in which text or decision, and by when.',
      'no-specific-change':
        'The specific change is missing. Name the one change you want, such as removing a provision from a draft.',
      'no-indicator':
        'There is no way to measure success yet. Say what will show the goal was reached, such as a vote or a published text.',
      'no-achievable-reason':
        'It does not yet say why the goal is achievable. Explain why it is realistic with your resources and influence.',
      'no-findings-linked':
        'The goal is not linked to any finding. Choose the rows of your analysis that this goal responds to.',
      'linked-finding-not-negative':
        'None of the linked findings is rated as harmful. Link at least one row rated negative, or revisit the analysis.',
      'no-deadline': 'There is no deadline. Enter the date by which the goal must be reached.',
      'deadline-passed':
        'The deadline has already passed. Choose a date in the future, or close this goal and set a new one.',
      'deadline-after-vote':
        'The deadline falls after the vote recorded in the Flag step, when it will be too late to act. Move it to the day of the vote or earlier.',
      'no-decision-point':
        'The deadline is not tied to a decision point. Name the event it depends on, such as a committee vote or the close of a consultation.',
    },
    met: 'Met',
  },
  drafting: {
    fromFinding:
      'This proposal would harm {item} ({impact}). {how} In the end, people pay the price: {effect}',
    fromFindingNoEffect:
      'This proposal would harm {item} ({impact}). {how} Whatever weakens the Internet weakens the people, businesses and communities who depend on it.',
    brief: {
      abstract:
        'This brief assesses “{title}” against what the Internet needs to exist and what it needs to thrive. {summary}',
      finding: '{item} ({impact}): {how}',
      findingShort: '{item} ({impact}).',
      benefit: 'On the other hand: {how}',
      goalNotHarmed:
        'The proposal does not harm the enablers of this goal that this brief discusses.',
      recommend: 'We recommend that decision-makers act on this: {statement}',
      recommendDefault:
        'Decision-makers should not adopt the proposal as it stands, and should look for ways to meet its aims that keep the Internet open, globally connected, secure and trustworthy.',
    },
  },
  timeline: {
    published: 'Proposal published',
    consultationCloses: 'Consultation closes',
    vote: 'Vote',
    inForce: 'Came into force',
    goalDeadline: 'Deadline of the advocacy goal',
    tacticDue: 'Due: {tactic}',
    nextStep: 'Next step for {who}: {what}',
  },
  reportParts: {
    title: {
      brief: 'Internet Impact Brief: {title}',
      plan: 'Advocacy plan: {title}',
      complete: 'Internet Impact Assessment: {title}',
    },
    fileSuffix: { brief: 'Internet Impact Brief', plan: 'Advocacy plan' },
    published: 'Published {date}',
    version: 'Version {version}',
    authors: 'Authors',
    contributors: 'Contributors',
    person: '{name} ({affiliation})',
    licence: 'Licence: {licence}',
    contact: 'Contact: {contact}',
    howAffected: 'How it is affected',
    howHarms: 'How it harms',
    howHelps: 'How it helps',
    effectOnPeople: 'What it means for people',
    evidence: 'Evidence',
    confidence: 'Confidence: {level}',
    noImpact: 'No impact found on: {items}.',
    notDiscussed: 'This brief does not discuss: {items}.',
    benefit: 'How it helps: {how}',
    appendixIntro:
      'The preliminary analysis in full: every critical property and enabler with its rating, how it is affected and what that means for people.',
  },
  report: {
    untitled: 'Untitled assessment',
    generatedOn: 'Generated on {date}',
    page: 'Page {page} of {pages}',
    sections: {
      summary: 'Executive summary',
      proposal: 'The proposal and its context',
      method: 'Methodology',
      properties: 'Critical properties: what the Internet needs to exist',
      enablers: 'Enablers: what the Internet needs to thrive',
      strategy: 'Advocacy strategy',
      together: 'Working together',
      sources: 'References',
      conclusions: 'Conclusions and recommendations',
      appendix: 'Appendix: preliminary analysis',
    },
    methodText:
      "This assessment follows the Internet Society's Internet Impact Assessment Toolkit, which measures a proposal against two yardsticks. The five critical properties of the Internet Way of Networking describe what the Internet needs to exist: an accessible infrastructure with a common protocol, an open architecture of interoperable building blocks, decentralized management with a single distributed routing system, common global identifiers, and a technology-neutral, general-purpose network. Ten enablers, grouped under the goals of an open, globally connected, secure and trustworthy Internet, describe what it needs to thrive. Each of these fifteen rows is rated on a seven-step scale from strongly negative (−3) through no impact (0) to strongly positive (+3), or marked unclear when the effect depends on context or implementation, and each rating explains how the Internet is affected and what that means for people. A row can also be mixed, harmful in one way and helpful in another, with each side explained; it counts as harmed. Rows that the assessment does not discuss are listed once and are not counted. The critical properties are not averaged: harm to any of them, however slight, undermines the foundation of the Internet, and the verdict says how seriously. Harm to an enabler harms the goal it serves. Without any harm, positive ratings mean the proposal supports the Internet. As long as any row is unclear or not yet assessed, the verdict is provisional.",
    labels: {
      kind: 'Type',
      jurisdiction: 'Jurisdiction',
      proposer: 'Proposed by',
      stage: 'Stage',
      published: 'Published',
      consultationCloses: 'Consultation closes',
      vote: 'Vote',
      inForce: 'In force since',
      authors: 'Authors',
      stakeholders: 'Affected stakeholders',
      item: 'Property or enabler',
      impact: 'Impact',
      howAffected: 'How it is affected',
      effectOnPeople: 'Effect on people',
      evidence: 'Evidence',
      confidence: 'Confidence',
      goal: 'Goal',
      deadline: 'Deadline',
      audiences: 'Audiences',
      audience: 'Audience',
      why: 'Why they matter',
      ask: 'What we ask',
      messages: 'Key messages',
      tactics: 'Tactics',
      owner: 'Owner',
      due: 'Due',
      status: 'Status',
      timeline: 'Timeline',
      date: 'Date',
      event: 'Event',
      allies: 'Allies',
      role: 'Role',
      contact: 'Contact',
      coalition: 'Coalition',
      asks: 'Asks',
      to: 'To',
      nextSteps: 'Next steps',
      who: 'Who',
      what: 'What',
      when: 'When',
      join: 'Get involved',
      chapter: 'Chapter',
      notes: 'Notes',
      accessed: 'Accessed',
      url: 'Web address',
      group: 'Group',
      worst: 'Worst',
    },
    none: 'None',
    yes: 'Yes',
    dependsOnImplementation: 'Depends on implementation',
    card: {
      messages: 'Key messages',
      chart: 'Impact on what the Internet needs',
      madeWith: 'Made with the Internet Impact Assessment Toolkit app',
      link: 'Link',
    },
    compare: {
      title: 'Comparison: {first} and {second}',
      intro:
        'This document sets two assessments side by side, row by row: how each rated the five critical properties of the Internet and the enablers of an open, secure Internet, and why. A change is read from {first} to {second}: better means less harm or more help, counted in steps of the scale from strongly negative to strongly positive.',
      first: 'First assessment',
      second: 'Second assessment',
      sections: {
        summary: 'The two assessments',
        properties: 'Critical properties, row by row',
        enablers: 'Enablers, row by row',
      },
      captions: {
        properties: 'The critical properties in both assessments',
        enablers: 'The enablers in both assessments',
      },
      side: '{side}: {title}',
      summary:
        'Rows rated differently: {moved} of {total} (worse: {worse}; better: {better}; changed otherwise: {other}).',
      noChange: 'Both assessments rate every row the same way.',
      noneRated: 'Neither assessment has rated any row yet: there is no change to read.',
      columns: { row: 'Row', change: 'Change' },
      change: {
        same: 'no change',
        better: 'better by {steps}',
        worse: 'worse by {steps}',
        changed: 'changed',
      },
      rowSame: '{row}: {rating} in both',
      rowMoved: '{row}: from {from} to {to}',
      reasons: '{side}: {text}',
      noReasons: 'no reasons given.',
      alike: 'Rated and explained the same way in both: {items}.',
      neither: 'Not yet assessed in either: {items}.',
      fileSuffix: 'Comparison',
    },
    workshop: {
      heading: 'Workshop appendix',
      held: 'Participants: {participants}. Rounds of voting: {rounds}. Result adopted on {date}.',
      rule: 'A row reached consensus when the spread of its ratings (interquartile range, in steps of the scale) was {iqr} or less and at least {agreement} % fell on one side of the scale; it was split when at least {tail} % rated it harmful and {tail} % helpful.',
      alpha: 'Agreement across the room (Krippendorff’s alpha, ordinal): {alpha}, {reading}.',
      alphaReading: {
        reliable: 'high enough to rely on',
        tentative: 'enough for tentative conclusions only',
        'not-reliable': 'too low to rely on: the room did not agree',
      },
      noAlpha: 'Agreement across the room was not computed: too few people or rows were rated.',
      caption: 'The rows, as the room rated them',
      columns: {
        row: 'Row',
        median: 'Median',
        iqr: 'Spread (steps)',
        agreement: 'Agreement',
        distribution: 'Ratings',
        settled: 'Settled',
      },
      between: 'between {low} and {high}',
      status: {
        unrated: 'not rated',
        split: 'split',
        consensus: 'consensus',
        leaning: 'leaning',
        none: 'no consensus',
      },
      decision: {
        consensus: 'by consensus',
        chosen: 'chosen after discussion',
        kept: 'kept as before',
      },
      dissentHeading: 'Dissenting reasons (ratings 2 or more steps from the median)',
      dissent: '{row}, rated {rating}: {reason}',
      dissentNamed: '{row}, rated {rating} by {name}: {reason}',
      adoptedTitle: '{title} (workshop result)',
      evidence: 'Workshop, round {round}, a participant who rated it {rating}: {reason}',
      evidenceNamed: 'Workshop, round {round}, {name} (rated {rating}): {reason}',
    },
  },
  findings: {
    headline: {
      propertiesHarmed: 'undermines {count} of the 5 critical properties ({items})',
      allPropertiesHarmed: 'undermines all 5 critical properties',
      propertiesHelped: 'strengthens {count} of the 5 critical properties ({items})',
      allPropertiesHelped: 'strengthens all 5 critical properties',
      propertiesUnaffected: 'no critical property is affected',
      propertiesUnaffectedDiscussed: 'none of the critical properties it discusses is affected',
      propertiesNotDiscussed: 'the critical properties are not discussed',
      propertiesOpen: 'the critical properties are not yet rated',
      goalsHarmed: {
        1: 'harms one goal: {items}',
        2: 'harms two goals: {items}',
        3: 'harms three goals: {items}',
        4: 'harms all four goals: {items}',
      },
      goalsHelped: {
        1: 'helps one goal: {items}',
        2: 'helps two goals: {items}',
        3: 'helps three goals: {items}',
        4: 'helps all four goals: {items}',
      },
      goalsUnaffected: 'no goal is affected',
      goalsUnaffectedDiscussed: 'no goal it discusses is affected',
      goalsNotDiscussed: 'the enablers are not discussed',
      goalsOpen: 'the enablers are not yet rated',
      and: '{first} and {second}',
      then: '{first}; {second}',
      nothingRated: 'No row of the analysis is rated yet',
    },
    provisional: {
      one: 'Provisional: {count} row is still marked “{unclear}” or “{notAssessed}” in the tables of the critical properties and enablers, so this verdict may change.',
      other:
        'Provisional: {count} rows are still marked “{unclear}” or “{notAssessed}” in the tables of the critical properties and enablers, so this verdict may change.',
    },
    propertiesHarmed: 'Critical properties undermined: {items}.',
    goalHarmed: 'The goal “{goal}” is harmed through {items}.',
    helped: 'Strengthened: {items}.',
    rated: '{item} ({rating})',
    mixed: 'mixed: {harm} harm, {benefit} benefit',
    chart: {
      title: 'Impact by group',
      caption:
        'For the critical properties and for each goal: the worst rating as a bar to the left and the strongest benefit as a bar to the right, on a scale from −3 (strongly negative) through 0 (no impact) to +3 (strongly positive). A mixed row is drawn with both its harm and its benefit. The table gives the number of rows in each state.',
      tableCaption: 'Rows of each group, by state',
      worst: 'Worst rating',
      best: 'Strongest benefit',
      notRated: 'Not rated',
      harmed: 'Harmed',
      none: 'No impact',
      helped: 'Helped',
      notDiscussed: 'Not discussed',
      open: 'Still open',
      harmedWithMixed: {
        one: '{count} ({mixed} mixed)',
        other: '{count} ({mixed} mixed)',
      },
    },
  },
}
