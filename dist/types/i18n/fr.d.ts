import type { Messages } from './en.js';
import type { ReviewStatus } from './review.js';
/**
 * French (France, "vous"): translates en.ts + en-details.ts for clinical content version 3, key for
 * key in the same order. Needs review by a clinical translator before clinical use.
 *
 * Register: "vous", as ameli.fr (Assurance Maladie) and the NHS's own French material address
 * patients; feminine agreement where French needs one ("évanouie", "inquiète"), as for a
 * pregnant woman.
 *
 * Glossary (keep new keys consistent):
 * - weeks: counted from the first day of the last period, which France calls "semaines
 *   d’aménorrhée" (SA); the weeks page says so once, elsewhere "semaines". Plural one/other:
 *   0 semaine, 1 semaine, 2 semaines ("many" is for millions and never reached)
 * - bleeding: saignement; spotting: petites pertes de sang; heavy: abondant; light: léger
 * - miscarriage: fausse couche; threatened miscarriage: menace de fausse couche
 * - ectopic pregnancy: grossesse extra-utérine; fallopian tube: trompe
 * - low-lying placenta: placenta bas; placenta praevia: placenta prævia; vasa prævia;
 *   placental abruption: décollement du placenta
 * - waters breaking: perdre les eaux; a show: perte du bouchon muqueux
 * - pre-eclampsia: pré-éclampsie; preterm labour: accouchement prématuré
 * - midwife: sage-femme; maternity unit: maternité; early pregnancy unit: unité de début de
 *   grossesse; emergency department: les urgences; scan: échographie; maternity notes: dossier
 *   de grossesse; RhD negative: RhD négatif; injection (no drug name)
 * - {number} and {urgentCare} follow "le" ("appelez le 999", "appelez le numéro d’urgence
 *   local"); {care} carries its own "votre".
 * - punctuation: an ordinary space before : ? ; (the flow test compares whitespace-normalised
 *   text with these strings, so a no-break space would need that test changed too)
 * - never: normal, inoffensif, sans danger, "ne vous inquiétez pas", repos au lit / alitement,
 *   drug names.
 *
 * Also read, left out of `review.sources` to keep the file within 5 KB brotli: Patient.info's
 * French "Fausses couches et saignements en début de grossesse" (UK; its "inoffensifs" is not
 * followed), https://fr.patient.info/pregnancy/miscarriage-and-bleeding-in-early-pregnancy, and
 * ARS Bretagne, "Le suivi de grossesse" ("sage-femme", "24 SA"), https://bretagne.ars.sante.fr/le-suivi-de-grossesse.
 */
export declare const messages: Messages;
/** Not yet reviewed by a clinical translator (README, "Languages"). */
export declare const review: ReviewStatus;
