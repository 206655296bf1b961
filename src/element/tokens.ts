import { unsafeCSS } from 'lit';

// Every colour the widget paints, in one place, as `--_name: value` declarations for styles.ts to
// place under its selectors (constants, no host input). `light` is the default; `dark` serves both
// appearance="dark" and appearance="auto" in a dark colour scheme, so the two never differ.
// `alarm` is the emergency card's body: dark with white text, as NHS.UK's "immediate" care card.

export const light = unsafeCSS(
  '--_text:var(--bleeding-triage-color-text,#212b32);--_surface:var(--bleeding-triage-color-surface,#ffffff);' +
    '--_border:var(--bleeding-triage-color-border,#4c6272);--_accent:var(--bleeding-triage-color-accent,#005eb8);' +
    '--_on-accent:#ffffff;--_focus:var(--bleeding-triage-color-focus,#ffeb3b);' +
    '--_emergency:var(--bleeding-triage-color-emergency,#d5281b);--_urgent:var(--bleeding-triage-color-urgent,#d5281b);' +
    '--_prompt:var(--bleeding-triage-color-prompt,#005eb8);--_error:var(--bleeding-triage-color-emergency,#d5281b);' +
    '--_muted:#4c6272;--_alarm:#212b32;--_scheme:light',
);

export const dark = unsafeCSS(
  '--_text:var(--bleeding-triage-color-text,#f0f4f5);--_surface:var(--bleeding-triage-color-surface,#1d2327);' +
    '--_border:var(--bleeding-triage-color-border,#aeb7bd);--_accent:var(--bleeding-triage-color-accent,#8cc2ff);' +
    '--_on-accent:#0b0c0c;--_error:#ff8a80;--_muted:#d8dde0;--_alarm:#0b0c0c;--_scheme:dark',
);
