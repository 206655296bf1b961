import { planFor } from './plan.js';
import type { QuestionPlan } from './types.js';
import { validatePartialInput } from './validate.js';

/** Which questions are worth asking, given what is known so far. Validates what is present. */
export function questionsFor(partial: unknown = {}): QuestionPlan {
  return planFor(validatePartialInput(partial));
}
