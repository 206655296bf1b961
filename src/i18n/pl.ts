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
export const messages: Messages = {
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

  // From here on, the keys of en-details.ts (in English they load on their own; here, with the rest).
  // Possible causes, never called harmless or normal.
  'outcome.causes': 'Co może być przyczyną',
  'outcome.causes.intro': 'Krwawienie w ciąży ma wiele przyczyn, a zespół medyczny sprawdzi, co się dzieje. Może to być:',
  'outcome.causes.weeksUnknown': 'Liczba tygodni ciąży pomaga zespołowi znaleźć przyczynę.',
  'outcome.causes.none': 'Zespół ustali, co się dzieje.',
  'cause.implantation': 'Krwawienie implantacyjne',
  'cause.implantation.text': 'Lekkie plamienie około terminu miesiączki, gdy zarodek zagnieżdża się w macicy.',
  'cause.threatened-miscarriage': 'Poronienie zagrażające',
  'cause.threatened-miscarriage.text': 'Tak często nazywa się krwawienie w ciąży, gdy ciąża nadal trwa. Wiele ciąż rozwija się dalej.',
  'cause.miscarriage': 'Poronienie',
  'cause.miscarriage.text': 'Takie krwawienie może wystąpić przy poronieniu, a wiele ciąż rozwija się dalej. Zespół może sprawdzić, co się dzieje.',
  'cause.ectopic': 'Ciąża pozamaciczna',
  'cause.ectopic.text': 'Ciąża poza macicą, zwykle w jajowodzie. Trzeba to szybko sprawdzić.',
  'cause.low-lying-placenta': 'Nisko położone łożysko',
  'cause.low-lying-placenta.text': 'Łożysko leży nisko w macicy. Często z czasem przesuwa się wyżej, ale może krwawić.',
  'cause.placenta-praevia': 'Łożysko przodujące',
  'cause.placenta-praevia.text': 'Łożysko leży nisko, blisko szyjki macicy lub na niej. Może krwawić, często bez bólu.',
  'cause.vasa-praevia': 'Naczynia przodujące',
  'cause.vasa-praevia.text': 'Naczynia krwionośne przy szyjce mogą krwawić, gdy odejdą wody. Zespół musi od razu zbadać ciebie i dziecko.',
  'cause.placental-abruption': 'Przedwczesne odklejenie łożyska',
  'cause.placental-abruption.text': 'Łożysko zaczyna odklejać się od macicy. Oprócz krwawienia często daje ból lub twardy brzuch.',
  'cause.preterm-labour': 'Przedwczesny poród',
  'cause.preterm-labour.text': 'Poród, który zaczyna się przed ukończeniem 37 tygodni ciąży.',
  'cause.cervical': 'Zmiany w szyjce macicy',
  'cause.cervical.text': 'W ciąży szyjka macicy łatwiej krwawi, zwłaszcza po stosunku.',
  'cause.infection': 'Infekcja',
  'cause.infection.text': 'Może powodować krwawienie, gorączkę lub nietypowe upławy.',
  'cause.pre-eclampsia': 'Stan przedrzucawkowy (powiązany problem)',
  'cause.pre-eclampsia.text': 'Sam nie powoduje krwawienia, ale jego objawy alarmowe trzeba sprawdzić tego samego dnia.',
  'cause.show': 'Odejście czopu śluzowego',
  'cause.show.text': 'Przy terminie porodu różowy lub brązowy śluz może oznaczać jego początek. Świeża krew to nie czop.',
  // Advice that can wait for the details: while you wait (band 3) and good to know (band 4).
  'advice.what-to-tell': 'Powiedz, ile tygodni trwa ciąża, i podaj grupę krwi, jeśli ją znasz (czynnik RhD dodatni czy ujemny). Zabierz kartę ciąży.',
  'advice.what-to-tell-placenta': 'Powiedz, ile tygodni trwa ciąża, podaj grupę krwi, jeśli ją znasz (czynnik RhD dodatni czy ujemny), i czy USG wykazało nisko położone łożysko. Zabierz kartę ciąży.',
  'advice.keep-pads': 'Używaj podpasek, nie tamponów ani kubeczków. Obserwuj ilość i kolor krwi oraz skrzepy. Zachowaj podpaski (lub zdjęcie) do pokazania.',
  'advice.rhesus': 'Jeśli masz czynnik RhD ujemny, od razu powiedz o tym zespołowi: może być potrzebny zastrzyk, który działa najlepiej w ciągu 72 godzin od początku krwawienia.',
  'advice.rhesus.ifWeeks': 'Jeśli ciąża trwa 12 tygodni lub dłużej i masz czynnik RhD ujemny, od razu powiedz o tym zespołowi: może być potrzebny zastrzyk, który działa najlepiej w ciągu 72 godzin od początku krwawienia.',
  'advice.tell-low-placenta': 'Jeśli USG wykazało nisko położone łożysko, powiedz o tym zespołowi.',
  'advice.may-scan': 'Zespół może zaproponować USG, żeby sprawdzić, co się dzieje.',
  'advice.may-stay': 'Mogą poprosić, żebyś została na jakiś czas w szpitalu, by zbadać ciebie i dziecko.',
  'advice.may-stay.ifWeeks': 'Jeśli ciąża trwa 24 tygodnie lub dłużej, mogą poprosić, żebyś została na jakiś czas w szpitalu, by zbadać ciebie i dziecko.',
  'advice.no-sex': 'Nie współżyj, dopóki krwawienie nie ustanie, a położna lub lekarz nie powiedzą, że można.',
  'advice.movements-24': 'Gdy krwawienie ustąpi, codziennie zwracaj uwagę na ruchy dziecka. Jeśli osłabną lub się zmienią, od razu zadzwoń na oddział położniczy. Nie czekaj do jutra.',
  'advice.movements-24.ifWeeks': 'Jeśli ciąża trwa 24 tygodnie lub dłużej: gdy krwawienie ustąpi, codziennie zwracaj uwagę na ruchy dziecka. Jeśli osłabną lub się zmienią, od razu zadzwoń na oddział położniczy.',
  'advice.trauma-private': 'Jeśli ktoś cię skrzywdził, możesz powiedzieć o tym położnej lub lekarzowi na osobności. Pomogą ci być bezpieczną.',
  'advice.loss-support': 'Jeśli boisz się utraty ciąży, położna lub lekarz wskażą ci wsparcie w pobliżu. Nie musisz być z tym sama.',
  'outcome.print': 'Wydrukuj lub zapisz tę poradę',
  // "What you told us" and "Why this advice".
  'outcome.why': 'Dlaczego taka porada',
  'review.answers': 'Twoje odpowiedzi',
  'review.change': 'Zmień',
  'review.why.urgency': 'Poziom porady wynika z:',
  'review.why.causes': 'Możliwe przyczyny wynikają z:',
  'review.why.advice': 'Pozostałe porady wynikają z:',
  'review.why.sources': 'Źródła',
  'review.why.ruleset': 'Wersja zasad {version}. Opierają się na wytycznych klinicznych NHS i innych.',
  'review.weeks': 'Ile tygodni',
  'review.weeks.value': '{weeks, plural, one {# tydzień} few {# tygodnie} many {# tygodni} other {# tygodnia}}',
  'review.weeks.unknown': 'Nie wiem',
  'review.bleeding': 'Jak silne krwawienie',
  'review.symptoms': 'Inne objawy',
  'review.ectopic': 'Ryzyko ciąży pozamacicznej',
  'review.placenta': 'Nisko położone łożysko',
  'review.rule.any': 'Każde krwawienie w ciąży',
  'review.rule.separator': '; ',
  'review.rule.anyPain': 'każdy ból',
  'review.rule.from': 'od {from, plural, one {# tygodnia} few {# tygodni} many {# tygodni} other {# tygodnia}}',
  'review.rule.upTo': 'do {to, plural, one {# tygodnia} few {# tygodni} many {# tygodni} other {# tygodnia}}',
  'review.rule.between': 'od {from} do {to, plural, one {# tygodnia} few {# tygodni} many {# tygodni} other {# tygodnia}}',
  'review.rule.early': 'wczesna ciąża (do 13 tygodni)',
  'review.rule.mid': 'od 14 do 27 tygodni',
  'review.rule.late': '28 tygodni lub więcej',
  'review.rule.unknown': 'nieznana liczba tygodni',
  'review.rule.without': 'bez objawów: {symptoms}',
  'review.rule.answer': '{question}: {answer}',
  'review.rule.noOtherCause': 'nic innego nie wskazuje na przyczynę',
  // A reading the person did not give, said as it was (SPEC §7, §8): never quoted as an answer.
  'review.assumed.ectopicRisk': 'Nie wiedziałaś na pewno, czy dotyczy cię któryś czynnik ryzyka ciąży pozamacicznej, więc porada uwzględnia też tę możliwość.',
  'review.assumed.lowLyingPlacenta': 'Nie wiedziałaś na pewno, czy USG wykazało nisko położone łożysko, więc porada uwzględnia też tę możliwość.',
  'review.assumed.weeks': 'Nie wiedziałaś na pewno, ile tygodni trwa ciąża, więc porada uwzględnia też ciążę od {from} do {to, plural, one {# tygodnia} few {# tygodni} many {# tygodni} other {# tygodnia}}.',
  'review.rule.level': 'poziom porady: {levels}',
  'review.level.emergency': 'stan nagły',
  'review.level.urgent': 'pilne',
  'review.level.prompt': 'w ciągu 24 godzin',
};

/** Not yet reviewed by a clinical translator (README, "Languages"). */
export const review: ReviewStatus = {
  reviewed: false,
  sources: [
    'NHS, „Zgoda pacjenta – to Twoja decyzja” — http://docplayer.pl/3664652-Consent-it-s-your-decision-polish-version.html',
    'Medycyna Praktyczna dla pacjentów, „Poronienie” — https://www.mp.pl/pacjent/ciaza/przebiegciazy/90964,poronienie',
  ],
};
