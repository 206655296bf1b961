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
export const messages: Messages = {
  // Always visible.
  'banner.text': 'Dacă sângerați abundent, aveți dureri puternice, simțiți că leșinați sau nu vă ajunge aerul ori cineva s-a prăbușit, sunați acum la {number}.',
  'number.unknown': 'numărul local de urgență',
  'intro.text': 'Răspundeți la câteva întrebări despre sângerare ca să aflați cât de repede aveți nevoie de îngrijire și ce să faceți acum.',
  'footer.text': 'Acest instrument oferă sfaturi generale. Nu este un diagnostic și nu înlocuiește moașa sau medicul.',

  // Question pages.
  progress: 'Întrebarea {current} din {total}',
  back: 'Înapoi',
  continue: 'Continuați',
  loading: 'Se încarcă…',
  'error.title': 'Există o problemă',
  'error.prefix': 'Eroare:',

  'weeks.question': 'Câte săptămâni de sarcină aveți?',
  'weeks.hint': 'Numărați de la prima zi a ultimei menstruații sau folosiți datele de la ecografie. Dacă aveți 12 săptămâni și 3 zile, scrieți 12.',
  'weeks.prefilled': 'Fișa dumneavoastră arată {weeks, plural, one {# săptămână} few {# săptămâni} other {# de săptămâni}}. Verificați dacă mai este corect înainte să continuați.',
  'weeks.suffix': 'săptămâni',
  'weeks.notSure': 'Nu știu câte săptămâni am',
  'weeks.error.missing': 'Scrieți câte săptămâni de sarcină aveți sau alegeți „Nu știu câte săptămâni am”',
  'weeks.error.notNumber': 'Scrieți săptămânile ca număr, de exemplu 12',
  'weeks.error.whole': 'Scrieți doar săptămâni întregi, de exemplu 12',
  'weeks.error.range': 'Scrieți un număr de săptămâni de la {min} la {max}',

  'trimester.question': 'În ce etapă a sarcinii sunteți?',
  'trimester.hint': 'Alegeți varianta cea mai apropiată. Dacă nu știți, nu e nicio problemă: sfatul va fi sigur pentru orice etapă.',
  'trimester.first': 'Primele 3 luni (trimestrul I)',
  'trimester.second': 'Lunile 4–6 (trimestrul II)',
  'trimester.third': 'De la luna a 7-a până la sfârșit (trimestrul III)',
  'trimester.unknown': 'Nu știu',
  'trimester.error': 'Alegeți etapa sarcinii sau „Nu știu”',

  'bleeding.question': 'Cât de mult sângerați?',
  'bleeding.hint': 'Alegeți cea mai puternică sângerare de când a început, chiar dacă între timp s-a redus.',
  'bleeding.spotting': 'Pete de sânge',
  'bleeding.spotting.hint': 'Câteva picături sau urme roz ori maronii',
  'bleeding.light': 'Sângerare ușoară',
  'bleeding.light.hint': 'Mai puțin decât la menstruație',
  'bleeding.heavy': 'Sângerare abundentă',
  'bleeding.heavy.hint': 'Ca la menstruație sau mai mult, un absorbant îmbibat în mai puțin de o oră sau cheaguri mari',
  'bleeding.error': 'Alegeți cât de mult sângerați',

  'symptoms.question': 'Aveți și vreunul dintre aceste simptome?',
  'symptoms.hint': 'Bifați tot ce se potrivește.',
  'symptoms.emergencySigns': 'Semne de urgență',
  'symptoms.none': 'Niciunul dintre acestea',
  'symptoms.or': 'sau',
  'symptoms.error': 'Bifați tot ce se potrivește sau „Niciunul dintre acestea”',
  // Offered with the emergency signs first (SPEC §6); a hint carries the detail, so labels stay short.
  'symptom.nausea': 'Greață, vărsături sau schimbarea poftei de mâncare',
  'symptom.mild-cramps': 'Crampe ușoare sau o durere ușoară în partea de jos a burții',
  'symptom.one-sided-pain': 'Durere într-o parte a burții, jos',
  'symptom.severe-pain': 'Durere puternică sau continuă în burtă sau în spate',
  'symptom.severe-pain.hint': 'Sau burta este tare și dureroasă',
  'symptom.shoulder-tip-pain': 'Durere în vârful umărului',
  'symptom.shoulder-tip-pain.hint': 'Acolo unde se termină umărul și începe brațul',
  'symptom.dizziness-fainting': 'Simțiți că leșinați sau amețiți tare, ori ați leșinat',
  'symptom.dizziness-fainting.hint': 'Sau sunteți foarte palidă, rece ori transpirată, inima bate foarte repede, respirați greu, aveți durere în piept sau sunteți confuză',
  'symptom.very-unwell': 'Vă simțiți foarte rău',
  'symptom.very-unwell.hint': 'Sau simțiți că se întâmplă ceva grav',
  'symptom.clots-or-tissue': 'Eliminați cheaguri mici sau țesut',
  'symptom.fever': 'Febră sau frisoane',
  'symptom.fever.hint': 'Sau scurgeri cu miros neplăcut',
  'symptom.contractions': 'Contracții regulate (burta se întărește) sau dureri ca la menstruație, care vin și trec',
  'symptom.fluid-leak': 'Lichid care țâșnește sau se prelinge din vagin',
  'symptom.fluid-leak.hint': 'Poate vi s-a rupt apa',
  'symptom.reduced-movements': 'Copilul se mișcă mai puțin decât de obicei sau deloc',
  'symptom.headache-vision': 'Durere de cap puternică sau probleme de vedere',
  'symptom.headache-vision.hint': 'Sau durere chiar sub coaste, vărsături cu oricare dintre acestea ori umflarea bruscă a feței, mâinilor sau picioarelor',
  'symptom.trauma': 'O cădere, o lovitură în burtă sau un accident de mașină',
  'symptom.trauma.hint': 'Sau cineva v-a făcut rău',
  'symptom.after-sex': 'Sângerarea a început după un contact sexual',
  'symptom.pain-toilet': 'Durere sau disconfort când urinați sau aveți scaun',
  'symptom.worried': 'Altceva legat de această situație vă îngrijorează',

  'ectopic.question': 'Vi se aplică vreuna dintre acestea?',
  'ectopic.hint': 'Acestea fac mai probabilă o sarcină extrauterină (în afara uterului):',
  'ectopic.reason.before': 'ați mai avut o sarcină extrauterină',
  'ectopic.reason.tubes': 'ați avut o operație pe trompele uterine sau o infecție pelvină',
  'ectopic.reason.ivf': 'această sarcină este obținută prin fertilizare in vitro',
  'ectopic.reason.coil': 'aveți sterilet (DIU, cu cupru sau hormonal)',
  'placenta.question': 'V-a arătat o ecografie că aveți placenta joasă (placenta praevia)?',
  'placenta.hint': 'Asta înseamnă că placenta este jos în uter, aproape de colul uterin sau peste el. De obicei se vede la ecografia de la 20 de săptămâni.',
  'answer.yes': 'Da',
  'answer.no': 'Nu',
  'answer.notSure': 'Nu știu sigur',
  'placenta.notSure': 'Nu știu sigur sau nu am făcut această ecografie',
  'answer.error': 'Alegeți „Da”, „Nu” sau „Nu știu sigur”',

  // The outcome card.
  'outcome.prefix.emergency': 'Acționați imediat:',
  'outcome.prefix.urgent': 'Sfat urgent:',
  'outcome.prefix.prompt': 'Sfat:',
  'outcome.title.emergency': 'Sunați acum la {number} sau mergeți la urgențe',
  'outcome.title.urgent': 'Sunați acum la {care}',
  'outcome.title.prompt': 'Contactați {care} în următoarele 24 de ore',
  'care.generic.urgent': 'maternitate, la unitatea de sarcină timpurie sau la medic',
  'care.generic.prompt': 'moașa, medicul sau unitatea de sarcină timpurie',
  'cta.emergency': 'Sunați la {number}',
  'cta.carePhone': 'Sunați la {name}: {phone}',
  'cta.careUrl': 'Contactați {name}',
  'cta.careFallbackName': 'echipa care vă îngrijește',
  'outcome.notDiagnosis': 'Acesta nu este un diagnostic. Doar o moașă sau un medic vă poate spune ce se întâmplă.',
  'outcome.doNow': 'Ce să faceți acum',
  'outcome.details.loading': 'Se încarcă restul sfaturilor…',
  'outcome.details.unavailable': 'Restul sfaturilor nu s-a încărcat. Ce vedeți mai sus este ce contează acum.',
  'outcome.restart': 'Începeți din nou',
  'outcome.ready': 'Sfatul este gata.',

  // Advice that never waits for the rest of the outcome: the action and the safety net (SPEC §5
  // bands 1 and 2), and the one line an emergency card adds. The rest is in en-details.ts.
  // `.ifWeeks`: the same advice when the person's week is not pinned (SPEC §8).
  'advice.call-emergency': 'Cereți o ambulanță sau mergeți direct la urgențe (UPU). Nu vă urcați la volan.',
  'advice.call-now': 'Sunați acum la {care}. Nu așteptați să se oprească sângerarea sau următoarea programare. Vi se poate cere să veniți imediat.',
  'advice.contact-within-24h': 'Contactați {care} în următoarele 24 de ore sau mai devreme, dacă se schimbă ceva.',
  'advice.if-closed': 'Dacă este închis sau nu răspunde nimeni, sunați la {urgentCare} sau mergeți la maternitate ori la urgențe.',
  'urgentCare.unknown': 'serviciul medical de gardă',
  'advice.attend-now': 'Probabil vi se va cere să veniți imediat: pregătiți-vă de plecare.',
  'advice.safety-net': 'Sunați la {number} dacă sângerarea crește, durerea devine puternică sau continuă ori simțiți că leșinați, nu vă ajunge aerul sau vă simțiți foarte rău.',
  'advice.safety-net-24': 'Sunați la {number} dacă vi se rupe apa.',
  'advice.safety-net-24.ifWeeks': 'Dacă aveți 24 de săptămâni de sarcină sau mai mult, sunați la {number} dacă vi se rupe apa.',
  'advice.safety-net-term': 'Dacă vi se rupe apa și apare sânge roșu, proaspăt, sunați la {number}. Dacă apa are urme roz sau maronii, sunați imediat la maternitate.',
  'advice.safety-net-movements': 'Dacă copilul se mișcă mai puțin decât de obicei, sunați imediat la maternitate, nu la {number}.',
  'advice.safety-net-movements.ifWeeks': 'Dacă aveți 24 de săptămâni de sarcină sau mai mult și copilul se mișcă mai puțin decât de obicei, sunați imediat la maternitate, nu la {number}.',
  'advice.call-anyway': 'Dacă sunteți îngrijorată, sunați oricum. Nu pierdeți timpul nimănui.',
  'advice.if-worse-while-waiting': 'Dacă vă simțiți mai rău cât așteptați, sunați din nou la {number}.',

  // From here on, the keys of en-details.ts (in English they load on their own; here, with the rest).
  // Possible causes, never called harmless or normal.
  'outcome.causes': 'Ce ar putea cauza sângerarea',
  'outcome.causes.intro': 'Sângerarea în sarcină are multe cauze, iar echipa medicală va verifica ce se întâmplă. Ar putea fi:',
  'outcome.causes.weeksUnknown': 'Dacă știți câte săptămâni de sarcină aveți, echipa găsește mai ușor cauza.',
  'outcome.causes.none': 'Echipa medicală va afla ce se întâmplă.',
  'cause.implantation': 'Sângerare de implantare',
  'cause.implantation.text': 'Pete ușoare de sânge cam când ar fi trebuit să vină menstruația, când embrionul se prinde de mucoasa uterului.',
  'cause.threatened-miscarriage': 'Iminență de avort spontan',
  'cause.threatened-miscarriage.text': 'Așa se numește adesea sângerarea în sarcină cât timp sarcina continuă. Multe sarcini merg mai departe.',
  'cause.miscarriage': 'Avort spontan',
  'cause.miscarriage.text': 'O astfel de sângerare poate apărea la un avort spontan, iar multe sarcini continuă. Echipa medicală poate verifica ce se întâmplă.',
  'cause.ectopic': 'Sarcină extrauterină',
  'cause.ectopic.text': 'O sarcină care crește în afara uterului, de obicei într-o trompă uterină. Trebuie verificată repede.',
  'cause.low-lying-placenta': 'Placentă joasă',
  'cause.low-lying-placenta.text': 'Placenta este jos în uter. Adesea urcă pe măsură ce sarcina avansează, dar poate sângera.',
  'cause.placenta-praevia': 'Placenta praevia',
  'cause.placenta-praevia.text': 'Placenta este jos, aproape de colul uterin sau peste el. Poate sângera, adesea fără durere.',
  'cause.vasa-praevia': 'Vasa praevia',
  'cause.vasa-praevia.text': 'Vasele de sânge de lângă colul uterin pot sângera când se rupe apa. Echipa trebuie să vă verifice imediat pe dumneavoastră și pe copil.',
  'cause.placental-abruption': 'Dezlipirea placentei',
  'cause.placental-abruption.text': 'Placenta începe să se desprindă de peretele uterului. Pe lângă sângerare, adesea provoacă durere sau burta tare.',
  'cause.preterm-labour': 'Naștere prematură',
  'cause.preterm-labour.text': 'Travaliul care începe înainte de 37 de săptămâni.',
  'cause.cervical': 'Modificări ale colului uterin',
  'cause.cervical.text': 'În sarcină, colul uterin (intrarea în uter) poate sângera mai ușor, mai ales după un contact sexual.',
  'cause.infection': 'O infecție',
  'cause.infection.text': 'O infecție poate provoca sângerare, febră sau scurgeri neobișnuite.',
  'cause.pre-eclampsia': 'Preeclampsie (o afecțiune înrudită)',
  'cause.pre-eclampsia.text': 'Nu provoacă ea însăși sângerare, dar semnele ei de alarmă trebuie verificate în aceeași zi.',
  'cause.show': 'Eliminarea dopului gelatinos',
  'cause.show.text': 'Aproape de data nașterii, mucusul roz sau maroniu poate însemna că începe travaliul. Sângele roșu, proaspăt nu este dopul gelatinos.',
  // Advice that can wait for the details: while you wait (band 3) and good to know (band 4).
  'advice.what-to-tell': 'Spuneți-le câte săptămâni de sarcină aveți și grupa de sânge, dacă o știți (RhD pozitiv sau negativ). Luați carnetul de gravidă.',
  'advice.what-to-tell-placenta': 'Spuneți-le câte săptămâni de sarcină aveți, grupa de sânge, dacă o știți (RhD pozitiv sau negativ), și dacă o ecografie a arătat placentă joasă. Luați carnetul de gravidă.',
  'advice.keep-pads': 'Folosiți absorbante, nu tampoane sau cupe menstruale. Urmăriți cantitatea, culoarea și cheagurile și păstrați absorbantele (sau o poză) ca să le arătați.',
  'advice.rhesus': 'Dacă aveți grupa de sânge RhD negativ, spuneți imediat echipei: s-ar putea să aveți nevoie de o injecție, care funcționează cel mai bine în primele 72 de ore de la începutul sângerării.',
  'advice.rhesus.ifWeeks': 'Dacă aveți 12 săptămâni de sarcină sau mai mult și grupa de sânge RhD negativ, spuneți imediat echipei: s-ar putea să aveți nevoie de o injecție, care funcționează cel mai bine în primele 72 de ore de la începutul sângerării.',
  'advice.tell-low-placenta': 'Dacă o ecografie a arătat placentă joasă, spuneți echipei.',
  'advice.may-scan': 'Echipa vă poate propune o ecografie ca să vadă ce se întâmplă.',
  'advice.may-stay': 'Vi se poate cere să rămâneți o vreme în spital, ca echipa să vă verifice pe dumneavoastră și pe copil.',
  'advice.may-stay.ifWeeks': 'Dacă aveți 24 de săptămâni de sarcină sau mai mult, vi se poate cere să rămâneți o vreme în spital, ca echipa să vă verifice pe dumneavoastră și pe copil.',
  'advice.no-sex': 'Nu aveți contact sexual până nu se oprește sângerarea și o moașă sau un medic vă spune că se poate.',
  'advice.movements-24': 'După ce sângerarea s-a potolit, urmăriți în fiecare zi mișcările copilului. Dacă se răresc sau se schimbă, sunați imediat la maternitate. Nu așteptați până a doua zi.',
  'advice.movements-24.ifWeeks': 'Dacă aveți 24 de săptămâni de sarcină sau mai mult: după ce sângerarea s-a potolit, urmăriți în fiecare zi mișcările copilului. Dacă se răresc sau se schimbă, sunați imediat la maternitate.',
  'advice.trauma-private': 'Dacă cineva v-a făcut rău, puteți spune asta în privat moașei sau medicului. Vă pot ajuta să fiți în siguranță.',
  'advice.loss-support': 'Dacă vă temeți că veți pierde sarcina, moașa sau medicul vă pot spune ce sprijin există în apropiere. Nu trebuie să treceți singură prin asta.',
  'outcome.print': 'Tipăriți sau salvați acest sfat',
  // "What you told us" and "Why this advice".
  'outcome.why': 'De ce acest sfat',
  'review.answers': 'Ce ne-ați spus',
  'review.change': 'Modificați',
  'review.why.urgency': 'Nivelul sfatului vine din:',
  'review.why.causes': 'Cauzele posibile vin din:',
  'review.why.advice': 'Celelalte sfaturi vin din:',
  'review.why.sources': 'Surse',
  'review.why.ruleset': 'Versiunea regulilor: {version}. Regulile urmează ghidurile publicate de NHS și alte ghiduri clinice.',
  'review.weeks': 'Câte săptămâni',
  'review.weeks.value': '{weeks, plural, one {# săptămână} few {# săptămâni} other {# de săptămâni}}',
  'review.weeks.unknown': 'Nu știu',
  'review.bleeding': 'Cât de mult sângerați',
  'review.symptoms': 'Alte simptome',
  'review.ectopic': 'Risc de sarcină extrauterină',
  'review.placenta': 'Placentă joasă',
  'review.rule.any': 'Orice sângerare în sarcină',
  'review.rule.separator': '; ',
  'review.rule.anyPain': 'orice durere',
  'review.rule.from': 'de la {from, plural, one {# săptămână} few {# săptămâni} other {# de săptămâni}}',
  'review.rule.upTo': 'până la {to, plural, one {# săptămână} few {# săptămâni} other {# de săptămâni}}',
  'review.rule.between': 'de la {from} la {to, plural, one {# săptămână} few {# săptămâni} other {# de săptămâni}}',
  'review.rule.early': 'începutul sarcinii (până la 13 săptămâni)',
  'review.rule.mid': 'de la 14 la 27 de săptămâni',
  'review.rule.late': '28 de săptămâni sau mai mult',
  'review.rule.unknown': 'numărul de săptămâni nu se știe',
  'review.rule.without': 'fără: {symptoms}',
  'review.rule.answer': '{question}: {answer}',
  'review.rule.noOtherCause': 'nimic altceva nu indică o cauză',
  // A reading the person did not give, said as it was (SPEC §7, §8): never quoted as an answer.
  'review.assumed.ectopicRisk': 'Nu știați sigur dacă vi se aplică vreunul dintre riscurile de sarcină extrauterină, așa că sfatul ține cont și de această posibilitate.',
  'review.assumed.lowLyingPlacenta': 'Nu știați sigur dacă o ecografie a arătat placentă joasă, așa că sfatul ține cont și de această posibilitate.',
  'review.assumed.weeks': 'Nu știați sigur câte săptămâni de sarcină aveți, așa că sfatul ține cont și de o sarcină de la {from} la {to, plural, one {# săptămână} few {# săptămâni} other {# de săptămâni}}.',
  'review.rule.level': 'nivelul sfatului: {levels}',
  'review.level.emergency': 'urgență imediată',
  'review.level.urgent': 'urgent',
  'review.level.prompt': 'în 24 de ore',
};

/** Not yet reviewed by a clinical translator (README, "Languages"). */
export const review: ReviewStatus = {
  reviewed: false,
  sources: [
    'Mum & Baby (NHS maternity app), „Ruperea membranelor (amniotomia)” — https://mumandbabyaccessible.imagineear.com/2023/03/27/breaking-your-waters-amniotomy/?lang=ro',
    'NHS Scotland, „Carta drepturilor și responsabilităților pacientului” — https://pdfslide.net/documents/english-romanian-romnf-the-charter-of-patient-rights-carta-drepturilor.html',
  ],
};
