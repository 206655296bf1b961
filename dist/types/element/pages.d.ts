import { type TemplateResult } from 'lit';
import type { Symptom } from '../engine/types.js';
import type { Draft } from './draft.js';
import type { TriageStep } from './events.js';
import { type View } from './view.js';
export interface QuestionPage {
    step: Exclude<TriageStep, 'outcome'>;
    draft: Draft;
    prefilledWeeks?: number;
    offered: readonly Symptom[];
    /** 1-based position among the question pages, and how many there are. */
    position: [number, number];
    edit(change: Partial<Draft>): void;
    tick(box: HTMLInputElement): void;
    submit(): void;
    notSure(): void;
}
/** The question page for a step, wired to the draft it edits. */
export declare function questionPage(view: View, page: QuestionPage): TemplateResult;
