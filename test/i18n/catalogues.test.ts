import { expect } from '@open-wc/testing';
import { en, type MessageKey, type Messages } from '../../src/i18n/en.js';
import { enDetails } from '../../src/i18n/en-details.js';
import { formatText } from '../../src/i18n/format.js';
import { CATALOGUES, resolveLocale, type Catalogue } from '../../src/i18n/locales.js';
import { LANGUAGE_RULES } from './language-rules.js';

const english: Messages = { ...en, ...enDetails };
/** Every language that ships, as the registry lists it: a new one is checked without a change here. */
const loaded: [string, Catalogue][] = await Promise.all(
  Object.entries(CATALOGUES).map(async ([locale, load]): Promise<[string, Catalogue]> => [locale, await load()]),
);
const CATALOGUE_MESSAGES: Record<string, Messages> = Object.fromEntries(loaded.map(([locale, { messages }]) => [locale, messages]));
const ALL: Record<string, Messages> = { en: english, ...CATALOGUE_MESSAGES };

/** The placeholders of a message: plain names, and plural names marked as such. */
function placeholders(message: string): string[] {
  const names = [...message.matchAll(/\{(\w+)(, plural,)?/g)].map((m) => (m[2] ? `${m[1]} (plural)` : m[1]));
  return names.sort();
}

describe('message catalogues', () => {
  it('English is split without overlap between the main file and the details', () => {
    for (const key of Object.keys(enDetails)) expect(en, key).not.to.have.property(key);
  });

  // Static titles around the loops, so the safety pack can name them (the languages are loaded).
  describe('every translation', () => {
  for (const [locale, catalogue] of Object.entries(CATALOGUE_MESSAGES)) {
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
        const values = { number: '999', care: 'X', weeks: 12, current: 2, total: 4, min: 0, max: 45, name: 'X', phone: '1', urgentCare: '111', version: '1.0.0', from: 20, to: 36, symptoms: 'X', question: 'X', answer: 'X', levels: 'X' };
        for (const key of Object.keys(english) as MessageKey[]) {
          expect(formatText(catalogue[key], values, locale), key).not.to.match(/[{}]/);
        }
      });
    });
  }

  });

  it('every language has its wording rules, and every translation its review status and sources', () => {
    expect(Object.keys(LANGUAGE_RULES).sort()).to.deep.equal(Object.keys(ALL).sort());
    for (const [locale, { review }] of loaded) {
      expect(typeof review.reviewed, locale).to.equal('boolean');
      expect(review.sources.length, `${locale}: the sources its terms follow`).to.be.greaterThan(0);
      if (review.reviewed) expect(review.reviewer && review.date, `${locale}: a reviewed translation names its reviewer and date`).to.be.a('string');
    }
  });

  describe('every language (SPEC §7)', () => {
  for (const [locale, rules] of Object.entries(LANGUAGE_RULES)) {
    describe(locale, () => {
      it('no reassurance that dismisses, no bed rest, no drug names or doses', () => {
        for (const [key, value] of Object.entries(ALL[locale] ?? {})) expect(value, key).not.to.match(rules.forbidden);
      });
      it('says it is not a diagnosis', () => expect(ALL[locale]?.['outcome.notDiagnosis']).to.contain(rules.notDiagnosis));
      it('has a form for every plural category that the numbers 0–100 reach, in every plural message', () => {
        // Not every CLDR category: Spanish "many" is for millions, which no message here counts.
        const rules = new Intl.PluralRules(locale);
        const categories = new Set(Array.from({ length: 101 }, (_, count) => rules.select(count)));
        for (const [key, message] of Object.entries(ALL[locale] ?? {})) {
          for (const [, cases] of message.matchAll(/\{\w+, plural,((?:\s*=?\w+\s*\{[^{}]*\})+)\s*\}/g)) {
            const forms = new Set([...cases.matchAll(/(=?\w+)\s*\{/g)].map((match) => match[1]));
            for (const category of categories) expect(forms.has(category), `${key}: "${category}"`).to.equal(true);
          }
        }
      });
      it('writes weeks in the plural form the number needs', () => {
        for (const [weeks, words] of rules.weeks) {
          expect(formatText(ALL[locale]['review.weeks.value'], { weeks }, locale).replace(/\u200f|\u061c/g, '')).to.equal(words);
        }
      });
    });
  }
  });
});

describe('plural forms', () => {
  it('Arabic: every plural category has its own form', () => {
    const forms = [0, 1, 2, 3, 11, 100].map((weeks) => formatText(ALL.ar['review.weeks.value'], { weeks }, 'ar'));
    expect(new Set(forms).size).to.equal(6);
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
    ['zh-Hant', 'zh-Hant', false],
    ['zh-TW', 'zh-Hant', false],
    ['zh-HK', 'zh-Hant', false],
    ['zh-MO', 'zh-Hant', false],
    ['zh-Hant-HK', 'zh-Hant', false],
    ['zh_hant_tw', 'zh-Hant', false],
    ['zh-Hans-HK', 'zh-Hans', false],
    ['ko', 'ko', false],
    ['ko-KR', 'ko', false],
    ['vi', 'vi', false],
    ['vi-VN', 'vi', false],
    ['ar', 'ar', false],
    ['ar-EG', 'ar', false],
    ['AR_sa', 'ar', false],
    ['pl', 'pl', false],
    ['pl-PL', 'pl', false],
    ['ro', 'ro', false],
    ['ro-RO', 'ro', false],
    ['ro-MD', 'ro', false],
    ['fr', 'fr', false],
    ['fr-FR', 'fr', false],
    ['fr-CA', 'fr', false],
    ['de-DE', 'en', true],
    ['pt', 'pt', false],
    ['pt-PT', 'pt', false],
    ['pt-BR', 'pt', false],
    ['ur', 'ur', false],
    ['ur-PK', 'ur', false],
    ['bn', 'bn', false],
    ['bn-BD', 'bn', false],
    ['bn-IN', 'bn', false],
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
