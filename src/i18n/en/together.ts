export default {
  heading: 'Act together',
  intro:
    'A concern raised by one organisation is easy to set aside; the same concern raised by Internet Society chapters and members, technical experts, civil society and businesses shows decision-makers that it is broad and well founded. Working together also shares the load: one partner drafts, another knows the officials, a third brings the technical detail.',
  joinIntro:
    'If you are not yet part of the Internet Society community, the section "Where to join" below explains how to take part.',
  allies: {
    heading: 'Allies and coalition partners',
    intro:
      'Who else cares about this proposal, or should? Think of your Internet Society chapter, digital rights groups, network operators and exchange points, researchers, consumer groups and the businesses the proposal would affect.',
    item: 'Ally',
    add: 'Add an ally',
    empty: 'No allies yet.',
    name: 'Organisation or person',
    kind: 'Kind',
    role: 'What they bring or will do',
    roleHint:
      'For example: technical expertise, members who can sign, contacts with the ministry, a platform in the media.',
    contact: 'Contact note',
    contactHint:
      'Whom to approach and how. Record only what the people concerned are happy for your group to keep.',
  },
  coalition: {
    heading: 'Coalition or joint statement',
    label: 'Coalition or joint statement',
    hint: 'The coalition, campaign or joint letter you are part of or are building: its name, who leads it, who has signed and what it has said so far.',
  },
  asks: {
    heading: 'What you ask',
    intro:
      'Be concrete about what you want from each ally or decision-maker: sign a joint letter, brief a committee, share data, speak to a journalist.',
    item: 'Ask',
    add: 'Add an ask',
    empty: 'No asks yet.',
    to: 'Asked of',
    ask: 'The ask',
  },
  nextSteps: {
    heading: 'Next steps',
    intro: 'Agree who does what and by when, and tick each step off when it is done.',
    item: 'Next step',
    add: 'Add a next step',
    empty: 'No next steps yet.',
    who: 'Who',
    what: 'What',
    when: 'By when',
    done: 'Done',
    progress: '{done} of {total} next steps done.',
  },
  comingUp: {
    heading: 'Coming up',
    intro: 'Open next steps, soonest first; steps without a date come last.',
    allDone: 'Every next step is done.',
    overdue: 'overdue',
    noDate: 'No date set',
    untitled: 'Next step without a description',
    who: 'Who: {who}',
  },
  join: {
    heading: 'Where to join',
    intro:
      'Anyone can join the Internet Society as an individual member or as an organisation, and through a local chapter you work with others in your country or region on the policies that affect the Internet there. Chapters and members carry much of the Internet Society’s advocacy, and the Internet Society offers to look over an assessment at any stage or to advise whether one is needed.',
    getInvolved: 'How to get involved in Internet Society advocacy',
    chapter: 'Your chapter',
    chapterHint: 'The Internet Society chapter (or special interest group) you work with.',
    chapterUrl: 'Chapter web address',
    chapterUrlHint: 'Starts with https://',
    chapterLink: 'Visit the chapter’s site:',
    notes: 'Notes',
    notesHint: 'Who your contact is, when the chapter meets, how to bring this issue to it.',
  },
  shareLog: {
    heading: 'Shared with',
    intro:
      'Nothing leaves this device on its own. To share your work, export the assessment file or the PDF in the {report} step and send it yourself; note here who received which version, so you can follow up.',
    reportLink: 'Report',
    item: 'Sharing',
    add: 'Record a sharing',
    empty: 'Not shared yet.',
    date: 'Date',
    with: 'Shared with',
    note: 'Note',
    noteHint: 'What you sent (file, PDF, which version) and any reply.',
  },
  gaps: {
    heading: 'Still to do in this step',
    doneHeading: 'Step complete',
    done: 'This step has everything it needs. The report is ready to review and export.',
  },
}
