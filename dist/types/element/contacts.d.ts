import type { Contacts } from './outcome.js';
export interface ContactAttributes {
    region?: string;
    emergencyNumber?: string;
    careName?: string;
    carePhone?: string;
    careUrl?: string;
}
/**
 * Who to call: `emergency-number`, else the region's number, else the locale's region's; never a
 * guess. Bad values are warned about and left out.
 */
export declare function readContacts(attributes: ContactAttributes, locale: string | undefined, baseUrl: string): Contacts;
