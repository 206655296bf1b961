import { css } from 'lit';
import { dark, light } from './tokens.js';

/**
 * Static styles only (no inline style attributes), so the widget runs under a strict CSP.
 * Sizes are in em, never rem: hosts set odd root sizes. Fonts inherit from the host.
 */
export const styles = css`
  :host {
    ${light};
    --_radius: var(--bleeding-triage-radius, 0.25em);
    --_space: var(--bleeding-triage-space, 1em);
    /* Padding of boxes: the spacing unit, but at most 4 % of the width, so large text keeps room. */
    --_pad: min(var(--_space), 4%);
    /* Touch targets: 2.75em, and never under 44 px however small the host's text. */
    --_target: max(2.75em, 44px);
    /*
     * Buttons fill their line when it is under 30em (a phone, or large text), as NHS.UK buttons
     * do on phones; wider, they fit their words. Measured in em, so 200 % text counts as narrow.
     */
    --_fill: min(100%, max(0px, (30em - 100%) * 999));
    display: block;
    max-width: var(--bleeding-triage-max-width, 40em);
    font-family: var(--bleeding-triage-font-family, inherit);
  }
  /*
   * Everything else is on this inner frame: a host stylesheet can reach the element itself
   * ("* { padding: 0 }"), but nothing inside its shadow root.
   */
  .frame {
    box-sizing: border-box;
    padding: var(--_pad);
    border-radius: inherit;
    color: var(--_text);
    background: var(--_surface);
    color-scheme: var(--_scheme);
    font-size: var(--bleeding-triage-font-size, 1em);
    font-weight: normal;
    font-style: normal;
    /* Hosts' inherited text styles would make the widget hard to read. */
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    white-space: normal;
    /* Break a word only when it cannot fit a line of its own ("anywhere" broke words mid-line). */
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  :host([appearance='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([appearance='auto']) {
      ${dark}
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  p,
  ul,
  ol,
  dl,
  dd,
  fieldset,
  figure {
    margin: 0 0 var(--_space);
  }
  ul,
  ol {
    padding-inline-start: 1.25em;
  }
  li + li {
    margin-block-start: 0.5em;
  }
  fieldset {
    border: 0;
    padding: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.5em;
  }
  button,
  input,
  select {
    font: inherit;
    letter-spacing: inherit;
    text-transform: none;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  :focus-visible,
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  summary:focus-visible {
    outline: 0.2em solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 0.4em var(--_text);
  }
  [tabindex='-1']:focus {
    outline: none;
    box-shadow: none;
  }
  /* Focus moves to the error summary on its own: it shows, as GOV.UK's and NHS.UK's do. */
  [part~='error-summary']:focus {
    outline: 0.2em solid var(--_focus);
    box-shadow: 0 0 0 0.4em var(--_text);
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }

  /* The line that never goes away. */
  [part~='emergency-banner'],
  .signs {
    margin: 0 0 var(--_space);
    padding: 0.5em 0.75em;
    border-inline-start: 0.4em solid var(--_emergency);
    background: color-mix(in srgb, var(--_emergency) 8%, var(--_surface));
  }
  [part~='emergency-banner'] {
    font-weight: bold;
  }
  [part~='emergency-banner'] p {
    margin: 0;
  }
  /* A phone number moves to a line of its own rather than break, unless no line can hold it. */
  .phone {
    display: inline-block;
  }
  .intro,
  .footer {
    color: var(--_muted);
  }
  .footer {
    margin: var(--_space) 0 0;
    font-size: 0.9em;
  }

  /* Question pages. */
  .heading {
    display: block;
    margin: 0 0 0.5em;
    font-size: 1.5em;
    font-weight: bold;
    line-height: 1.25;
  }
  .subheading {
    display: block;
    margin: 1.25em 0 0.5em;
    font-size: 1.2em;
    font-weight: bold;
    line-height: 1.3;
  }
  .progress {
    display: block;
    margin: 0 0 0.25em;
    color: var(--_muted);
  }
  [part~='hint'] {
    margin: 0 0 0.75em;
    color: var(--_muted);
  }
  [part~='hint'] ul {
    margin: 0.25em 0 0;
  }
  .error-message {
    margin: 0 0 0.5em;
    color: var(--_error);
    font-weight: bold;
  }
  .has-error {
    padding-inline-start: 0.75em;
    border-inline-start: 0.3em solid var(--_error);
  }
  [part~='error-summary'] {
    margin: 0 0 var(--_space);
    padding: 0.75em;
    border: 0.25em solid var(--_error);
  }
  [part~='error-summary'] .heading {
    font-size: 1.25em;
  }
  [part~='error-summary'] ul {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  [part~='error-summary'] a {
    color: var(--_error);
    font-weight: bold;
  }
  /* Radios and checkboxes of 40 px (2.5em), as NHS.UK's, on a row of at least 44 px. */
  [part~='option'] {
    display: grid;
    grid-template-columns: 2.5em 1fr;
    column-gap: 0.5em;
    margin: 0 0 0.25em;
  }
  [part~='option'] input {
    inline-size: 2.5em;
    block-size: 2.5em;
    margin: 0.125em 0;
    accent-color: var(--_accent);
  }
  [part~='option'] label {
    min-inline-size: 0;
    padding-block: 0.625em 0.5em;
    cursor: pointer;
  }
  .option-hint {
    grid-column: 2;
    margin-block-start: -0.5em;
    padding-block-end: 0.25em;
    color: var(--_muted);
  }
  .signs {
    padding-block-end: 0;
  }
  .signs-label {
    margin: 0 0 0.25em;
    font-weight: bold;
  }
  .or {
    margin: 0 0 0.5em;
  }
  .weeks-field {
    display: flex;
    align-items: center;
    gap: 0.5em;
    margin: 0 0 var(--_space);
  }
  .weeks-field input {
    inline-size: 4em;
    min-block-size: var(--_target);
    padding: 0.25em 0.5em;
    border: 0.125em solid var(--_border);
    border-radius: 0;
    color: var(--_text);
    background: var(--_surface);
  }
  .weeks-field input[aria-invalid='true'] {
    border-color: var(--_error);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
    margin: var(--_space) 0 0;
  }
  button,
  .cta,
  .call {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: var(--_target);
    min-inline-size: max(var(--_target), var(--_fill));
    padding: 0.4em 0.5em;
    border: 0.125em solid transparent;
    border-radius: var(--_radius);
    font-weight: bold;
    line-height: 1.25;
    text-align: center;
    cursor: pointer;
  }
  /* A link's words are one run of text that wraps (in a flex box, each part would be a column). */
  .cta,
  .call {
    display: inline-block;
    padding-block: 0.75em;
  }
  .call {
    margin: 0.5em 0 0;
    color: var(--_text);
    background: var(--_surface);
    border-color: var(--_emergency);
    text-decoration: none;
  }
  [part~='continue'],
  .cta {
    color: var(--_on-accent);
    background: var(--_accent);
    text-decoration: none;
  }
  .secondary,
  [part~='restart'] {
    color: var(--_accent);
    background: transparent;
    border-color: var(--_accent);
  }
  .link-button,
  [part~='back'] {
    min-inline-size: var(--_target);
    padding-inline: 0.25em;
    color: var(--_accent);
    background: none;
    font-weight: normal;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  [part~='back'] {
    margin: 0 0 0.5em;
  }
  /* The arrow is decoration: its alternative text is empty, so the button is named "Back". */
  [part~='back']::before {
    content: '‹';
    content: '‹' / '';
    display: inline-block; /* keeps the button's underline off the arrow */
    margin-inline-end: 0.35em;
  }
  [dir='rtl'] [part~='back']::before {
    content: '›';
    content: '›' / '';
  }

  /*
   * The outcome, as an NHS.UK care card: blue for within 24 hours, red for urgent, red with a
   * dark body for an emergency. Urgency is in the words, never only in the colour.
   */
  [part~='outcome'] {
    margin: 0 0 var(--_space);
    border: 0.125em solid var(--_border);
    border-radius: var(--_radius);
  }
  .card-heading {
    padding: 0.75em var(--_pad);
    color: #ffffff;
    background: var(--_emergency);
  }
  .outcome--urgent .card-heading {
    background: var(--_urgent);
  }
  .outcome--prompt .card-heading {
    background: var(--_prompt);
  }
  /* As NHS.UK's care card headings: a size smaller, so long words keep to a line on a phone. */
  .card-heading .heading {
    margin: 0;
    font-size: 1.25em;
  }
  .outcome--emergency {
    border-width: 0.3em;
    border-color: var(--_emergency);
  }
  .card-body {
    padding: var(--_pad);
  }
  .outcome--emergency .card-body {
    --_text: #ffffff;
    --_accent: #ffffff;
    --_muted: #ffffff;
    --_surface: var(--_alarm);
    color: var(--_text);
    background: var(--_surface);
  }
  .card-body > :last-child {
    margin-block-end: 0;
  }
  .cta {
    margin: 0 0 var(--_space);
  }
  .outcome--emergency .cta {
    color: #ffffff;
    background: var(--_emergency);
    border-color: #ffffff;
  }
  [part~='cause'] strong {
    display: block;
  }
  .not-diagnosis {
    font-weight: bold;
  }
  .answers {
    margin: 0 0 var(--_space);
  }
  .answers div {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    padding-block: 0.5em;
    border-block-end: 0.0625em solid var(--_border);
  }
  .answers dt {
    flex: 1 1 10em;
    font-weight: bold;
  }
  .answers dd {
    flex: 2 1 12em;
    margin: 0;
  }
  .answers .link-button {
    min-block-size: var(--_target);
  }
  [part~='sources'] {
    margin: 0 0 var(--_space);
  }
  [part~='sources'] summary {
    display: list-item;
    min-block-size: var(--_target);
    padding-block: 0.5em;
    color: var(--_accent);
    cursor: pointer;
  }
  .cite {
    margin-inline-start: 0.25em;
  }

  /*
   * Forced colours: the system's own colours apply everywhere (never opted out of: the opt-out
   * is inherited). Boxes that a background marked get a border, and buttons keep their edges.
   */
  @media (forced-colors: active) {
    [part~='emergency-banner'],
    .signs {
      border: 0.125em solid CanvasText;
    }
    .card-heading {
      border-block-end: 0.125em solid CanvasText;
    }
    .cta,
    .call {
      border-color: LinkText;
    }
    button {
      border-color: ButtonText;
    }
    .link-button,
    [part~='back'] {
      border-color: transparent;
    }
    :focus-visible,
    a:focus-visible,
    button:focus-visible,
    input:focus-visible,
    summary:focus-visible,
    [part~='error-summary']:focus {
      outline-color: Highlight;
    }
  }

  @media print {
    :host {
      max-width: none;
    }
    .frame {
      color: #000000;
      background: #ffffff;
    }
    button,
    .actions,
    .intro {
      display: none !important;
    }
    .card-heading {
      color: #000000 !important;
      background: none !important;
      border-block-end: 0.125em solid #000000;
    }
    /* Paper has no dark background: the emergency card's body prints black on white. */
    .outcome--emergency .card-body {
      --_text: #000000;
      --_accent: #000000;
      --_muted: #000000;
      --_surface: #ffffff;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
    }
  }
`;
