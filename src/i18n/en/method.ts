export default {
  title: 'The method',
  intro:
    'This app follows the Internet Society’s Internet Impact Assessment Toolkit. It uses what makes the Internet work as a yardstick for any policy, business decision or technology trend, much as an environmental impact assessment is done before building.',
  stepsHeading: 'Four steps',
  scaleHeading: 'How impacts are rated',
  scaleText:
    'Each property and enabler gets one rating on a seven-step scale from strongly negative (−3) to strongly positive (+3), with “no impact” in the middle. “Unclear” is a legitimate answer when the effect depends on how the proposal is implemented; it keeps the verdict provisional until resolved.',
  verdictHeading: 'How the verdict is reached',
  verdictText:
    'Harm to a critical property weighs more than harm to an enabler, because the properties are what the Internet needs to exist. The rules are applied in this order:',
  questions: 'Guiding questions',
  threats: 'Typical threats',
}
