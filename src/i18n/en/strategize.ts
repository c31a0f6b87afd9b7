export default {
  title: 'Plan your strategy',
  intro:
    'Turn the findings into a plan: one goal you can reach, the people who can make it happen, what you will tell them, and what you will do, by when. Work backwards from the decision point: the close of a consultation, a committee vote, a plenary.',
  gaps: {
    heading: 'Still to do in this step',
    doneHeading: 'Step complete',
    done: 'This step is complete: the goal meets all five criteria, and there is at least one audience, message and tactic.',
  },
  goal: {
    heading: 'Advocacy goal',
    intro:
      'A good goal is SMART: specific, measurable, achievable, relevant and time-bound. The check beside the form tells you what is still missing.',
    statement: 'Goal statement',
    statementHint: 'One sentence: what should change, in which text or decision, and by when.',
    specific: 'Specific: the one change you want',
    measurable: 'Measurable: how you will know it happened',
    achievable: 'Achievable: why it is realistic for you',
    relevant: 'Relevant: the findings this goal rests on',
    timeBound: 'Time-bound',
    deadline: 'Deadline',
    deadlineEvent: 'Decision point',
    deadlineEventHint: 'The real event the deadline is tied to, such as a committee vote.',
    voteDate: 'The vote recorded in the Flag step is on {date}.',
  },
  findings: {
    negative: 'Findings rated harmful',
    others: 'Other findings ({n})',
    noNegative:
      'No row is rated harmful yet. Rate the properties and enablers in the Analyze step first.',
    toAnalyze: 'Go to the Analyze step',
    option: '{item} ({impact})',
  },
  smart: {
    heading: 'SMART check',
    summary: '{met} of {total} criteria met',
    notMet: 'Not met yet',
  },
  audiences: {
    heading: 'Audiences',
    intro:
      'Who decides, and who influences those who decide? Legislators, regulators, ministries, journalists, industry, users.',
    itemLabel: 'Audience',
    add: 'Add an audience',
    empty: 'No audiences yet.',
    name: 'Who',
    why: 'Why they matter',
    ask: 'What we ask of them',
  },
  messages: {
    heading: 'Key messages',
    intro:
      'Connect the technical harm to what people feel: prices, access, choice, security. Each message should rest on at least one finding.',
    itemLabel: 'Message',
    add: 'Add a message',
    empty: 'No messages yet. Write one, or draft them from your findings.',
    text: 'Message',
    findings: 'Findings it rests on',
    audiences: 'Audiences it is for',
    noAudiences: 'Add audiences above to say whom this message is for.',
    unnamedAudience: 'Audience {n}',
    draft: 'Draft messages from the findings',
    draftHint:
      'Adds one draft for every harmful finding that no message covers yet, built from what you wrote in the Analyze step. Edit the drafts in your own voice.',
    drafted:
      'No draft was added. | One draft message was added at the end of the list. | {n} draft messages were added at the end of the list.',
    allCovered: 'Every harmful finding already has a message, so no draft was added.',
    noNegative:
      'There are no harmful findings yet, so there is nothing to draft from. Rate the rows in the Analyze step first.',
  },
  tactics: {
    heading: 'Tactics',
    intro:
      'What you will do to reach your audiences: a consultation response, a letter, a meeting.',
    itemLabel: 'Tactic',
    add: 'Add a tactic',
    empty: 'No tactics yet.',
    kind: 'Kind',
    description: 'What exactly',
    owner: 'Who leads it',
    due: 'Due date',
    status: 'Status',
  },
  milestones: {
    heading: 'Milestones',
    intro:
      'Other dates that matter to your plan, such as a committee hearing or a coalition meeting.',
    itemLabel: 'Milestone',
    add: 'Add a milestone',
    empty: 'No milestones yet.',
    date: 'Date',
    label: 'What happens',
  },
  timeline: {
    heading: 'Timeline',
    intro: 'Every dated entry of the assessment in order, from the Flag step to the next steps.',
    empty:
      'No dates yet. Add the publication, consultation or vote dates in the Flag step, a deadline for the goal, and due dates for tactics or milestones above.',
    toFlag: 'Go to the Flag step',
    past: 'past',
    today: 'Today, {date}',
    source: {
      flag: 'Proposal',
      goal: 'Goal',
      tactic: 'Tactic',
      milestone: 'Milestone',
      'next-step': 'Next step',
    },
  },
}
