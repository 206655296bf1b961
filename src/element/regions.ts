/**
 * Emergency (ambulance) numbers by ISO 3166 country code, and urgent-care lines where one is
 * national. Only numbers confirmed from public sources are listed; any other region gets the
 * words "your local emergency number", never a guessed number (DESIGN.md §3).
 *
 * Sources: European Commission, "112 — the European emergency number"
 * (https://digital-strategy.ec.europa.eu/en/policies/112) for the EU, Iceland and
 * Liechtenstein; Wikipedia, "List of emergency telephone numbers" for the others, where the
 * number is the ambulance (medical) line: NHS 999 and 111 (GB), 911 (US, CA, MX), 000 (AU),
 * 111 (NZ), 120 (CN), 995 (SG), 119 (JP, KR, TW), 192 SAMU (BR), 997 Red Crescent (SA),
 * 998 (AE), 123 (EG), 101 Magen David Adom (IL), 112 ERSS (IN), 10177 (ZA), 144 (CH), 113 (NO),
 * 115 (VN, the ambulance line), 999 (BD, the national emergency service). Pakistan has no one
 * national ambulance number (Rescue 1122 is provincial), so it gets the words, not a guess.
 * Hosts that know better set `emergency-number`.
 */
const EMERGENCY_NUMBERS: Record<string, string> = {
  GB: '999', IM: '999', JE: '999', GG: '999', HK: '999', MO: '999', MY: '999', QA: '999', BH: '999',
  US: '911', CA: '911', MX: '911', PR: '911', PH: '911', JO: '911',
  AU: '000', NZ: '111', CN: '120', TW: '119', JP: '119', KR: '119', SG: '995', IN: '112',
  BR: '192', SA: '997', AE: '998', EG: '123', IL: '101', ZA: '10177', CH: '144', NO: '113', KW: '112',
  VN: '115', BD: '999',
};
// The 27 EU member states, plus Iceland and Liechtenstein: 112 everywhere.
for (const code of 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI'.split(' ')) {
  EMERGENCY_NUMBERS[code] = '112';
}

const URGENT_CARE_NUMBERS: Record<string, string> = { GB: '111' };

const normalise = (region: string | undefined) => region?.trim().toUpperCase() ?? '';

/** The ambulance number for a region, or undefined when it is not known. */
export function emergencyNumberFor(region: string | undefined): string | undefined {
  return EMERGENCY_NUMBERS[normalise(region)];
}

/** The national urgent-care line (111 in the UK), or undefined. */
export function urgentCareNumberFor(region: string | undefined): string | undefined {
  return URGENT_CARE_NUMBERS[normalise(region)];
}

/** The region a language tag names, as in en-GB or es-419 (only letters count). */
export function regionOfLocale(tag: string | undefined): string | undefined {
  return tag?.split(/[-_]/).slice(1).find((part) => /^[a-z]{2}$/i.test(part))?.toUpperCase();
}

/** Whether a region code is written as ISO 3166 alpha-2. */
export const isRegionCode = (region: string) => /^[A-Za-z]{2}$/.test(region.trim());

/**
 * The number a phone should dial, for a tel: link. Words after the number ("(24h)", "ext. 2")
 * are not part of it; an international number drops the trunk "(0)" (+44 (0)121 → +44121).
 */
export function dialable(phone: string): string {
  const number = phone
    .replace(/^[^\d+*#]*/, '') // a label before it: "Tel:"
    .replace(/\p{L}.*$/su, '') // words after it: "ext. 2", "24 hours"
    .replace(/\([^)]*$/, ''); // and a bracket those words had opened
  const international = number.trimStart().startsWith('+');
  return (international ? number.replace(/\(0\)/g, '') : number).replace(/[^\d+*#]/g, '').replace(/(?!^)\+/g, '');
}
