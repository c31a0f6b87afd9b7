export default {
  title: 'Analyze the impact',
  intro:
    'Go through the five critical properties and the ten enablers one by one. For each, first decide how the proposal would affect the Internet itself, then what that change would mean for people and organisations. “No impact” and “Unclear” are real answers: record them rather than leaving a row empty. A brief discusses only what the proposal affects, so mark the rows it leaves out “Not discussed”.',
  progress: {
    heading: 'Progress',
    label: 'Rows assessed',
    summary: '{done} of {total} assessed',
    complete: 'Every row has an answer.',
    stillToDo: 'Still to do:',
    unclear: 'Marked unclear, so the verdict stays provisional until you resolve them:',
  },
  jump: {
    label: 'Jump to a property or enabler',
    heading: 'Jump to',
  },
  display: {
    expandAll: 'Expand all',
    collapseAll: 'Collapse all',
  },
  card: {
    ratingPrefix: 'Rating:',
    dependsTag: 'depends on implementation',
    confidenceTag: '{level} confidence',
    show: 'Show details',
    hide: 'Hide details',
    toggleLabel: '{action}: {item}',
    mixedTag: 'harms: {harm}, helps: {benefit}',
    questions: 'Guiding questions',
    threats: 'Typical threats',
  },
  rating: {
    legend: 'Effect on the Internet',
    hint: 'How would the proposal affect this property or enabler, and how strongly?',
    choicesHint:
      '“Mixed” is for a proposal that harms it in one way and helps it in another; it counts as harmed. “Not discussed” is for a row this assessment leaves out because the proposal does not touch it: it needs no explanation and does not make the verdict provisional.',
  },
  mixed: {
    legend: 'Harm and benefit',
    hint: 'Rate each side on its own; the verdict counts the row as harmed.',
    harm: 'How strongly it harms',
    benefit: 'How strongly it helps',
    benefitHow: {
      label: 'How could it help?',
      hint: 'The mechanism of the benefit: which part of the proposal helps, and what it improves.',
    },
  },
  notDiscussed: {
    note: 'Not discussed: this row needs no explanation.',
    more: 'Notes and evidence (optional)',
  },
  depends: {
    label: 'Depends on how it is implemented',
    hint: 'Tick this when the effect hinges on details that are not settled yet, and say which in the text below.',
  },
  howAffected: {
    label: 'How could it be affected?',
    hint: 'The mechanism: which part of the proposal acts on the Internet, and what it changes. The guiding questions help.',
    mixedLabel: 'How could it harm?',
    mixedHint:
      'The mechanism of the harm: which part of the proposal acts on the Internet, and what it damages.',
  },
  effectOnPeople: {
    label: 'What effect could this have on people?',
    hint: 'The consequence for users, businesses and communities: prices, access, choice, security.',
  },
  evidence: {
    heading: 'Evidence',
    hint: 'Point to the sources that back this rating. Sources are shared with the Flag step.',
    itemLabel: 'Evidence',
    add: 'Add evidence',
    empty: 'No evidence yet.',
    source: 'Source',
    noSource: 'No source (note only)',
    untitledSource: 'Untitled source {n}',
    missingSource: 'A source that has since been removed',
    note: 'Note or quotation',
    open: 'Open the source',
  },
  newSource: {
    open: 'Add a new source',
    heading: 'New source',
    title: 'Title',
    url: 'Web address',
    save: 'Add the source and link it',
    cancel: 'Cancel',
    required: 'Give the source a title or a web address.',
    added: '“{title}” was added to the sources and linked as evidence.',
  },
  confidence: {
    legend: 'How confident are you in this rating?',
    notSet: 'Not set',
  },
}
