import type { Messages } from './en.js';
import type { ReviewStatus } from './review.js';
/**
 * Romanian: translates en.ts + en-details.ts for clinical content version 3, key for key in the
 * same order. Needs review by a clinical translator before clinical use.
 *
 * Register: the polite plural ("sunați", "aveți"), as NHS Scotland's Romanian patient charter and
 * Romania's health services address patients; the pronoun "dumneavoastră" only where the
 * sentence needs it. Feminine where Romanian needs a gender ("confuză"), answers kept neutral.
 *
 * Glossary (keep new keys consistent):
 * - weeks: plural one/few/other: 1 săptămână / 2–19 săptămâni / 20 de săptămâni ("de" from 20,
 *   as Intl.PluralRules('ro') puts 20–100 in "other"); fixed numbers likewise: "24 de săptămâni",
 *   "12 săptămâni", "72 de ore"
 * - bleeding: sângerare; spotting: pete de sânge; heavy: abundentă; light: ușoară
 * - miscarriage: avort spontan; threatened miscarriage: iminență de avort spontan
 * - ectopic pregnancy: sarcină extrauterină; fallopian tube: trompă uterină
 * - low-lying placenta: placentă joasă; placenta praevia: placenta praevia; vasa praevia;
 *   placental abruption: dezlipirea placentei
 * - waters breaking: "vi se rupe apa" (as the NHS Mum & Baby app's Romanian pages); a show:
 *   eliminarea dopului gelatinos
 * - pre-eclampsia: preeclampsie; preterm labour: naștere prematură
 * - midwife: moașă; maternity unit: maternitate; early pregnancy unit: unitatea de sarcină
 *   timpurie; emergency department: urgențe (UPU); scan: ecografie; maternity notes: carnetul de
 *   gravidă; RhD negative: RhD negativ; injection: injecție (no drug name)
 * - {number}, {urgentCare} and {care} follow "la" ("sunați la 112", "sunați la maternitate").
 * - never: normal, inofensiv, "nu vă faceți griji", repaus la pat, drug names.
 */
export declare const messages: Messages;
/** Not yet reviewed by a clinical translator (README, "Languages"). */
export declare const review: ReviewStatus;
