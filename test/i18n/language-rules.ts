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
  pl: {
    forbidden: /normaln|prawidłow|nieszkodliw|ignoruj|nie ma się czym (martwić|przejmować)|nie ma powodu do niepokoju|nie martw|(leżeć|leżenie|odpoczynek|odpoczywać) w łóżku|progesteron|dydrogesteron|duphaston|luteina|steryd|steroid|\banty-?D\b|aspiryn|paracetamol|ibuprofen|\d\s?mg\b/i,
    notDiagnosis: 'nie jest diagnoza',
    weeks: [
      [0, '0 tygodni'],
      [1, '1 tydzień'],
      [2, '2 tygodnie'],
      [5, '5 tygodni'],
      [12, '12 tygodni'],
      [22, '22 tygodnie'],
      [24, '24 tygodnie'],
    ],
  },
  ro: {
    forbidden: /normal|inofensiv|nepericulos|ignora|nu vă faceți griji|nu vă îngrijorați|nimic de îngrijorat|repaus la pat|progesteron|didrogesteron|duphaston|utrogestan|steroiz|corticoiz|\banti-?D\b|aspirin|paracetamol|ibuprofen|\d\s?mg\b/i,
    notDiagnosis: 'nu este un diagnostic',
    weeks: [
      [0, '0 săptămâni'],
      [1, '1 săptămână'],
      [2, '2 săptămâni'],
      [19, '19 săptămâni'],
      [20, '20 de săptămâni'],
      [24, '24 de săptămâni'],
      [100, '100 de săptămâni'],
    ],
  },
  fr: {
    forbidden: /normal|inoffensi|sans danger|sans gravité|ignore[rz]|ne vous inquiétez pas|pas de quoi s’inquiéter|aucune inquiétude|repos au lit|alitement|progestérone|dydrogestérone|duphaston|utrogestan|corticoïde|\banti-?D\b|aspirine|paracétamol|ibuprofène|\d\s?mg\b/i,
    notDiagnosis: 'pas un diagnostic',
    weeks: [
      [0, '0 semaine'],
      [1, '1 semaine'],
      [2, '2 semaines'],
      [30, '30 semaines'],
    ],
  },
};
