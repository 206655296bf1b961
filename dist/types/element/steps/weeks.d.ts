import { type TemplateResult } from 'lit';
import { type View } from '../view.js';
export declare const WEEKS_INPUT = "weeks-input";
export interface WeeksPage {
    text: string;
    /** A week the host prefilled, shown for the person to confirm (dates go stale). */
    prefilled?: number;
    onInput(event: Event): void;
    onSubmit(event: Event): void;
    onNotSure(): void;
}
/** "How many weeks pregnant are you?": a number, or "I'm not sure". */
export declare function weeksStep(view: View, page: WeeksPage): TemplateResult;
