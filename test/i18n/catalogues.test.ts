import { expect } from '@open-wc/testing';
import { ar } from '../../src/i18n/ar.js';
import { en, type MessageKey, type Messages } from '../../src/i18n/en.js';
import { enDetails } from '../../src/i18n/en-details.js';
import { es } from '../../src/i18n/es.js';
import { formatText } from '../../src/i18n/format.js';
import { resolveLocale } from '../../src/i18n/locales.js';
import { zhHans } from '../../src/i18n/zh-Hans.js';

const english: Messages = { ...en, ...enDetails };
const CATALOGUES: Record<string, Messages> = { es, 'zh-Hans': zhHans, ar };

/** The placeholders of a message: plain names, and plural names marked as such. */
function placeholders(message: string): string[] {
  const names = [...message.matchAll(/\{(\w+)(, plural,)?/g)].map((m) => (m[2] ? `${m[1]} (plural)` : m[1]));
  return names.sort();
}

describe('message catalogues', () => {
  it('English is split without overlap between the main file and the details', () => {
    for (const key of Object.keys(enDetails)) expect(en, key).not.to.have.property(key);
  });

  for (const [locale, catalogue] of Object.entries(CATALOGUES)) {
    describe(locale, () => {
      it('has exactly the keys of English', () => {
        const missing = Object.keys(english).filter((key) => !(key in catalogue));
        const extra = Object.keys(catalogue).filter((key) => !(key in english));
        expect({ missing, extra }).to.deep.equal({ missing: [], extra: [] });
      });

      it('has no empty message', () => {
        for (const [key, value] of Object.entries(catalogue)) expect(value.trim(), key).not.to.equal('');
      });

      it('uses the same placeholders as English in every message', () => {
        for (const key of Object.keys(english) as MessageKey[]) {
          expect(placeholders(catalogue[key]), key).to.deep.equal(placeholders(english[key]));
        }
      });

      it('fills every message without leaving a brace behind', () => {
        const values = { number: '999', care: 'X', weeks: 12, current: 2, total: 4, min: 0, max: 45, name: 'X', phone: '1', urgentCare: '111', version: '1.0.0', from: 20, to: 36, symptoms: 'X', question: 'X', answer: 'X', levels: 'X', day: 'X', time: '8:00', link: 'X' };
        for (const key of Object.keys(english) as MessageKey[]) {
          expect(formatText(catalogue[key], values, locale), key).not.to.match(/[{}]/);
        }
      });
    });
  }

  // SPEC §7 in every language: never "normal", "harmless", "ignore it", "nothing to worry about",
  // bed rest, or a drug name.
  const FORBIDDEN: Record<string, RegExp> = {
    en: /\b(normal|harmless|ignore it|nothing to worry|bed rest|progesterone|dydrogesterone|steroid|anti-?D|aspirin|paracetamol|ibuprofen)\b|\d\s?mg\b/i,
    es: /\b(normal|inofensiv|ign[oó]relo|no se preocupe|reposo en cama|progesterona|didrogesterona|corticoide|aspirina|paracetamol|ibuprofeno)|\d\s?mg\b/i,
    'zh-Hans': /正常|无害|不用担心|不必担心|卧床|黄体酮|孕酮|地屈孕酮|阿司匹林|对乙酰氨基酚|布洛芬|毫克/,
    ar: /طبيعي|غير ضار|لا داعي للقلق|تجاهل|الراحة في الفراش|بروجستيرون|بروجسترون|ديدروجستيرون|أسبرين|باراسيتامول|إيبوبروفين|ملغ/,
  };
  for (const [locale, pattern] of Object.entries(FORBIDDEN)) {
    it(`${locale}: no reassurance that dismisses, no bed rest, no drug names`, () => {
      const catalogue = locale === 'en' ? english : CATALOGUES[locale];
      for (const [key, value] of Object.entries(catalogue)) expect(value, key).not.to.match(pattern);
    });
  }

  it('every language says it is not a diagnosis', () => {
    const words = { en: 'not a diagnosis', es: 'no es un diagnóstico', 'zh-Hans': '不是诊断', ar: 'ليس تشخيصًا' } as Record<string, string>;
    for (const [locale, catalogue] of Object.entries({ en: english, ...CATALOGUES })) {
      expect(catalogue['outcome.notDiagnosis'], locale).to.contain(words[locale]);
    }
  });
});

describe('plural forms', () => {
  it('English: 1 week, 2 weeks', () => {
    expect(formatText(english['review.weeks.value'], { weeks: 1 }, 'en')).to.equal('1 week');
    expect(formatText(english['review.weeks.value'], { weeks: 30 }, 'en')).to.equal('30 weeks');
  });

  it('Spanish: 1 semana, 2 semanas', () => {
    expect(formatText(es['review.weeks.value'], { weeks: 1 }, 'es')).to.match(/^1 semana$/);
    expect(formatText(es['review.weeks.value'], { weeks: 2 }, 'es')).to.match(/^2 semanas$/);
  });

  it('Arabic: every plural category has its own form', () => {
    const forms = [0, 1, 2, 3, 11, 100].map((weeks) => formatText(ar['review.weeks.value'], { weeks }, 'ar'));
    expect(new Set(forms).size).to.equal(6);
    expect(forms[1]).to.equal('أسبوع واحد');
    expect(forms[2]).to.equal('أسبوعان');
  });

  it('numbers are written the locale\'s way', () => {
    expect(formatText('{n}', { n: 1234 }, 'en')).to.equal((1234).toLocaleString('en'));
    expect(formatText('{n}', { n: 1234 }, 'ar')).to.equal((1234).toLocaleString('ar'));
  });
});

describe('resolveLocale', () => {
  const cases: [string | undefined, string, boolean][] = [
    ['en', 'en', false],
    ['en-GB', 'en', false],
    [undefined, 'en', false],
    ['', 'en', false],
    ['es', 'es', false],
    ['es-MX', 'es', false],
    ['es-419', 'es', false],
    ['zh', 'zh-Hans', false],
    ['zh-CN', 'zh-Hans', false],
    ['zh-SG', 'zh-Hans', false],
    ['zh-Hans-CN', 'zh-Hans', false],
    ['zh-TW', 'zh-Hans', true],
    ['zh-Hant-HK', 'zh-Hans', true],
    ['ar', 'ar', false],
    ['ar-EG', 'ar', false],
    ['AR_sa', 'ar', false],
    ['fr', 'en', true],
    ['klingon', 'en', true],
  ];
  for (const [tag, locale, warns] of cases) {
    it(`${JSON.stringify(tag)} → ${locale}${warns ? ', with a warning' : ''}`, () => {
      const resolution = resolveLocale(tag);
      expect(resolution.locale).to.equal(locale);
      expect(Boolean(resolution.warning)).to.equal(warns);
    });
  }
});
