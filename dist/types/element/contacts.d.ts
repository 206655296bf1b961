import type { Contacts } from './outcome.js';
export interface ContactAttributes {
    region?: string;
    emergencyNumber?: string;
}
/**
 * The numbers every card may need: `emergency-number`, else the region's number, else the
 * locale's region's, never a guess; the region's urgent-care line. Bad values are warned about
 * and left out.
 */
export declare function readContacts(attributes: ContactAttributes, locale: string | undefined): Contacts;
