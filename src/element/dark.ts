import { unsafeCSS } from 'lit';

// Dark values, shared by appearance="dark" and appearance="auto" in a dark colour scheme.
// A constant (no host input), kept as declarations so both selectors can use it.
export const dark = unsafeCSS(
  '--_text:var(--bleeding-triage-color-text,#f0f4f5);--_surface:var(--bleeding-triage-color-surface,#1d2327);' +
    '--_border:var(--bleeding-triage-color-border,#aeb7bd);--_accent:var(--bleeding-triage-color-accent,#8cc2ff);' +
    '--_on-accent:#0b0c0c;--_muted:#d8dde0;--_scheme:dark;color-scheme:dark',
);
