import { readPhone, readText, warn } from './attributes.js';
import type { Contacts } from './outcome.js';
import { accessibleEmergencyRoutesFor, emergencyNumberFor, isRegionCode, regionOfLocale, urgentCareNumberFor } from './regions.js';

export interface ContactAttributes {
  region?: string;
  emergencyNumber?: string;
}

/**
 * The numbers every card may need: `emergency-number`, else the region's number, else the
 * locale's region's, never a guess; the region's urgent-care line. Bad values are warned about
 * and left out.
 */
export function readContacts(attributes: ContactAttributes, locale: string | undefined): Contacts {
  let region = readText('region', attributes.region);
  if (region && !isRegionCode(region)) {
    warn('region', attributes.region, 'expected a two-letter country code such as GB or US');
    region = undefined;
  }
  region ||= regionOfLocale(locale);
  const override = readPhone('emergency-number', attributes.emergencyNumber);
  const number = emergencyNumberFor(region);
  if (attributes.region && region && !number && !override) {
    warn('region', attributes.region, 'no emergency number is known for it, so the words "your local emergency number" show; set emergency-number to give one');
  }
  return {
    emergency: override ?? (number ? { text: number, dial: number } : undefined),
    // The region's routes are for its own number, not one the host put in its place.
    emergencyRoutes: override ? undefined : accessibleEmergencyRoutesFor(region),
    urgentCare: urgentCareNumberFor(region),
  };
}
