/**
 * JSX types for React 19, which sets properties and listens to events on custom elements:
 * `import type {} from 'bleeding-triage/react';` once in an app makes `<bleeding-triage>` typed.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { Appearance } from './element/attributes.js';
import type { BleedingTriageElement } from './element/bleeding-triage.js';
import type { TriageActionEvent, TriageCompleteEvent, TriageResetEvent, TriageStepEvent } from './element/events.js';
export interface BleedingTriageProps extends DetailedHTMLProps<HTMLAttributes<BleedingTriageElement>, BleedingTriageElement> {
    region?: string;
    'emergency-number'?: string;
    'care-name'?: string;
    'care-phone'?: string;
    'care-url'?: string;
    weeks?: number | string;
    'heading-level'?: number | string;
    appearance?: Appearance;
    /** Set as a property: restores answers. */
    answers?: BleedingTriageElement['answers'];
    /** Set as a property: message overrides. */
    translations?: BleedingTriageElement['translations'];
    /** Set as a property: the care pathway. */
    contacts?: BleedingTriageElement['contacts'];
    'ontriage-step'?: (event: TriageStepEvent) => void;
    'ontriage-complete'?: (event: TriageCompleteEvent) => void;
    'ontriage-action'?: (event: TriageActionEvent) => void;
    'ontriage-reset'?: (event: TriageResetEvent) => void;
}
/** A care-pathway contact, written as a child of `<bleeding-triage>`. */
export interface BleedingTriageContactProps extends DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> {
    name?: string;
    phone?: string;
    url?: string;
    weeks?: string;
    hours?: string;
    timezone?: string;
    'self-referral'?: 'yes' | 'no';
    textphone?: string;
    interpreter?: string;
    note?: string;
    'on-the-way'?: boolean;
}
declare module 'react' {
    namespace JSX {
        interface IntrinsicElements {
            'bleeding-triage': BleedingTriageProps;
            'bleeding-triage-contact': BleedingTriageContactProps;
        }
    }
}
