import { type TemplateResult } from 'lit';
import { type View } from '../view.js';
export declare const WEEKS_INPUT = "weeks-input";
export interface WeeksPage {
    /** The text the field opens with. The field is then the person's: nothing rewrites it while they type. */
    text: string;
    /** A week the host prefilled, shown for the person to confirm (dates go stale). */
    prefilled?: number;
    onSubmit(event: Event): void;
    onNotSure(): void;
}
/** "How many weeks pregnant are you?": a number, or "I'm not sure". */
export declare function weeksStep(view: View, page: WeeksPage): TemplateResult;
