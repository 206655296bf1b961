/**
 * What every language must satisfy beyond having every key (SPEC §7, in its own words): never
 * "normal", "harmless", "ignore it", "nothing to worry about", bed rest, or a drug name or dose;
 * say it is not a diagnosis. A language without an entry here fails the catalogue tests, so a new
 * catalogue cannot skip them. `weeks` are examples of `review.weeks.value`, one per plural form.
 */
export interface LanguageRules {
  forbidden: RegExp;
  notDiagnosis: string;
  weeks: [count: number, words: string][];
}

export const LANGUAGE_RULES: Record<string, LanguageRules> = {
  en: {
    forbidden: /\b(normal|harmless|ignore it|nothing to worry|bed rest|progesterone|dydrogesterone|steroid|anti-?D|aspirin|paracetamol|ibuprofen)\b|\d\s?mg\b/i,
    notDiagnosis: 'not a diagnosis',
    weeks: [
      [1, '1 week'],
      [30, '30 weeks'],
    ],
  },
  es: {
    forbidden: /\b(normal|inofensiv|ign[oó]relo|no se preocupe|reposo en cama|progesterona|didrogesterona|corticoide|aspirina|paracetamol|ibuprofeno)|\d\s?mg\b/i,
    notDiagnosis: 'no es un diagnóstico',
    weeks: [
      [1, '1 semana'],
      [2, '2 semanas'],
    ],
  },
  'zh-Hans': {
    forbidden: /正常|无害|不用担心|不必担心|卧床|黄体酮|孕酮|地屈孕酮|阿司匹林|对乙酰氨基酚|布洛芬|毫克/,
    notDiagnosis: '不是诊断',
    weeks: [[12, '12周']],
  },
  ar: {
    forbidden: /طبيعي|غير ضار|لا داعي للقلق|تجاهل|الراحة في الفراش|بروجستيرون|بروجسترون|ديدروجستيرون|أسبرين|باراسيتامول|إيبوبروفين|ملغ/,
    notDiagnosis: 'ليس تشخيصًا',
    weeks: [
      [1, 'أسبوع واحد'],
      [2, 'أسبوعان'],
    ],
  },
};
