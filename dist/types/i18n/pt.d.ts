import type { Messages } from './en.js';
import type { ReviewStatus } from './review.js';
/**
 * Portuguese, the European variety (pt-PT): translates en.ts + en-details.ts for clinical content
 * version 3, key for key in the same order. Needs review by a clinical translator before clinical
 * use. European, not Brazilian: most Portuguese speakers in England come from Portugal (and
 * Madeira), and UK health services write their Portuguese that way (bebé, telefone, contacte);
 * Brazilian readers understand it. `pt-BR` resolves here too.
 *
 * Register: the formal third person without a pronoun, as SNS 24 and the NHS write to patients
 * ("Ligue", "Contacte", "a sua parteira"); the reader is addressed in the feminine ("preocupada",
 * "sozinha"). Quotation marks « ».
 *
 * Glossary (keep new keys consistent):
 *   bleeding: sangramento (a sangrar); heavy: abundante; light: ligeiro; spotting: pequenas
 *   perdas de sangue (spotting) · period: menstruação · pad: penso higiénico · clot: coágulo ·
 *   midwife: parteira · maternity unit: maternidade · early pregnancy unit: unidade de início da
 *   gravidez · emergency department: serviço de urgência · your local emergency number: número de
 *   emergência da sua zona (no article: messages say "ligue para o {number}") · scan: ecografia ·
 *   womb: útero · cervix: colo do útero · fallopian tube: trompa de Falópio · miscarriage: aborto
 *   espontâneo; threatened miscarriage: ameaça de aborto espontâneo · ectopic pregnancy: gravidez
 *   ectópica · low-lying placenta: placenta baixa · placenta praevia: placenta prévia · vasa praevia:
 *   vasa prévia · placental abruption: descolamento da placenta · preterm labour: trabalho de parto
 *   prematuro (pré-termo) · show: perda do rolhão mucoso · waters break: a bolsa de águas rompe ·
 *   contractions: contrações · baby's movements: movimentos do bebé · blood group: grupo sanguíneo
 *   (RhD positivo/negativo) · maternity notes: notas de maternidade · injection: injeção · coil:
 *   DIU ou SIU · IVF: fertilização in vitro (FIV) · usual (never "normal"): habitual · not a
 *   diagnosis: não é um diagnóstico · weeks: 1 semana, 2 semanas; 0 semanas (the `pt` plural rules
 *   put 0 with 1, European Portuguese does not: hence `=0`).
 */
export declare const messages: Messages;
/** Not yet reviewed by a clinical translator (README, "Languages"). */
export declare const review: ReviewStatus;
