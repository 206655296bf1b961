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
export const messages: Messages = {
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

  // From here on, the keys of en-details.ts (in English they load on their own; here, with the rest).
  // Possible causes, never called harmless or normal.
  'outcome.causes': 'Ce qui pourrait en être la cause',
  'outcome.causes.intro': 'Un saignement pendant la grossesse a de nombreuses causes, et l’équipe vérifiera ce qui se passe. Cela pourrait être :',
  'outcome.causes.weeksUnknown': 'Connaître le nombre de semaines aide l’équipe à trouver la cause.',
  'outcome.causes.none': 'L’équipe va chercher ce qui se passe.',
  'cause.implantation': 'Saignement d’implantation',
  'cause.implantation.text': 'De petites pertes de sang vers la date prévue des règles, quand l’embryon s’accroche à la paroi de l’utérus.',
  'cause.threatened-miscarriage': 'Menace de fausse couche',
  'cause.threatened-miscarriage.text': 'On appelle souvent ainsi un saignement pendant la grossesse lorsque celle-ci se poursuit. Beaucoup de grossesses continuent.',
  'cause.miscarriage': 'Fausse couche',
  'cause.miscarriage.text': 'Un saignement comme celui-ci peut survenir lors d’une fausse couche, et beaucoup de grossesses continuent. L’équipe peut vérifier ce qui se passe.',
  'cause.ectopic': 'Grossesse extra-utérine',
  'cause.ectopic.text': 'Une grossesse hors de l’utérus, le plus souvent dans une trompe. Elle doit être vérifiée rapidement.',
  'cause.low-lying-placenta': 'Placenta bas',
  'cause.low-lying-placenta.text': 'Le placenta est bas dans l’utérus. Il remonte souvent au fil de la grossesse, mais il peut saigner.',
  'cause.placenta-praevia': 'Placenta prævia',
  'cause.placenta-praevia.text': 'Le placenta est bas, près du col de l’utérus ou dessus. Il peut saigner, souvent sans douleur.',
  'cause.vasa-praevia': 'Vasa prævia',
  'cause.vasa-praevia.text': 'Des vaisseaux sanguins près du col peuvent saigner quand vous perdez les eaux. L’équipe doit vous examiner tout de suite, vous et votre bébé.',
  'cause.placental-abruption': 'Décollement du placenta',
  'cause.placental-abruption.text': 'Le placenta commence à se détacher de la paroi de l’utérus. En plus du saignement, il provoque souvent une douleur ou un ventre dur.',
  'cause.preterm-labour': 'Accouchement prématuré',
  'cause.preterm-labour.text': 'Un travail qui commence avant 37 semaines.',
  'cause.cervical': 'Modifications du col de l’utérus',
  'cause.cervical.text': 'Pendant la grossesse, le col de l’utérus peut saigner plus facilement, surtout après un rapport sexuel.',
  'cause.infection': 'Une infection',
  'cause.infection.text': 'Une infection peut provoquer des saignements, de la fièvre ou des pertes inhabituelles.',
  'cause.pre-eclampsia': 'Pré-éclampsie (un problème lié)',
  'cause.pre-eclampsia.text': 'Elle ne provoque pas elle-même de saignement, mais ses signes d’alerte doivent être vérifiés le jour même.',
  'cause.show': 'Perte du bouchon muqueux',
  'cause.show.text': 'Près du terme, des glaires roses ou brunes peuvent signifier que le travail commence. Du sang rouge vif n’est pas le bouchon muqueux.',
  // Advice that can wait for the details: while you wait (band 3) and good to know (band 4).
  'advice.what-to-tell': 'Dites-leur de combien de semaines vous êtes enceinte, et votre groupe sanguin si vous le connaissez (RhD positif ou négatif). Apportez votre dossier de grossesse.',
  'advice.what-to-tell-placenta': 'Dites-leur de combien de semaines vous êtes enceinte, votre groupe sanguin si vous le connaissez (RhD positif ou négatif), et si une échographie a montré un placenta bas. Apportez votre dossier de grossesse.',
  'advice.keep-pads': 'Utilisez des serviettes, pas de tampons ni de coupe menstruelle, et gardez-les (ou une photo) pour les montrer. Notez la quantité de sang, sa couleur et les caillots.',
  'advice.rhesus': 'Si votre groupe sanguin est RhD négatif, dites-le tout de suite à l’équipe : vous aurez peut-être besoin d’une injection, plus efficace dans les 72 heures après le début du saignement.',
  'advice.rhesus.ifWeeks': 'Si vous êtes enceinte de 12 semaines ou plus et que votre groupe sanguin est RhD négatif, dites-le tout de suite à l’équipe : vous aurez peut-être besoin d’une injection, plus efficace dans les 72 heures après le début du saignement.',
  'advice.tell-low-placenta': 'Si une échographie a montré un placenta bas, dites-le à l’équipe.',
  'advice.may-scan': 'L’équipe pourra vous proposer une échographie pour voir ce qui se passe.',
  'advice.may-stay': 'On pourra vous demander de rester un moment à l’hôpital pour vous surveiller, vous et votre bébé.',
  'advice.may-stay.ifWeeks': 'Si vous êtes enceinte de 24 semaines ou plus, on pourra vous demander de rester un moment à l’hôpital pour vous surveiller, vous et votre bébé.',
  'advice.no-sex': 'Pas de rapport sexuel avant l’arrêt du saignement et l’accord d’une sage-femme ou d’un médecin.',
  'advice.movements-24': 'Une fois le saignement calmé, surveillez chaque jour les mouvements de votre bébé. S’ils ralentissent ou changent, appelez tout de suite la maternité. N’attendez pas le lendemain.',
  'advice.movements-24.ifWeeks': 'Si vous êtes enceinte de 24 semaines ou plus : une fois le saignement calmé, surveillez chaque jour les mouvements de votre bébé. S’ils ralentissent ou changent, appelez tout de suite la maternité.',
  'advice.trauma-private': 'Si quelqu’un vous a fait du mal, vous pouvez en parler en privé à votre sage-femme ou à votre médecin. Ils peuvent vous aider à être en sécurité.',
  'advice.loss-support': 'Si vous avez peur de perdre votre grossesse, votre sage-femme ou votre médecin peut vous indiquer du soutien près de chez vous. Vous n’avez pas à vivre cela seule.',
  'outcome.print': 'Imprimer ou enregistrer ces conseils',
  // "What you told us" and "Why this advice".
  'outcome.why': 'Pourquoi ces conseils',
  'review.answers': 'Ce que vous nous avez dit',
  'review.change': 'Modifier',
  'review.why.urgency': 'Le niveau de conseil vient de :',
  'review.why.causes': 'Les causes possibles viennent de :',
  'review.why.advice': 'Les autres conseils viennent de :',
  'review.why.sources': 'Sources',
  'review.why.ruleset': 'Version des règles : {version}. Elles suivent les recommandations cliniques publiées par le NHS et d’autres.',
  'review.weeks': 'Nombre de semaines',
  'review.weeks.value': '{weeks, plural, one {# semaine} other {# semaines}}',
  'review.weeks.unknown': 'Je ne sais pas',
  'review.bleeding': 'Abondance du saignement',
  'review.symptoms': 'Autres signes',
  'review.ectopic': 'Risque de grossesse extra-utérine',
  'review.placenta': 'Placenta bas',
  'review.rule.any': 'Tout saignement pendant la grossesse',
  'review.rule.separator': ' ; ',
  'review.rule.anyPain': 'toute douleur',
  'review.rule.from': 'à partir de {from, plural, one {# semaine} other {# semaines}}',
  'review.rule.upTo': 'jusqu’à {to, plural, one {# semaine} other {# semaines}}',
  'review.rule.between': 'de {from} à {to, plural, one {# semaine} other {# semaines}}',
  'review.rule.early': 'début de grossesse (jusqu’à 13 semaines)',
  'review.rule.mid': 'de 14 à 27 semaines',
  'review.rule.late': '28 semaines ou plus',
  'review.rule.unknown': 'nombre de semaines inconnu',
  'review.rule.without': 'sans : {symptoms}',
  'review.rule.answer': '{question} : {answer}',
  'review.rule.noOtherCause': 'rien d’autre n’indique une cause',
  // A reading the person did not give, said as it was (SPEC §7, §8): never quoted as an answer.
  'review.assumed.ectopicRisk': 'Vous n’étiez pas sûre que l’un des risques de grossesse extra-utérine vous concerne, donc ces conseils tiennent aussi compte de cette possibilité.',
  'review.assumed.lowLyingPlacenta': 'Vous n’étiez pas sûre qu’une échographie ait montré un placenta bas, donc ces conseils tiennent aussi compte de cette possibilité.',
  'review.assumed.weeks': 'Vous n’étiez pas sûre du nombre de semaines de grossesse, donc ces conseils couvrent aussi une grossesse de {from} à {to, plural, one {# semaine} other {# semaines}}.',
  'review.rule.level': 'niveau de conseil : {levels}',
  'review.level.emergency': 'urgence',
  'review.level.urgent': 'urgent',
  'review.level.prompt': 'dans les 24 heures',
};

/** Not yet reviewed by a clinical translator (README, "Languages"). */
export const review: ReviewStatus = {
  reviewed: false,
  sources: [
    'ameli.fr (Assurance Maladie), « Grossesse : le programme de suivi et la première consultation » — https://www.ameli.fr/assure/sante/themes/grossesse/grossesse-programme-de-suivi-et-premiere-consultation',
    'ameli-santé (Assurance Maladie), « La fausse couche » — http://www.ameli-sante.fr/grossesse/fausse-couche.html',
  ],
};
