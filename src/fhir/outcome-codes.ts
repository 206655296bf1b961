import { SOURCES } from '../engine/sources.js';
import type { AdviceId, CauseId, SourceId, Stage, Urgency } from '../engine/types.js';
import { en } from '../i18n/en.js';
import { enDetails } from '../i18n/en-details.js';
import { formatText } from '../i18n/format.js';

const words = { ...en, ...enDetails } as Record<string, string>;

/** The stages a result can carry (SPEC §2): the engine names them in its types only. */
export const STAGES: readonly Stage[] = ['early', 'mid', 'late', 'unknown'];

/**
 * The outcome's English words with the host's details left generic ("your local emergency
 * number"): a code's display names what it means wherever the advice was given.
 */
const generic = (key: string, care: 'urgent' | 'prompt' = 'urgent') =>
  formatText(words[key], { number: en['number.unknown'], care: en[`care.generic.${care}`], urgentCare: en['urgentCare.unknown'] });

/** English displays and definitions of the outcome's codes, from the catalogues the card uses. */
export const OUTCOME_DISPLAY = {
  urgency: (code: Urgency) => generic(`outcome.title.${code}`, code === 'prompt' ? 'prompt' : 'urgent'),
  stage: (code: Stage) => words[`review.rule.${code}`],
  /** `weekUnpinned`: the words the card uses when the line applies only from a week the person did not pin (SPEC §8). */
  advice: (code: AdviceId, weekUnpinned = false) =>
    generic(weekUnpinned && `advice.${code}.ifWeeks` in words ? `advice.${code}.ifWeeks` : `advice.${code}`, code === 'contact-within-24h' ? 'prompt' : 'urgent'),
  cause: (code: CauseId) => words[`cause.${code}`],
  source: (code: SourceId) => SOURCES[code].title,
} as const;

export const OUTCOME_DEFINITION = {
  cause: (code: CauseId) => words[`cause.${code}.text`],
  source: (code: SourceId) => `Published at ${SOURCES[code].url}`,
} as const;
