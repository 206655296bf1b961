import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Messages } from '../i18n/en.js';
import { type Locale } from '../i18n/locales.js';
type Host = ReactiveControllerHost & HTMLElement;
/**
 * Follows the element's language live: its own `lang`, else the nearest ancestor's, else
 * English. Loads that locale's catalogue the first time it is needed; until then, and if it
 * cannot load, English shows.
 */
export declare class LocaleController implements ReactiveController {
    #private;
    /** The language tag as written, e.g. "es-MX": its region chooses the emergency number. */
    tag: string | undefined;
    /** The locale asked for. */
    wanted: Locale;
    /** The catalogue on show (undefined for English); `shown` says which locale it is. */
    catalogue: Partial<Messages> | undefined;
    shown: Locale;
    constructor(host: Host);
    get direction(): 'ltr' | 'rtl';
    hostConnected(): void;
    hostDisconnected(): void;
    /** Reads the language again; re-renders the host if it changed. */
    refresh(): void;
}
export {};
