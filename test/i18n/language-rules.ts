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
  'zh-Hant': {
    forbidden: /正常|無害|不用擔心|不必擔心|無須擔心|毋須擔心|別擔心|不要理會|忽略|臥床|安胎|黃體素|黃體酮|孕酮|地屈孕酮|阿斯匹靈|阿士匹靈|乙醯胺酚|撲熱息痛|普拿疼|布洛芬|毫克|\d\s?mg\b/i,
    notDiagnosis: '不是診斷',
    // Chinese has one plural form ("other").
    weeks: [
      [1, '1週'],
      [12, '12週'],
    ],
  },
  ko: {
    forbidden: /정상|무해|무시하|걱정하지 마|걱정할 필요|걱정 안 하셔도|안정을 취|침상 안정|절대 안정|프로게스테론|황체호르몬|디드로게스테론|아스피린|타이레놀|아세트아미노펜|파라세타몰|이부프로펜|밀리그램|\d\s?mg\b/i,
    notDiagnosis: '진단이 아닙니다',
    // Korean has one plural form ("other").
    weeks: [
      [1, '1주'],
      [30, '30주'],
    ],
  },
  vi: {
    forbidden: /bình thường|vô hại|bỏ qua|đừng lo|không (có gì )?phải lo|không cần lo|nằm nghỉ tại giường|nghỉ ngơi tại giường|nằm bất động|progesteron|dydrogesteron|aspirin|paracetamol|ibuprofen|\d\s?mg\b/i,
    notDiagnosis: 'không phải là chẩn đoán',
    // Vietnamese has one plural form ("other").
    weeks: [
      [1, '1 tuần'],
      [30, '30 tuần'],
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
  pt: {
    // European Portuguese; "ignor" covers ignore/ignorar, "repouso" any rest advice.
    forbidden: /\b(normal|inofensiv|ignor|não se preocupe|repouso|progesterona|didrogesterona|corticoide|aspirina|paracetamol|ibuprofeno)|\d\s?mg\b/i,
    notDiagnosis: 'não é um diagnóstico',
    weeks: [
      [0, '0 semanas'],
      [1, '1 semana'],
      [2, '2 semanas'],
    ],
  },
  ur: {
    // اسقاط حمل is not forbidden, but not used either: it also means an abortion (see ur.ts).
    forbidden: /نارمل|معمول کے مطابق|بے ضرر|نظر انداز|فکر کی کوئی بات نہیں|پریشانی کی کوئی بات نہیں|فکر نہ کریں|بستر پر آرام|بیڈ ریسٹ|پروجیسٹرون|پروجسٹرون|ڈائیڈروجیسٹرون|اسپرین|ایسپرین|پیراسیٹامول|آئبوپروفین|آئیبوپروفین|ملی گرام|[\d۰-۹]\s?mg\b/i,
    notDiagnosis: 'یہ تشخیص نہیں ہے',
    weeks: [
      [1, '1 ہفتہ'],
      [2, '2 ہفتے'],
    ],
  },
  bn: {
    // স্বাভাবিক also catches অস্বাভাবিক ("abnormal"), which the catalogue avoids as well.
    forbidden: /স্বাভাবিক|ক্ষতিকর নয়|নিরীহ|উপেক্ষা|চিন্তার কিছু নেই|চিন্তা করবেন না|বিছানায় বিশ্রাম|বেড রেস্ট|প্রোজেস্টেরন|ডাইড্রোজেস্টেরন|অ্যাসপিরিন|প্যারাসিটামল|আইবুপ্রোফেন|মিলিগ্রাম|[\d০-৯]\s?(mg\b|মিগ্রা)/i,
    notDiagnosis: 'এটি রোগনির্ণয় নয়',
    weeks: [
      [1, '১ সপ্তাহ'],
      [30, '৩০ সপ্তাহ'],
    ],
  },
};
