export default {
  heading: 'Flag the proposal',
  intro:
    'Note what is being proposed, who is behind it, where it applies and how far it has got. Keep the sources you rely on next to it. The analysis, your strategy and the final report all build on these notes, so a clear, sourced description here saves work later.',
  proposal: {
    heading: 'The proposal',
    title: 'Title',
    titleHint:
      'Needed. The name people will recognise, such as the official name of the bill, rule or decision.',
    kind: 'Kind of proposal',
    kindHint:
      'A law, a decree, an order, a court ruling, a company’s or an industry’s action, a standard, a treaty or a trend. Keep “Not stated” until you know.',
    jurisdiction: 'Where it applies',
    jurisdictionHint: 'A country, a region such as the European Union, or "global".',
    proposer: 'Proposed by',
    proposerHint: 'The ministry, regulator, company or group behind it.',
    stage: 'How far it has got',
    stageHint:
      'Where it stands today, or how it ended. Update it as the process moves on; keep “Not stated” until you know.',
    inForce: 'In force since',
    inForceHint: 'The day it took effect. The report and the timeline show it.',
    summary: 'Summary',
    summaryHint:
      'What it would do and how, in one or two paragraphs of plain words. Describe the proposal here; its effects on the Internet belong in the next step.',
  },
  dates: {
    heading: 'Key dates',
    intro:
      'Leave a date empty while it is unknown. The Strategize step puts these dates on your timeline, so you can plan backwards from the decision points.',
    published: 'Published or announced',
    consultationCloses: 'Consultation closes',
    vote: 'Vote or decision',
  },
  sources: {
    heading: 'Sources',
    intro:
      'Start with the official text, then add analyses, statements and news reports. In the analysis you can point to these sources as evidence, and the report lists them.',
    item: 'Source',
    add: 'Add a source',
    empty: 'No sources yet.',
    title: 'Title',
    url: 'Web address',
    urlHint: 'Copy it from the address bar, starting with https://',
    accessed: 'Accessed on',
    accessedHint: 'Web pages change; the date shows which version you read.',
    preview: 'Check the link:',
  },
  stakeholders: {
    heading: 'Affected stakeholders',
    intro:
      'Who would feel the effects: people, businesses, network operators, communities? Naming them helps you find allies and explain why the proposal matters.',
    item: 'Stakeholder',
    add: 'Add a stakeholder',
    empty: 'No stakeholders yet.',
    name: 'Who',
    note: 'How they are affected',
  },
  gaps: {
    heading: 'Still to do in this step',
    doneHeading: 'Step complete',
    done: 'This step has everything it needs. Move on to the analysis when you are ready.',
  },
}
