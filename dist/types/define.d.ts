/**
 * The drop-in entry: registers <bleeding-triage> and <bleeding-triage-contact> (its care
 * pathway). Importing it twice, or alongside another copy, is harmless (the first definition
 * stays). The headless engine is `engine.js`.
 */
import { BleedingTriageElement } from './element/bleeding-triage.js';
import type { BleedingTriageContactElement } from './element/contact-element.js';
export { BleedingTriageElement };
export * from './element/events.js';
declare global {
    interface HTMLElementTagNameMap {
        'bleeding-triage': BleedingTriageElement;
        'bleeding-triage-contact': BleedingTriageContactElement;
    }
}
