import type { MessageKey } from '../i18n/en.js';

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

/**
 * Ways to reach the emergency number for people who are deaf, hard of hearing or cannot speak,
 * shown under the emergency call button, only where a public source names them:
 * - GB: from a textphone, 18000 reaches 999 through the text relay service (British Red Cross,
 *   "How to request emergency help", http://www.redcross.org.uk/en/What-we-do/First-aid/Accessible-first-aid/How-to-request-emergency-help;
 *   Cambridgeshire Constabulary, "Accessible contact methods", https://www.contactcambspolice.uk/Contact/Accessible.aspx);
 *   999 BSL, the emergency video relay in British Sign Language, by app or at 999bsl.co.uk (Ofcom,
 *   "Emergency video relay", https://www.ofcom.org.uk/phones-and-broadband/accessibility/emergency-video-relay/).
 * - US: call 911 from a TTY or through a relay service; text 911 where text-to-911 is available,
 *   a voice call being best (FCC, "What you need to know about text-to-911",
 *   https://www.fcc.gov/what-you-need-know-about-text-911; National Association of the Deaf,
 *   "Access to 911 emergency services", https://www.nad.org/resources/technology/access-to-911-emergency-services/).
 */
const ACCESSIBLE_EMERGENCY_ROUTES: Record<string, EmergencyRoutes> = {
  GB: { words: 'emergency.access.GB', link: 'https://www.999bsl.co.uk/' },
  US: { words: 'emergency.access.US' },
};

/** A table's own entry only: a code another script put on Object.prototype is not a number. */
function lookUp(table: Record<string, string>, region: string | undefined): string | undefined {
  const code = region?.trim().toUpperCase() ?? '';
  return Object.hasOwn(table, code) ? table[code] : undefined;
}

/** The ambulance number for a region, or undefined when it is not known. */
export const emergencyNumberFor = (region: string | undefined) => lookUp(EMERGENCY_NUMBERS, region);

/** The national urgent-care line (111 in the UK), or undefined. */
export const urgentCareNumberFor = (region: string | undefined) => lookUp(URGENT_CARE_NUMBERS, region);

/** The words for the region's accessible routes to its emergency number, and the page their {link} opens. */
export interface EmergencyRoutes {
  words: MessageKey;
  link?: string;
}

/** The region's accessible routes to its emergency number, or undefined where no source names them. */
export function accessibleEmergencyRoutesFor(region: string | undefined): EmergencyRoutes | undefined {
  const code = region?.trim().toUpperCase() ?? '';
  return Object.hasOwn(ACCESSIBLE_EMERGENCY_ROUTES, code) ? ACCESSIBLE_EMERGENCY_ROUTES[code] : undefined;
}

/** The region a language tag names, as in en-GB or es-419 (only letters count). */
export function regionOfLocale(tag: string | undefined): string | undefined {
  return tag?.split(/[-_]/).slice(1).find((part) => /^[a-z]{2}$/i.test(part))?.toUpperCase();
}

/** Whether a region code is written as ISO 3166 alpha-2. */
export const isRegionCode = (region: string) => /^[A-Za-z]{2}$/.test(region.trim());
