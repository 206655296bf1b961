/**
 * `bleeding-triage/react`: `<BleedingTriage>`, a React component made with @lit/react. It sets
 * properties and event listeners on the element itself, after every render, so they hold after
 * server rendering and hydration, where React leaves a plain tag's properties and `on…` props
 * unset (react/react#35446). Importing it registers the tag.
 *
 * Its types (dist/react.d.ts) and the JSX types for the plain `<bleeding-triage>` tag
 * (dist/jsx.d.ts) are written from custom-elements.json by scripts/framework-types.mjs.
 */
import { createComponent } from '@lit/react';
import * as React from 'react';
// From define.js, which registers the tag: a bare `import './define.js'` would be dropped by
// bundlers that trust package.json's `sideEffects`, and the tag would never be defined.
import { BleedingTriageElement } from './define.js';
import type { BleedingTriageEventMap } from './element/events.js';

type PascalCase<Name extends string> = Name extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${PascalCase<Tail>}` : Capitalize<Name>;

/** Each event as a prop, `onTriageComplete` for `triage-complete`; the type fails when an event is missing. */
const events = {
  onTriageStep: 'triage-step',
  onTriageComplete: 'triage-complete',
  onTriageAction: 'triage-action',
  onTriageReset: 'triage-reset',
  onTriageRulesetMismatch: 'triage-ruleset-mismatch',
} as const satisfies { [Name in keyof BleedingTriageEventMap as `on${PascalCase<Name>}`]: Name };

export const BleedingTriage = createComponent({
  react: React,
  tagName: 'bleeding-triage',
  elementClass: BleedingTriageElement,
  events,
  displayName: 'BleedingTriage',
});
