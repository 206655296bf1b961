import { type TemplateResult } from 'lit';
import type { Symptom } from '../../engine/types.js';
import { type View } from '../view.js';
export declare const NONE = "none";
export interface SymptomsPage {
    offered: readonly Symptom[];
    /** The ticked symptoms, or [NONE]. */
    ticked: readonly string[];
    progress: TemplateResult;
    onChange(event: Event): void;
    onSubmit(event: Event): void;
}
/**
 * "Do you have any of these as well?": checkboxes, with an exclusive "None of these". The
 * emergency signs come first, in a box of their own with a name, so they are found at a glance;
 * the page still asks one question, and the box is a group within it, not a heading.
 */
export declare function symptomsStep(view: View, page: SymptomsPage): TemplateResult;
