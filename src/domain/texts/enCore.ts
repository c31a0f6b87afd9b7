/** English words the home screen needs: labels, verdicts and steps. */
import type { CoreTexts } from './types'

export const enCore: CoreTexts = {
  locale: 'en',
  impact: {
    'strongly-negative': 'Strongly negative',
    negative: 'Negative',
    'slightly-negative': 'Slightly negative',
    none: 'No impact',
    'slightly-positive': 'Slightly positive',
    positive: 'Positive',
    'strongly-positive': 'Strongly positive',
    mixed: 'Mixed: harms and helps',
    unclear: 'Unclear',
    'not-discussed': 'Not discussed',
    'not-assessed': 'Not yet assessed',
  },
  notStated: 'Not stated',
  proposalKind: {
    legislation: 'Legislation',
    regulation: 'Decree or regulation',
    'business-decision': 'Corporate or industry action',
    'executive-order': 'Executive or ministerial order',
    'court-decision': 'Court decision',
    'technical-standard': 'Technical standard',
    'international-agreement': 'International agreement',
    'technology-trend': 'Technology or trend',
    other: 'Other',
  },
  stage: {
    idea: 'Idea or early discussion',
    draft: 'Draft',
    consultation: 'Public consultation',
    parliament: 'In parliament',
    adopted: 'Adopted',
    'in-force': 'In force',
    postponed: 'Postponed',
    withdrawn: 'Withdrawn',
    'struck-down': 'Struck down by a court',
  },
  verdict: {
    label: {
      'seriously-undermines': 'Seriously undermines what the Internet needs to exist',
      undermines: 'Undermines what the Internet needs to exist',
      'seriously-harms': 'Seriously harms what the Internet needs to thrive',
      harms: 'Harms what the Internet needs to thrive',
      supports: 'Supports the Internet',
      'no-significant-impact': 'No significant impact',
      'not-assessed': 'Not yet assessed',
    },
    meaning: {
      'seriously-undermines':
        'At least one critical property, something the Internet needs to exist, would be clearly or severely harmed. That is harm to the foundation of the Internet, and it pushes the Internet towards fragmentation.',
      undermines:
        'At least one critical property, something the Internet needs to exist, would be harmed, if only slightly. Any harm to a critical property is harm to the foundation of the Internet.',
      'seriously-harms':
        'No critical property is harmed, but at least one enabler would be clearly or severely harmed, which makes the Internet less open, globally connected, secure or trustworthy.',
      harms:
        'No critical property is harmed, but at least one enabler would be slightly harmed, which makes the Internet a little less open, globally connected, secure or trustworthy.',
      supports: 'No harm was found, and at least one property or enabler would be strengthened.',
      'no-significant-impact':
        'Every rated row shows no impact on what the Internet needs to exist or to thrive.',
      'not-assessed': 'No row of the analysis has been rated yet, so there is nothing to conclude.',
    },
  },
  steps: {
    name: {
      flag: 'Flag',
      analyze: 'Analyze',
      strategize: 'Strategize',
      together: 'Together',
    },
    purpose: {
      flag: 'Describe the policy, business decision or technology that could affect the Internet, and record where you learned about it.',
      analyze:
        'Rate how it affects each of the five critical properties and ten enablers, and what that would mean for people.',
      strategize:
        'Set a SMART advocacy goal and plan the audiences, messages and tactics that can reach it.',
      together:
        'Find allies, agree on what to ask of each, and plan the next steps you will take together.',
    },
    gap: {
      'flag-title': 'Give the proposal a title.',
      'flag-jurisdiction': 'Say where the proposal applies: a country, a region or "global".',
      'flag-summary': 'Summarise the proposal in a few sentences.',
      'flag-sources': 'Add at least one source, such as the official text or a news report.',
      'analyze-items':
        'Rate every property and enabler; "No impact" and "Unclear" count as answers.',
      'strategize-goal': 'Complete the advocacy goal until all five SMART criteria are met.',
      'strategize-audiences': 'Name at least one audience you need to influence.',
      'strategize-messages': 'Write at least one key message.',
      'strategize-tactics': 'Plan at least one tactic.',
      'together-allies': 'Add at least one ally to work with.',
      'together-next-steps': 'Plan at least one next step: who does what, and by when.',
    },
  },
}
