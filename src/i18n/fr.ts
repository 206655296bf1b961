import type { EssentialMessages } from './en.js';
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
export const messages: EssentialMessages = {
  // Always visible.
  'banner.text': 'Si vous saignez beaucoup, avez une douleur intense, vous sentez sur le point de vous évanouir ou essoufflée, ou si quelqu’un a perdu connaissance, appelez le {number} maintenant.',
  'number.unknown': 'numéro d’urgence local',
  'intro.text': 'Répondez à quelques questions sur le saignement pour savoir dans quel délai consulter et quoi faire maintenant.',
  'footer.text': 'Cet outil donne des conseils généraux. Ce n’est pas un diagnostic et il ne remplace pas une sage-femme ou un médecin.',

  // Question pages.
  progress: 'Question {current} sur {total}',
  back: 'Retour',
  continue: 'Continuer',
  loading: 'Chargement…',
  'error.title': 'Il y a un problème',
  'error.prefix': 'Erreur :',

  'weeks.question': 'De combien de semaines êtes-vous enceinte ?',
  'weeks.hint': 'Comptez depuis le premier jour de vos dernières règles (semaines d’aménorrhée) ou selon votre échographie. À 12 semaines et 3 jours, indiquez 12.',
  'weeks.prefilled': 'Votre dossier indique {weeks, plural, one {# semaine} other {# semaines}}. Vérifiez que c’est toujours exact avant de continuer.',
  'weeks.suffix': 'semaines',
  'weeks.notSure': 'Je ne sais pas combien de semaines',
  'weeks.error.missing': 'Indiquez de combien de semaines vous êtes enceinte, ou choisissez « Je ne sais pas combien de semaines »',
  'weeks.error.notNumber': 'Indiquez les semaines en chiffres, par exemple 12',
  'weeks.error.whole': 'Indiquez seulement des semaines entières, par exemple 12',
  'weeks.error.range': 'Indiquez un nombre de semaines entre {min} et {max}',

  'trimester.question': 'À quel stade de la grossesse êtes-vous ?',
  'trimester.hint': 'Choisissez le plus proche. Si vous ne savez pas, aucun problème : les conseils restent sûrs à tout stade.',
  'trimester.first': 'Les 3 premiers mois (1er trimestre)',
  'trimester.second': 'Du 4e au 6e mois (2e trimestre)',
  'trimester.third': 'Du 7e mois à la fin (3e trimestre)',
  'trimester.unknown': 'Je ne sais pas',
  'trimester.error': 'Choisissez à quel stade de la grossesse vous êtes, ou « Je ne sais pas »',

  'bleeding.question': 'Combien saignez-vous ?',
  'bleeding.hint': 'Choisissez le saignement le plus fort depuis le début, même s’il a diminué.',
  'bleeding.spotting': 'Petites pertes de sang',
  'bleeding.spotting.hint': 'Quelques gouttes, ou des traces roses ou brunes',
  'bleeding.light': 'Saignement léger',
  'bleeding.light.hint': 'Moins que des règles',
  'bleeding.heavy': 'Saignement abondant',
  'bleeding.heavy.hint': 'Comme des règles ou plus, une serviette trempée en moins d’une heure, ou de gros caillots',
  'bleeding.error': 'Choisissez combien vous saignez',

  'symptoms.question': 'Avez-vous aussi l’un de ces signes ?',
  'symptoms.hint': 'Cochez tout ce qui correspond.',
  'symptoms.emergencySigns': 'Signes d’urgence',
  'symptoms.none': 'Aucun de ces signes',
  'symptoms.or': 'ou',
  'symptoms.error': 'Cochez tout ce qui correspond, ou « Aucun de ces signes »',
  // Offered with the emergency signs first (SPEC §6); a hint carries the detail, so labels stay short.
  'symptom.nausea': 'Nausées, vomissements ou changement d’appétit',
  'symptom.mild-cramps': 'Crampes légères ou petite douleur dans le bas du ventre',
  'symptom.one-sided-pain': 'Douleur d’un seul côté du bas du ventre',
  'symptom.severe-pain': 'Douleur forte ou constante au ventre ou au dos',
  'symptom.severe-pain.hint': 'Ou votre ventre est dur et douloureux',
  'symptom.shoulder-tip-pain': 'Douleur au bout de l’épaule',
  'symptom.shoulder-tip-pain.hint': 'Là où l’épaule se termine et où le bras commence',
  'symptom.dizziness-fainting': 'Sensation de malaise ou fort vertige, ou vous vous êtes évanouie',
  'symptom.dizziness-fainting.hint': 'Ou très pâle, froide ou moite, cœur qui bat très vite, essoufflement, douleur dans la poitrine, ou confusion',
  'symptom.very-unwell': 'Vous vous sentez très mal',
  'symptom.very-unwell.hint': 'Ou vous sentez que quelque chose de grave se passe',
  'symptom.clots-or-tissue': 'Petits caillots ou fragments de tissu',
  'symptom.fever': 'Forte température (fièvre) ou frissons',
  'symptom.fever.hint': 'Ou des pertes qui sentent mauvais',
  'symptom.contractions': 'Contractions régulières (le ventre durcit), ou douleurs comme des règles qui vont et viennent',
  'symptom.fluid-leak': 'Écoulement de liquide par le vagin, d’un coup ou goutte à goutte',
  'symptom.fluid-leak.hint': 'Vous avez peut-être perdu les eaux',
  'symptom.reduced-movements': 'Votre bébé bouge moins que d’habitude, ou plus du tout',
  'symptom.headache-vision': 'Fort mal de tête ou troubles de la vue',
  'symptom.headache-vision.hint': 'Ou douleur juste sous les côtes, vomissements avec l’un de ces signes, ou gonflement soudain du visage, des mains ou des pieds',
  'symptom.trauma': 'Une chute, un coup au ventre ou un accident de voiture',
  'symptom.trauma.hint': 'Ou quelqu’un vous a fait du mal',
  'symptom.after-sex': 'Le saignement a commencé après un rapport sexuel',
  'symptom.pain-toilet': 'Douleur ou gêne en urinant ou en allant à la selle',
  'symptom.worried': 'Autre chose dans cette situation vous inquiète',

  'ectopic.question': 'L’une de ces situations vous concerne-t-elle ?',
  'ectopic.hint': 'Elles rendent plus probable une grossesse extra-utérine (en dehors de l’utérus) :',
  'ectopic.reason.before': 'vous avez déjà eu une grossesse extra-utérine',
  'ectopic.reason.tubes': 'vous avez été opérée des trompes, ou avez eu une infection pelvienne',
  'ectopic.reason.ivf': 'cette grossesse vient d’une FIV (fécondation in vitro)',
  'ectopic.reason.coil': 'vous avez un stérilet (DIU, au cuivre ou hormonal)',
  'placenta.question': 'Une échographie a-t-elle montré un placenta bas (placenta prævia) ?',
  'placenta.hint': 'Le placenta est alors bas dans l’utérus, près du col ou dessus. On le voit en général à l’échographie des 20 semaines.',
  'answer.yes': 'Oui',
  'answer.no': 'Non',
  'answer.notSure': 'Je n’en suis pas sûre',
  'placenta.notSure': 'Je n’en suis pas sûre, ou je n’ai pas eu cette échographie',
  'answer.error': 'Choisissez oui, non ou « Je n’en suis pas sûre »',

  // The outcome card.
  'outcome.prefix.emergency': 'Action immédiate nécessaire :',
  'outcome.prefix.urgent': 'Conseil urgent :',
  'outcome.prefix.prompt': 'Conseil :',
  'outcome.title.emergency': 'Appelez le {number} maintenant, ou allez aux urgences',
  'outcome.title.urgent': 'Appelez {care} maintenant',
  'outcome.title.prompt': 'Contactez {care} dans les 24 heures',
  'care.generic.urgent': 'votre maternité, votre unité de début de grossesse ou votre médecin',
  'care.generic.prompt': 'votre sage-femme, votre médecin ou votre unité de début de grossesse',
  'cta.emergency': 'Appeler le {number}',
  'cta.carePhone': 'Appeler {name} au {phone}',
  'cta.careUrl': 'Contacter {name}',
  'cta.careFallbackName': 'votre équipe soignante',
  'outcome.notDiagnosis': 'Ceci n’est pas un diagnostic. Seule une sage-femme ou un médecin peut vous dire ce qui se passe.',
  'outcome.doNow': 'Que faire maintenant',
  'outcome.details.loading': 'Chargement de la suite des conseils…',
  'outcome.details.unavailable': 'La suite des conseils n’a pas pu être chargée. L’essentiel est plus haut.',
  'outcome.restart': 'Recommencer',
  'outcome.ready': 'Vos conseils sont prêts.',

  // Advice that never waits for the rest of the outcome: the action and the safety net (SPEC §5
  // bands 1 and 2), and the one line an emergency card adds. The rest is in en-details.ts.
  // `.ifWeeks`: the same advice when the person's week is not pinned (SPEC §8).
  'advice.call-emergency': 'Demandez une ambulance, ou allez directement aux urgences. Ne conduisez pas vous-même.',
  'advice.call-now': 'Appelez {care} maintenant. N’attendez pas que le saignement s’arrête ni votre prochain rendez-vous. On vous demandera peut-être de venir tout de suite.',
  'advice.contact-within-24h': 'Contactez {care} dans les 24 heures, ou plus tôt si quelque chose change.',
  'advice.if-closed': 'Si c’est fermé ou injoignable, appelez le {urgentCare}, ou allez à la maternité ou aux urgences.',
  'urgentCare.unknown': 'service de garde ou de soins urgents de votre secteur',
  'advice.attend-now': 'On vous demandera sans doute de venir tout de suite : préparez-vous à partir.',
  'advice.safety-net': 'Appelez le {number} si le saignement augmente, si la douleur devient forte ou constante, ou si vous vous sentez sur le point de vous évanouir, essoufflée ou très mal.',
  'advice.safety-net-24': 'Appelez le {number} si vous perdez les eaux.',
  'advice.safety-net-24.ifWeeks': 'Si vous êtes enceinte de 24 semaines ou plus, appelez le {number} si vous perdez les eaux.',
  'advice.safety-net-term': 'Si vous perdez les eaux avec du sang rouge vif, appelez le {number}. Si elles sont teintées de rose ou de brun, appelez tout de suite la maternité.',
  'advice.safety-net-movements': 'Si votre bébé bouge moins que d’habitude, appelez tout de suite la maternité, pas le {number}.',
  'advice.safety-net-movements.ifWeeks': 'Si vous êtes enceinte de 24 semaines ou plus et que votre bébé bouge moins que d’habitude, appelez tout de suite la maternité, pas le {number}.',
  'advice.call-anyway': 'Si vous êtes inquiète, appelez quand même. Vous ne faites perdre son temps à personne.',
  'advice.if-worse-while-waiting': 'Si vous vous sentez plus mal pendant l’attente, rappelez le {number}.',
};

/** Not yet reviewed by a clinical translator (README, "Languages"). */
export const review: ReviewStatus = {
  reviewed: false,
  sources: [
    'ameli.fr (Assurance Maladie), « Grossesse : le programme de suivi et la première consultation » — https://www.ameli.fr/assure/sante/themes/grossesse/grossesse-programme-de-suivi-et-premiere-consultation',
    'ameli-santé (Assurance Maladie), « La fausse couche » — http://www.ameli-sante.fr/grossesse/fausse-couche.html',
  ],
};

/** The rest of the outcome's words, loaded beside these. */
export const details = () => import('./fr-details.js');
