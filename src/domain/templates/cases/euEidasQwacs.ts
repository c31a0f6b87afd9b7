import type { CaseTemplate } from '../caseTemplate'

/** The eIDAS revision and mandated browser root certificates (reference §8, case 6). */
export const euEidasQwacs: CaseTemplate = {
  id: 'eu-eidas-qwacs',
  flag: {
    title: 'EU: eIDAS revision, browsers made to trust government-designated certificates (QWACs)',
    kind: 'legislation',
    jurisdiction: 'European Union',
    proposer: 'European Commission',
    stage: null,
    summary:
      "The revision of the eIDAS regulation on electronic identification could compel web browsers to trust certificate authorities designated by governments to issue website certificates (qualified website authentication certificates, QWACs). The Internet Society's Internet Impact Brief of November 2021 assesses the proposal against what the Internet needs to thrive: governments could force browsers to accept authorities whether or not they follow security best practice.",
  },
  sources: [
    {
      key: 'isoc-eidas-brief',
      title:
        'Internet Society: Internet Impact Brief: Mandated Browser Root Certificates in the EU eIDAS Regulation (November 2021)',
      url: 'https://internetsociety.org/resources/doc/2021/internet-impact-brief-mandated-browser-root-certificates-in-the-eu-eidas-regulation',
    },
  ],
  rows: {
    'collaborative-development-governance': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'Which authorities browsers trust is decided today through independent, open security vetting; the proposal would let a law override that process.',
      effectOnPeople: '',
      evidence: [
        [
          'isoc-eidas-brief',
          'Finds that governments could force browsers to accept authorities regardless of best practice.',
        ],
      ],
    },
    'data-confidentiality': {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'A certificate authority that browsers must trust can issue certificates that let someone intercept encrypted connections without the user noticing.',
      effectOnPeople: '',
      evidence: [
        [
          'isoc-eidas-brief',
          'Assesses the risk that mandated authorities pose to secure connections.',
        ],
      ],
    },
    integrity: {
      impact: 'negative',
      confidence: 'high',
      howAffected:
        'People could no longer be sure that a website is the one it claims to be if browsers have to trust authorities that have not passed independent checks.',
      effectOnPeople: '',
      evidence: [
        [
          'isoc-eidas-brief',
          'Finds that mandated authorities need not follow security best practice.',
        ],
      ],
    },
    accountability: {
      impact: 'negative',
      confidence: 'medium',
      howAffected:
        'Browsers could not remove an authority that misbehaves if the law requires them to trust it, weakening the way misbehaviour is detected and answered.',
      effectOnPeople: '',
      evidence: [
        [
          'isoc-eidas-brief',
          'Assesses the proposal against what the Internet needs to thrive, including trust.',
        ],
      ],
    },
  },
}
