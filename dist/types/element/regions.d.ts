import type { MessageKey } from '../i18n/en.js';
/** The ambulance number for a region, or undefined when it is not known. */
export declare const emergencyNumberFor: (region: string | undefined) => string | undefined;
/** The national urgent-care line (111 in the UK), or undefined. */
export declare const urgentCareNumberFor: (region: string | undefined) => string | undefined;
/** The words for the region's accessible routes to its emergency number, and the page their {link} opens. */
export interface EmergencyRoutes {
    words: MessageKey;
    link?: string;
}
/** The region's accessible routes to its emergency number, or undefined where no source names them. */
export declare function accessibleEmergencyRoutesFor(region: string | undefined): EmergencyRoutes | undefined;
/** The region a language tag names, as in en-GB or es-419 (only letters count). */
export declare function regionOfLocale(tag: string | undefined): string | undefined;
/** Whether a region code is written as ISO 3166 alpha-2. */
export declare const isRegionCode: (region: string) => boolean;
