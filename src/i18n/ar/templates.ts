import type en from '../en/templates'

/** The library's list of built-in templates; loaded with the step screens' messages, when the list is opened. */
export default {
  heading: 'حالات حقيقية',
  country: 'البلد أو المنطقة',
  kind: 'نوع المقترح',
  allCountries: 'كل البلدان والمناطق',
  allKinds: 'كل الأنواع',
  count:
    'لا توجد حالة مطابقة. | تُعرض حالة واحدة من {total}. | تُعرض حالتان من {total}. | تُعرض {n} حالات من {total}. | تُعرض {n} حالة من {total}. | تُعرض {n} حالة من {total}.',
  clear: 'عرض الكل',
  ratesSome:
    'يقيّم {n} من {total} صفًا استنادًا إلى السجل العام؛ والصفوف الأخرى موسومة بـ«غير مُناقَش».',
  ratesAll: 'مثال تطبيقي كامل: يقيّم الصفوف الـ{total} كلها ويخطط للمناصرة.',
  start: 'ابدأ من هذه الحالة',
  startLabel: 'ابدأ من «{title}»',
} satisfies typeof en
