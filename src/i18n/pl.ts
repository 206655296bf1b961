import type { EssentialMessages } from './en.js';
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
export const messages: EssentialMessages = {
  // Always visible.
  'banner.text': 'Jeśli krwawisz obficie, masz silny ból, słabniesz lub brakuje ci tchu albo ktoś stracił przytomność, natychmiast zadzwoń pod {number}.',
  'number.unknown': 'lokalny numer alarmowy',
  'intro.text': 'Odpowiedz na kilka pytań o krwawienie, a dowiesz się, jak pilnie szukać pomocy i co robić teraz.',
  'footer.text': 'To narzędzie daje ogólne porady. Nie jest diagnozą i nie zastępuje położnej ani lekarza.',

  // Question pages.
  progress: 'Pytanie {current} z {total}',
  back: 'Wstecz',
  continue: 'Dalej',
  loading: 'Ładowanie…',
  'error.title': 'Wystąpił problem',
  'error.prefix': 'Błąd:',

  'weeks.question': 'Ile tygodni trwa twoja ciąża?',
  'weeks.hint': 'Licz od pierwszego dnia ostatniej miesiączki lub według USG. Przy 12 tygodniach i 3 dniach wpisz 12.',
  'weeks.prefilled': 'W twojej dokumentacji: {weeks, plural, one {# tydzień} few {# tygodnie} many {# tygodni} other {# tygodnia}}. Sprawdź, czy to nadal aktualne.',
  'weeks.suffix': 'tyg.',
  'weeks.notSure': 'Nie wiem, ile to tygodni',
  'weeks.error.missing': 'Wpisz, ile tygodni trwa ciąża, albo wybierz „Nie wiem, ile to tygodni”',
  'weeks.error.notNumber': 'Wpisz liczbę tygodni cyframi, np. 12',
  'weeks.error.whole': 'Wpisz tylko pełne tygodnie, np. 12',
  'weeks.error.range': 'Wpisz liczbę tygodni od {min} do {max}',

  'trimester.question': 'Który to etap ciąży?',
  'trimester.hint': 'Wybierz najbliższą. Jeśli nie wiesz, porada i tak będzie bezpieczna na każdym etapie.',
  'trimester.first': 'Pierwsze 3 miesiące (I trymestr)',
  'trimester.second': 'Miesiące 4–6 (II trymestr)',
  'trimester.third': 'Od 7. miesiąca do końca (III trymestr)',
  'trimester.unknown': 'Nie wiem',
  'trimester.error': 'Wybierz etap ciąży albo „Nie wiem”',

  'bleeding.question': 'Jak bardzo krwawisz?',
  'bleeding.hint': 'Wybierz najsilniejsze krwawienie od jego początku, nawet jeśli już osłabło.',
  'bleeding.spotting': 'Plamienie',
  'bleeding.spotting.hint': 'Kilka kropli albo różowe lub brązowe ślady',
  'bleeding.light': 'Niewielkie krwawienie',
  'bleeding.light.hint': 'Mniej niż miesiączka',
  'bleeding.heavy': 'Obfite krwawienie',
  'bleeding.heavy.hint': 'Jak miesiączka lub więcej, podpaska przemaka w ciągu godziny albo są duże skrzepy',
  'bleeding.error': 'Wybierz, jak bardzo krwawisz',

  'symptoms.question': 'Czy masz też któryś z tych objawów?',
  'symptoms.hint': 'Zaznacz wszystkie, które pasują.',
  'symptoms.emergencySigns': 'Objawy alarmowe',
  'symptoms.none': 'Żaden z tych',
  'symptoms.or': 'lub',
  'symptoms.error': 'Zaznacz wszystkie, które pasują, albo „Żaden z tych”',
  // Offered with the emergency signs first (SPEC §6); a hint carries the detail, so labels stay short.
  'symptom.nausea': 'Nudności, wymioty lub zmiana apetytu',
  'symptom.mild-cramps': 'Lekkie skurcze lub niewielki ból w dole brzucha',
  'symptom.one-sided-pain': 'Ból po jednej stronie podbrzusza',
  'symptom.severe-pain': 'Silny lub stały ból brzucha lub pleców',
  'symptom.severe-pain.hint': 'Albo brzuch jest twardy i bolesny',
  'symptom.shoulder-tip-pain': 'Ból na szczycie barku',
  'symptom.shoulder-tip-pain.hint': 'Tam, gdzie kończy się bark, a zaczyna ramię',
  'symptom.dizziness-fainting': 'Uczucie omdlenia lub silne zawroty głowy albo zemdlałaś',
  'symptom.dizziness-fainting.hint': 'Albo duża bladość, zimna lub lepka skóra, kołatanie serca, duszność, ból w klatce piersiowej lub splątanie',
  'symptom.very-unwell': 'Czujesz się bardzo źle',
  'symptom.very-unwell.hint': 'Albo czujesz, że dzieje się coś poważnego',
  'symptom.clots-or-tissue': 'Wydalanie małych skrzepów lub tkanki',
  'symptom.fever': 'Wysoka temperatura lub dreszcze',
  'symptom.fever.hint': 'Albo upławy o nieprzyjemnym zapachu',
  'symptom.contractions': 'Regularne skurcze lub bóle jak przy miesiączce, które przychodzą i mijają',
  'symptom.fluid-leak': 'Nagły wypływ lub sączenie się płynu z pochwy',
  'symptom.fluid-leak.hint': 'Mogły odejść wody płodowe',
  'symptom.reduced-movements': 'Dziecko rusza się mniej niż zwykle albo wcale',
  'symptom.headache-vision': 'Silny ból głowy lub problemy ze wzrokiem',
  'symptom.headache-vision.hint': 'Albo ból tuż pod żebrami, wymioty przy którymś z nich lub nagły obrzęk twarzy, dłoni lub stóp',
  'symptom.trauma': 'Upadek, uderzenie w brzuch lub wypadek samochodowy',
  'symptom.trauma.hint': 'Albo ktoś cię skrzywdził',
  'symptom.after-sex': 'Krwawienie zaczęło się po stosunku',
  'symptom.pain-toilet': 'Ból lub dyskomfort przy oddawaniu moczu lub stolca',
  'symptom.worried': 'Coś innego w tej sytuacji cię niepokoi',

  'ectopic.question': 'Czy dotyczy cię któraś z tych sytuacji?',
  'ectopic.hint': 'Zwiększają one ryzyko ciąży pozamacicznej (poza macicą):',
  'ectopic.reason.before': 'miałaś już ciążę pozamaciczną',
  'ectopic.reason.tubes': 'miałaś operację jajowodów lub infekcję narządów miednicy',
  'ectopic.reason.ivf': 'ta ciąża pochodzi z in vitro',
  'ectopic.reason.coil': 'masz wkładkę wewnątrzmaciczną (spiralę)',
  'placenta.question': 'Czy USG wykazało nisko położone łożysko (łożysko przodujące)?',
  'placenta.hint': 'Łożysko leży wtedy nisko w macicy, przy szyjce lub na niej. Zwykle widać to na USG połówkowym.',
  'answer.yes': 'Tak',
  'answer.no': 'Nie',
  'answer.notSure': 'Nie wiem na pewno',
  'placenta.notSure': 'Nie wiem na pewno albo tego badania jeszcze nie było',
  'answer.error': 'Wybierz „Tak”, „Nie” lub „Nie wiem na pewno”',

  // The outcome card.
  'outcome.prefix.emergency': 'Działaj natychmiast:',
  'outcome.prefix.urgent': 'Pilna porada:',
  'outcome.prefix.prompt': 'Porada:',
  'outcome.title.emergency': 'Natychmiast zadzwoń pod {number} albo jedź na szpitalny oddział ratunkowy (SOR)',
  'outcome.title.urgent': 'Zadzwoń teraz do {care}',
  'outcome.title.prompt': 'W ciągu 24 godzin skontaktuj się z {care}',
  'care.generic.urgent': 'oddziału położniczego, poradni wczesnej ciąży lub lekarza',
  'care.generic.prompt': 'położną, lekarzem lub poradnią wczesnej ciąży',
  'cta.emergency': 'Zadzwoń pod {number}',
  'cta.carePhone': 'Zadzwoń: {name}, tel. {phone}',
  'cta.careUrl': 'Kontakt: {name}',
  'cta.careFallbackName': 'twój zespół medyczny',
  'outcome.notDiagnosis': 'To nie jest diagnoza. Tylko położna lub lekarz mogą powiedzieć, co się dzieje.',
  'outcome.doNow': 'Co zrobić teraz',
  'outcome.details.loading': 'Ładowanie pozostałych porad…',
  'outcome.details.unavailable': 'Reszta porad się nie załadowała. Najważniejsze jest to, co powyżej.',
  'outcome.restart': 'Zacznij od nowa',
  'outcome.ready': 'Porada jest gotowa.',

  // Advice that never waits for the rest of the outcome: the action and the safety net (SPEC §5
  // bands 1 and 2), and the one line an emergency card adds. The rest is in en-details.ts.
  // `.ifWeeks`: the same advice when the person's week is not pinned (SPEC §8).
  'advice.call-emergency': 'Wezwij karetkę albo od razu jedź na SOR. Nie prowadź samochodu.',
  'advice.call-now': 'Zadzwoń teraz do {care}. Nie czekaj, aż krwawienie ustanie, ani do następnej wizyty. Mogą poprosić, żebyś przyjechała od razu.',
  'advice.contact-within-24h': 'W ciągu 24 godzin skontaktuj się z {care}, a jeśli coś się zmieni – wcześniej.',
  'advice.if-closed': 'Jeśli nikt nie odbiera lub jest zamknięte, zadzwoń pod {urgentCare} albo jedź na oddział położniczy lub SOR.',
  'urgentCare.unknown': 'numer pilnej pomocy medycznej',
  'advice.attend-now': 'Zapewne poproszą, żebyś przyjechała od razu: przygotuj się do wyjścia.',
  'advice.safety-net': 'Zadzwoń pod {number}, jeśli krwawienie się nasili, ból stanie się silny lub stały albo słabniesz, brakuje ci tchu lub czujesz się bardzo źle.',
  'advice.safety-net-24': 'Zadzwoń pod {number}, jeśli odejdą wody płodowe.',
  'advice.safety-net-24.ifWeeks': 'Jeśli ciąża trwa 24 tygodnie lub dłużej i odejdą wody płodowe, zadzwoń pod {number}.',
  'advice.safety-net-term': 'Jeśli wody płodowe odejdą ze świeżą, czerwoną krwią, zadzwoń pod {number}. Jeśli będą różowe lub brązowe, od razu zadzwoń na oddział położniczy.',
  'advice.safety-net-movements': 'Jeśli dziecko rusza się mniej niż zwykle, od razu zadzwoń na oddział położniczy, a nie pod {number}.',
  'advice.safety-net-movements.ifWeeks': 'Jeśli ciąża trwa 24 tygodnie lub dłużej, a dziecko rusza się mniej niż zwykle, od razu zadzwoń na oddział położniczy, a nie pod {number}.',
  'advice.call-anyway': 'Jeśli coś cię niepokoi, i tak zadzwoń. Nie marnujesz niczyjego czasu.',
  'advice.if-worse-while-waiting': 'Jeśli podczas czekania poczujesz się gorzej, zadzwoń ponownie pod {number}.',
};

/** Not yet reviewed by a clinical translator (README, "Languages"). */
export const review: ReviewStatus = {
  reviewed: false,
  sources: [
    'NHS, „Zgoda pacjenta – to Twoja decyzja” — http://docplayer.pl/3664652-Consent-it-s-your-decision-polish-version.html',
    'Medycyna Praktyczna dla pacjentów, „Poronienie” — https://www.mp.pl/pacjent/ciaza/przebiegciazy/90964,poronienie',
  ],
};

/** The rest of the outcome's words, loaded beside these. */
export const details = () => import('./pl-details.js');
