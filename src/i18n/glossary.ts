import type { Locale } from '@/domain'

/**
 * The domain's key terms in every language: the words translators use for them, in every UI
 * message and domain text, so a reader meets one word for one idea. `tests/i18n/glossary.test.ts`
 * checks that each text whose English uses a term uses that term's words in its translation. Add
 * a language here first, then translate with it.
 */
export const GLOSSARY = {
  /** The five things the Internet needs to exist. */
  criticalProperty: {
    en: ['critical property', 'critical properties'],
    fr: ['propriété essentielle', 'propriétés essentielles'],
    es: ['propiedad crítica', 'propiedades críticas'],
    // Arabic attaches the article and prepositions to the word: the definite forms are listed
    // too, and those after li- («للخصائص», where the article's alif drops).
    ar: [
      'خاصية جوهرية',
      'الخاصية الجوهرية',
      'للخاصية الجوهرية',
      'خصائص جوهرية',
      'الخصائص الجوهرية',
      'للخصائص الجوهرية',
    ],
  },
  /** The ten things the Internet needs to thrive. */
  enabler: {
    en: ['enabler', 'enablers'],
    fr: ['facteur favorable', 'facteurs favorables'],
    es: ['habilitador', 'habilitadores'],
    ar: ['عامل تمكين', 'عامل التمكين', 'عوامل تمكين', 'عوامل التمكين'],
  },
  /** ISOC's name for the way the Internet works (a French text may add the English name). */
  internetWayOfNetworking: {
    en: ['Internet Way of Networking'],
    fr: ['manière dont Internet fonctionne en réseau'],
    es: ['forma de interconexión de Internet'],
    ar: ['طريقة الإنترنت في الربط الشبكي'],
  },
  /** ISOC's published analyses, the shape of the public report. */
  internetImpactBrief: {
    en: ['Internet Impact Brief'],
    fr: ['Note d’impact sur Internet'],
    es: ['Informe de impacto en Internet'],
    ar: ['موجز الأثر على الإنترنت'],
  },
  /** The four goals of an open, globally connected, secure and trustworthy Internet. */
  goalOpen: { en: ['Open'], fr: ['Ouvert'], es: ['Abierta'], ar: ['مفتوحة'] },
  goalGloballyConnected: {
    en: ['Globally connected'],
    fr: ['Connecté à l’échelle mondiale'],
    es: ['Conectada globalmente'],
    ar: ['متصلة عالميًا'],
  },
  goalSecure: { en: ['Secure'], fr: ['Sûr'], es: ['Segura'], ar: ['آمنة'] },
  goalTrustworthy: {
    en: ['Trustworthy'],
    fr: ['Digne de confiance'],
    es: ['Confiable'],
    ar: ['جديرة بالثقة'],
  },
} as const satisfies Record<string, Record<Locale, readonly string[]>>

export type GlossaryTerm = keyof typeof GLOSSARY
