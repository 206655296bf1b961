import type { Messages } from './en.js';
import type { ReviewStatus } from './review.js';
/**
 * Polish: translates en.ts + en-details.ts for clinical content version 3, key for key in the same
 * order. Needs review by a clinical translator before clinical use.
 *
 * Register: the informal "ty", kind and direct, as in the NHS Polish consent leaflet ("to Twoja
 * decyzja") and Polish public hospitals' pages for pregnant women; feminine forms where Polish
 * needs a gender ("zemdlałaś"), answers the person gives kept neutral ("Nie wiem na pewno").
 *
 * Glossary (keep new keys consistent):
 * - bleeding: krwawienie; spotting: plamienie; heavy: obfite; light: niewielkie
 * - weeks: completed weeks, said as how long the pregnancy has lasted ("ciąża trwa 24 tygodnie lub
 *   dłużej"), never the ordinal "w 24. tygodniu"; plural one/few/many/other: tydzień / tygodnie /
 *   tygodni / tygodnia; after "od"/"do": tygodnia / tygodni; input suffix "tyg."
 * - miscarriage: poronienie; threatened miscarriage: poronienie zagrażające
 * - ectopic pregnancy: ciąża pozamaciczna; fallopian tube: jajowód
 * - low-lying placenta: nisko położone łożysko; placenta praevia: łożysko przodujące;
 *   vasa praevia: naczynia przodujące; placental abruption: przedwczesne odklejenie łożyska
 * - waters breaking: odejście wód płodowych; a show: odejście czopu śluzowego
 * - pre-eclampsia: stan przedrzucawkowy; preterm labour: przedwczesny poród
 * - midwife: położna; maternity unit: oddział położniczy; early pregnancy unit: poradnia wczesnej
 *   ciąży; emergency department: szpitalny oddział ratunkowy (SOR); scan: USG
 * - maternity notes: karta ciąży; RhD negative: czynnik RhD ujemny; injection: zastrzyk (no drug name)
 * - {care} follows "zadzwonić do" (genitive) on urgent cards and "skontaktować się z" (instrumental)
 *   on 24-hour cards, so care.generic.urgent / .prompt are written in those cases; {number} and
 *   {urgentCare} follow "pod".
 * - never: normalny, prawidłowy, nieszkodliwy, "nie ma się czym martwić", leżenie w łóżku, drug names.
 *
 * Also read, left out of `review.sources` to keep the file within 5 KB brotli: NHS Health Scotland,
 * „Ciąża i pierwsze tygodnie życia noworodka” (formal "Państwo"; docplayer.pl/1756917), and the
 * Poznań public maternity hospital's „Chcę prowadzić ciążę” (informal "ty";
 * https://www.gpsk.ump.edu.pl/pl/chce-prowadzic-ciaze).
 */
export declare const messages: Messages;
/** Not yet reviewed by a clinical translator (README, "Languages"). */
export declare const review: ReviewStatus;
