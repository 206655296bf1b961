import type { QuestionId, TriageInput } from '../engine/types.js';
/** The weeks, or else the trimester, or neither: the answers that decide which questions follow. */
export declare const datingOf: ({ weeks, trimester }: TriageInput) => Pick<TriageInput, "weeks" | "trimester">;
/**
 * The questions the element put to the person who gave this (valid) input: what its plan asks at
 * their dating, except that it asks nothing more once the answers call for the emergency number —
 * after the bleeding, or after the symptoms (DESIGN.md §4, `nextStep` in src/element/flow.ts; a
 * test walks the element's flow to hold the two together). A response must not record "none of
 * these" or "not sure" for a question nobody asked.
 */
export declare function askedQuestions(input: TriageInput): QuestionId[];
