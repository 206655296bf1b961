import { ADVICE } from '../engine/advice.js';
import { CAUSES } from '../engine/causes.js';
import { RULES } from '../engine/rules.js';
import { SOURCES } from '../engine/sources.js';
import type { SourceId } from '../engine/types.js';
import { URGENCIES } from '../engine/urgency.js';
import { ANSWERS, BLEEDING, SYMPTOMS } from '../engine/vocabulary.js';
import { RULESET_VERSION } from '../engine/version.js';
import { ANSWER_DEFINITION, ANSWER_DISPLAY, CODE_SYSTEM, type CodeSystemName } from './codes.js';
import { OUTCOME_DEFINITION, OUTCOME_DISPLAY, STAGES } from './outcome-codes.js';
import { TRIMESTER_ANSWERS } from './questionnaire.js';
import type { CodeSystem, CodeSystemConcept } from './types.js';

const concepts = <T extends string>(codes: readonly T[], display?: (code: T) => string, definition?: (code: T) => string | undefined) =>
  codes.map((code): CodeSystemConcept => {
    const meaning = definition?.(code);
    return { code, ...(display && { display: display(code) }), ...(meaning && { definition: meaning }) };
  });

/** What each code system holds, in the order the engine lists it. */
const CONTENT: Record<CodeSystemName, { title: string; description: string; concept: CodeSystemConcept[] }> = {
  bleeding: { title: 'Amount of bleeding', description: 'The heaviest the bleeding has been since it started.', concept: concepts(BLEEDING, ANSWER_DISPLAY.bleeding, ANSWER_DEFINITION.bleeding) },
  symptom: { title: 'Symptoms', description: 'What else the person has, besides the bleeding.', concept: concepts(SYMPTOMS, ANSWER_DISPLAY.symptom, ANSWER_DEFINITION.symptom) },
  trimester: { title: 'Trimester', description: 'The part of the pregnancy, asked when the person is not sure of the weeks; "unknown" when they do not know it either.', concept: concepts(TRIMESTER_ANSWERS, ANSWER_DISPLAY.trimester) },
  answer: { title: 'Yes, no or not sure', description: 'Answers to a yes / no question that keep "not sure" as an answer of its own.', concept: concepts(ANSWERS, ANSWER_DISPLAY.answer) },
  urgency: { title: 'Urgency', description: 'How urgently to get care, lowest first; there is deliberately no lower level.', concept: concepts(URGENCIES, OUTCOME_DISPLAY.urgency) },
  stage: { title: 'Stage of pregnancy', description: 'The stage the advice was read at: early 0–13 weeks, mid 14–27, late 28–45, or unknown.', concept: concepts(STAGES, OUTCOME_DISPLAY.stage) },
  advice: { title: 'Advice', description: 'Each piece of advice the outcome card can give, in the order it gives them.', concept: concepts(ADVICE.map((advice) => advice.id), OUTCOME_DISPLAY.advice) },
  cause: { title: 'Possible causes', description: 'Possible causes the outcome card may name; never a diagnosis.', concept: concepts(CAUSES.map((cause) => cause.id), OUTCOME_DISPLAY.cause, OUTCOME_DEFINITION.cause) },
  rule: { title: 'Rules', description: 'The rows of the rule table (RULES.md in bleeding-triage) that fired for an outcome.', concept: concepts(RULES.map((rule) => rule.id)) },
  source: { title: 'Sources', description: 'The published guidance the rules rest on.', concept: concepts(Object.keys(SOURCES) as SourceId[], OUTCOME_DISPLAY.source, OUTCOME_DEFINITION.source) },
};

const pascal = (name: string) => name.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase());

/**
 * The project's own FHIR R4 CodeSystems, one per vocabulary, versioned with the ruleset: the
 * codes every Questionnaire option and GuidanceResponse output uses, with English displays from
 * the widget's catalogues. For a terminology server; the resources themselves never need them.
 */
export function codeSystems(): CodeSystem[] {
  return (Object.keys(CODE_SYSTEM) as CodeSystemName[]).map((name) => {
    const { title, description, concept } = CONTENT[name];
    return {
      resourceType: 'CodeSystem',
      url: CODE_SYSTEM[name],
      version: RULESET_VERSION,
      name: `BleedingTriage${pascal(name)}`,
      title: `bleeding-triage: ${title.toLowerCase()}`,
      status: 'draft',
      description,
      caseSensitive: true,
      content: 'complete',
      count: concept.length,
      concept,
    };
  });
}
