import { type TemplateResult } from 'lit';
import type { MessageKey } from '../../i18n/en.js';
import { type Option, type View } from '../view.js';
export interface ChoicePage {
    name: string;
    question: MessageKey;
    hint: unknown;
    choices: Option[];
    selected: string | undefined;
    progress: TemplateResult;
    onChange(event: Event): void;
    onSubmit(event: Event): void;
}
/** One question answered with one choice: native radios in a fieldset whose legend is the heading. */
export declare function choiceStep(view: View, page: ChoicePage): TemplateResult;
