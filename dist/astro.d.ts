// Generated from custom-elements.json by scripts/framework-types.mjs: <bleeding-triage> in Astro templates, for astro check.
import type { BleedingTriageElement } from './index.js';

declare global {
  namespace astroHTML.JSX {
    interface BleedingTriageAstroAttributes extends HTMLAttributes {
      /** ISO 3166 country code choosing the emergency number (GB 999, US 911, EU 112…). Default: the locale's region. */
      region?: BleedingTriageElement['region'];
      /** Overrides the emergency number the region gives. */
      'emergency-number'?: BleedingTriageElement['emergencyNumber'];
      /** The host's care contact, e.g. "Maternity triage". */
      'care-name'?: BleedingTriageElement['careName'];
      /** The care contact's phone number, shown as given and dialled as digits. */
      'care-phone'?: BleedingTriageElement['carePhone'];
      /** The care contact's web page; only https: and http: links are used. */
      'care-url'?: BleedingTriageElement['careUrl'];
      /** Weeks from a patient record, shown for the person to confirm (dates go stale). */
      weeks?: BleedingTriageElement['weeks'];
      /** Heading level (1–6) of each page's main heading, so the widget fits the host's outline. */
      'heading-level'?: BleedingTriageElement['headingLevel'];
      /** `light`, `dark`, or `auto` (follows prefers-color-scheme). */
      appearance?: BleedingTriageElement['appearance'];
      /** The ruleset fingerprint the deploying organisation approved (RULES.md prints it). When this widget's differs, it warns in the console and fires `triage-ruleset-mismatch`; the advice still shows. */
      ruleset?: BleedingTriageElement['ruleset'];
    }
    interface IntrinsicElements {
      'bleeding-triage': BleedingTriageAstroAttributes;
    }
  }
}
