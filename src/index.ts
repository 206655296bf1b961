/** Everything public, without registering the tag (import `define.js` for that). */
export { BleedingTriageElement } from './element/bleeding-triage.js';
export { BleedingTriageContactElement } from './element/contact-element.js';
export type { CareContact } from './element/pathway.js';
export * from './element/events.js';
export type { Appearance } from './element/attributes.js';
export type { Messages, MessageKey } from './i18n/en.js';
export * from './engine/index.js';
