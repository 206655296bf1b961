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
export const messages: Messages = {
  // Always visible.
  'banner.text': 'Se estiver a sangrar muito, tiver dores fortes, sentir que vai desmaiar ou tiver falta de ar, ou se alguém tiver desmaiado, ligue já para o {number}.',
  'number.unknown': 'número de emergência da sua zona',
  'intro.text': 'Responda a algumas perguntas sobre o sangramento para saber com que urgência deve procurar cuidados e o que fazer agora.',
  'footer.text': 'Esta ferramenta dá conselhos gerais. Não é um diagnóstico e não substitui uma parteira ou um médico.',

  // Question pages.
  progress: 'Pergunta {current} de {total}',
  back: 'Voltar',
  continue: 'Continuar',
  loading: 'A carregar…',
  'error.title': 'Há um problema',
  'error.prefix': 'Erro:',

  'weeks.question': 'De quantas semanas está grávida?',
  'weeks.hint': 'Conte a partir do primeiro dia da sua última menstruação, ou use as datas da ecografia. Se estiver grávida de 12 semanas e 3 dias, escreva 12.',
  'weeks.prefilled': 'O seu registo indica {weeks, plural, =0 {# semanas} one {# semana} other {# semanas}}. Confirme que ainda está certo antes de continuar.',
  'weeks.suffix': 'semanas',
  'weeks.notSure': 'Não sei bem quantas semanas',
  'weeks.error.missing': 'Escreva de quantas semanas está grávida, ou escolha «Não sei bem quantas semanas»',
  'weeks.error.notNumber': 'Escreva as semanas em algarismos, por exemplo 12',
  'weeks.error.whole': 'Escreva apenas semanas completas, por exemplo 12',
  'weeks.error.range': 'Escreva um número de semanas entre {min} e {max}',

  'trimester.question': 'Em que fase da gravidez está?',
  'trimester.hint': 'Escolha a mais próxima. Se não souber, não faz mal: o conselho será seguro para qualquer fase.',
  'trimester.first': 'Os primeiros 3 meses (1.º trimestre)',
  'trimester.second': 'Do 4.º ao 6.º mês (2.º trimestre)',
  'trimester.third': 'Do 7.º mês até ao fim (3.º trimestre)',
  'trimester.unknown': 'Não sei',
  'trimester.error': 'Escolha em que fase da gravidez está, ou «Não sei»',

  'bleeding.question': 'Quanto está a sangrar?',
  'bleeding.hint': 'Escolha o máximo que sangrou desde que começou, mesmo que agora tenha diminuído.',
  'bleeding.spotting': 'Pequenas perdas de sangue (spotting)',
  'bleeding.spotting.hint': 'Algumas gotas, ou manchas cor-de-rosa ou castanhas',
  'bleeding.light': 'Sangramento ligeiro',
  'bleeding.light.hint': 'Menos do que uma menstruação',
  'bleeding.heavy': 'Sangramento abundante',
  'bleeding.heavy.hint': 'Como uma menstruação ou mais, um penso higiénico encharcado em menos de uma hora, ou coágulos grandes',
  'bleeding.error': 'Escolha quanto está a sangrar',

  'symptoms.question': 'Tem também algum destes sintomas?',
  'symptoms.hint': 'Selecione todos os que se aplicam.',
  'symptoms.emergencySigns': 'Sinais de emergência',
  'symptoms.none': 'Nenhum destes',
  'symptoms.or': 'ou',
  'symptoms.error': 'Selecione todos os que se aplicam, ou «Nenhum destes»',
  // Offered with the emergency signs first (SPEC §6); a hint carries the detail, so labels stay short.
  'symptom.nausea': 'Enjoos, vómitos ou alteração do apetite',
  'symptom.mild-cramps': 'Cólicas ligeiras ou uma dor fraca na parte de baixo da barriga',
  'symptom.one-sided-pain': 'Dor num dos lados da parte de baixo da barriga',
  'symptom.severe-pain': 'Dor forte ou constante na barriga ou nas costas',
  'symptom.severe-pain.hint': 'Ou sente a barriga dura e dolorosa ao toque',
  'symptom.shoulder-tip-pain': 'Dor na ponta do ombro',
  'symptom.shoulder-tip-pain.hint': 'Onde o ombro acaba e o braço começa',
  'symptom.dizziness-fainting': 'Sente que vai desmaiar ou tem tonturas fortes, ou desmaiou',
  'symptom.dizziness-fainting.hint': 'Ou muito pálida, fria ou com suores frios, coração acelerado, falta de ar, dor no peito ou confusão',
  'symptom.very-unwell': 'Sente-se muito mal',
  'symptom.very-unwell.hint': 'Ou sente que se passa algo grave',
  'symptom.clots-or-tissue': 'Perda de pequenos coágulos ou de tecido',
  'symptom.fever': 'Temperatura alta (febre) ou arrepios',
  'symptom.fever.hint': 'Ou corrimento com mau cheiro',
  'symptom.contractions': 'A barriga endurece com regularidade, ou dores tipo menstruação que vão e vêm',
  'symptom.fluid-leak': 'Saída de líquido pela vagina, de repente ou aos poucos',
  'symptom.fluid-leak.hint': 'A bolsa de águas pode ter rompido',
  'symptom.reduced-movements': 'O bebé mexe-se menos do que o habitual, ou deixou de se mexer',
  'symptom.headache-vision': 'Dor de cabeça forte ou problemas de visão',
  'symptom.headache-vision.hint': 'Ou dor logo abaixo das costelas, vómitos com algum destes sinais, ou inchaço súbito da cara, das mãos ou dos pés',
  'symptom.trauma': 'Uma queda, uma pancada na barriga ou um acidente de carro',
  'symptom.trauma.hint': 'Ou alguém a magoou',
  'symptom.after-sex': 'O sangramento começou depois de ter relações sexuais',
  'symptom.pain-toilet': 'Dor ou desconforto ao urinar ou ao evacuar',
  'symptom.worried': 'Há outra coisa nesta situação que a preocupa',

  'ectopic.question': 'Alguma destas situações se aplica a si?',
  'ectopic.hint': 'Estas situações tornam mais provável uma gravidez ectópica (uma gravidez fora do útero):',
  'ectopic.reason.before': 'já teve uma gravidez ectópica',
  'ectopic.reason.tubes': 'já foi operada às trompas de Falópio, ou teve uma infeção pélvica',
  'ectopic.reason.ivf': 'esta gravidez resultou de fertilização in vitro (FIV)',
  'ectopic.reason.coil': 'tem um DIU ou SIU colocado',
  'placenta.question': 'Alguma ecografia mostrou placenta baixa (placenta prévia)?',
  'placenta.hint': 'Isto significa que a placenta está na parte de baixo do útero, perto do colo do útero ou a tapá-lo. Costuma ver-se na ecografia das 20 semanas.',
  'answer.yes': 'Sim',
  'answer.no': 'Não',
  'answer.notSure': 'Não sei bem',
  'placenta.notSure': 'Não sei bem, ou ainda não fiz essa ecografia',
  'answer.error': 'Escolha sim, não ou «Não sei bem»',

  // The outcome card.
  'outcome.prefix.emergency': 'Ação imediata necessária:',
  'outcome.prefix.urgent': 'Conselho urgente:',
  'outcome.prefix.prompt': 'Conselho:',
  'outcome.title.emergency': 'Ligue já para o {number} ou vá ao serviço de urgência',
  'outcome.title.urgent': 'Telefone já para {care}',
  'outcome.title.prompt': 'Contacte {care} nas próximas 24 horas',
  'care.generic.urgent': 'a sua maternidade, a unidade de início da gravidez ou o seu médico',
  'care.generic.prompt': 'a sua parteira, o seu médico ou a unidade de início da gravidez',
  'cta.emergency': 'Ligue para o {number}',
  'cta.carePhone': 'Ligue para {name} pelo {phone}',
  'cta.careUrl': 'Contacte {name}',
  'cta.careFallbackName': 'a sua equipa de saúde',
  'outcome.notDiagnosis': 'Isto não é um diagnóstico. Só uma parteira ou um médico lhe podem dizer o que está a acontecer.',
  'outcome.doNow': 'O que fazer agora',
  'outcome.details.loading': 'A carregar o resto dos conselhos…',
  'outcome.details.unavailable': 'Não foi possível carregar o resto dos conselhos. O que vê acima é o que importa agora.',
  'outcome.restart': 'Recomeçar',
  'outcome.ready': 'O seu conselho está pronto.',

  // Advice that never waits for the rest of the outcome: the action and the safety net (SPEC §5
  // bands 1 and 2), and the one line an emergency card adds. The rest is in en-details.ts.
  // `.ifWeeks`: the same advice when the person's week is not pinned (SPEC §8).
  'advice.call-emergency': 'Peça uma ambulância, ou vá diretamente ao serviço de urgência. Não conduza.',
  'advice.call-now': 'Telefone já para {care}. Não espere que o sangramento pare nem pela próxima consulta. Podem pedir-lhe que vá lá imediatamente.',
  'advice.contact-within-24h': 'Contacte {care} nas próximas 24 horas, ou antes se alguma coisa mudar.',
  'advice.if-closed': 'Se estiverem fechados ou não conseguir falar com eles, ligue para {urgentCare}, ou vá à maternidade ou ao serviço de urgência.',
  'urgentCare.unknown': 'o serviço de cuidados urgentes ou fora de horas da sua zona',
  'advice.attend-now': 'É provável que lhe peçam para ir lá imediatamente: prepare-se para sair.',
  'advice.safety-net': 'Ligue para o {number} se o sangramento aumentar, a dor ficar forte ou constante, ou se sentir que vai desmaiar, tiver falta de ar ou se sentir muito mal.',
  'advice.safety-net-24': 'Ligue para o {number} se a bolsa de águas romper.',
  'advice.safety-net-24.ifWeeks': 'Se estiver grávida de 24 semanas ou mais, ligue para o {number} se a bolsa de águas romper.',
  'advice.safety-net-term': 'Se a bolsa de águas romper com sangue vermelho vivo, ligue para o {number}. Se romper com manchas cor-de-rosa ou castanhas, telefone de imediato para a maternidade.',
  'advice.safety-net-movements': 'Se o bebé se mexer menos do que o habitual, telefone de imediato para a maternidade, não para o {number}.',
  'advice.safety-net-movements.ifWeeks': 'Se estiver grávida de 24 semanas ou mais e o bebé se mexer menos do que o habitual, telefone de imediato para a maternidade, não para o {number}.',
  'advice.call-anyway': 'Se estiver preocupada, ligue na mesma. Não está a fazer ninguém perder tempo.',
  'advice.if-worse-while-waiting': 'Se se sentir pior enquanto espera, ligue de novo para o {number}.',

  // From here on, the keys of en-details.ts (in English they load on their own; here, with the rest).
  // Possible causes, never called harmless or normal.
  'outcome.causes': 'O que pode estar a causar isto',
  'outcome.causes.intro': 'O sangramento na gravidez tem muitas causas, e a equipa vai verificar o que se passa. Pode ser:',
  'outcome.causes.weeksUnknown': 'Saber de quantas semanas está grávida ajuda a equipa a encontrar a causa.',
  'outcome.causes.none': 'A equipa vai descobrir o que se passa.',
  'cause.implantation': 'Sangramento de implantação',
  'cause.implantation.text': 'Pequenas perdas de sangue por volta da altura em que a menstruação deveria vir, quando o embrião se fixa ao revestimento do útero.',
  'cause.threatened-miscarriage': 'Ameaça de aborto espontâneo',
  'cause.threatened-miscarriage.text': 'É frequente chamar-se assim ao sangramento na gravidez enquanto a gravidez continua. Muitas gravidezes continuam.',
  'cause.miscarriage': 'Aborto espontâneo',
  'cause.miscarriage.text': 'Um sangramento assim pode acontecer num aborto espontâneo, e muitas gravidezes continuam. A equipa pode verificar o que se passa.',
  'cause.ectopic': 'Gravidez ectópica',
  'cause.ectopic.text': 'Uma gravidez que se desenvolve fora do útero, geralmente numa trompa de Falópio. Tem de ser avaliada rapidamente.',
  'cause.low-lying-placenta': 'Placenta baixa',
  'cause.low-lying-placenta.text': 'A placenta está na parte de baixo do útero. Muitas vezes sobe à medida que a gravidez avança, mas pode sangrar.',
  'cause.placenta-praevia': 'Placenta prévia',
  'cause.placenta-praevia.text': 'A placenta está baixa, perto do colo do útero ou a tapá-lo. Pode sangrar, muitas vezes sem dor.',
  'cause.vasa-praevia': 'Vasa prévia',
  'cause.vasa-praevia.text': 'Vasos sanguíneos perto do colo do útero podem sangrar quando a bolsa de águas rompe. A equipa tem de a observar a si e ao bebé de imediato.',
  'cause.placental-abruption': 'Descolamento da placenta',
  'cause.placental-abruption.text': 'A placenta começa a descolar-se da parede do útero. Muitas vezes causa dor ou a barriga dura, além do sangramento.',
  'cause.preterm-labour': 'Trabalho de parto prematuro (pré-termo)',
  'cause.preterm-labour.text': 'O trabalho de parto começa antes das 37 semanas.',
  'cause.cervical': 'Alterações do colo do útero',
  'cause.cervical.text': 'Na gravidez, o colo do útero (a parte mais baixa do útero) pode sangrar com mais facilidade, sobretudo depois de relações sexuais.',
  'cause.infection': 'Uma infeção',
  'cause.infection.text': 'Uma infeção pode causar sangramento, febre ou um corrimento diferente do habitual.',
  'cause.pre-eclampsia': 'Pré-eclâmpsia (uma doença relacionada)',
  'cause.pre-eclampsia.text': 'A pré-eclâmpsia não causa sangramento, mas os seus sinais de alerta têm de ser avaliados no próprio dia.',
  'cause.show': 'Perda do rolhão mucoso',
  'cause.show.text': 'Perto da data prevista do parto, muco cor-de-rosa ou castanho pode significar que o trabalho de parto está a começar. Sangue vermelho vivo não é o rolhão mucoso.',
  // Advice that can wait for the details: while you wait (band 3) and good to know (band 4).
  'advice.what-to-tell': 'Diga-lhes de quantas semanas está grávida e o seu grupo sanguíneo, se o souber (RhD positivo ou negativo). Leve as suas notas de maternidade.',
  'advice.what-to-tell-placenta': 'Diga-lhes de quantas semanas está grávida, o seu grupo sanguíneo, se o souber (RhD positivo ou negativo), e se alguma ecografia mostrou placenta baixa. Leve as suas notas de maternidade.',
  'advice.keep-pads': 'Use pensos higiénicos, não tampões nem copos menstruais. Repare na quantidade de sangue, na cor e em coágulos, e guarde os pensos (ou uma fotografia) para mostrar.',
  'advice.rhesus': 'Se o seu grupo sanguíneo for RhD negativo, diga-o logo à equipa: pode precisar de uma injeção, que resulta melhor nas 72 horas após o início do sangramento.',
  'advice.rhesus.ifWeeks': 'Se estiver grávida de 12 semanas ou mais e o seu grupo sanguíneo for RhD negativo, diga-o logo à equipa: pode precisar de uma injeção, que resulta melhor nas 72 horas após o início do sangramento.',
  'advice.tell-low-placenta': 'Se alguma ecografia mostrou placenta baixa, diga-o à equipa.',
  'advice.may-scan': 'A equipa pode propor-lhe uma ecografia para ver o que se passa.',
  'advice.may-stay': 'Pode ser-lhe pedido que fique algum tempo no hospital, para que a possam observar a si e ao seu bebé.',
  'advice.may-stay.ifWeeks': 'Se estiver grávida de 24 semanas ou mais, pode ser-lhe pedido que fique algum tempo no hospital, para que a possam observar a si e ao seu bebé.',
  'advice.no-sex': 'Não tenha relações sexuais até o sangramento parar e uma parteira ou um médico lhe dizer que pode.',
  'advice.movements-24': 'Depois de o sangramento acalmar, continue a reparar todos os dias nos movimentos do bebé. Se ficarem mais lentos ou mudarem, ligue de imediato para a maternidade. Não espere pelo dia seguinte.',
  'advice.movements-24.ifWeeks': 'Se estiver grávida de 24 semanas ou mais: depois de o sangramento acalmar, continue a reparar todos os dias nos movimentos do bebé. Se ficarem mais lentos ou mudarem, ligue de imediato para a maternidade.',
  'advice.trauma-private': 'Se alguém a magoou, pode dizê-lo em privado à sua parteira ou ao seu médico. Eles podem ajudá-la a ficar em segurança.',
  'advice.loss-support': 'Se tem medo de perder a gravidez, a sua parteira ou o seu médico podem indicar-lhe apoio perto de si. Não tem de passar por isto sozinha.',
  'outcome.print': 'Imprimir ou guardar este conselho',
  // "What you told us" and "Why this advice".
  'outcome.why': 'Porquê este conselho',
  'review.answers': 'O que nos disse',
  'review.change': 'Alterar',
  'review.why.urgency': 'O nível do conselho vem de:',
  'review.why.causes': 'As causas possíveis vêm de:',
  'review.why.advice': 'Os outros conselhos vêm de:',
  'review.why.sources': 'Fontes',
  'review.why.ruleset': 'Versão das regras {version}. As regras seguem orientações publicadas pelo NHS e outras orientações clínicas.',
  'review.weeks': 'Quantas semanas',
  'review.weeks.value': '{weeks, plural, =0 {# semanas} one {# semana} other {# semanas}}',
  'review.weeks.unknown': 'Não sei bem',
  'review.bleeding': 'Quanto sangramento',
  'review.symptoms': 'Outros sintomas',
  'review.ectopic': 'Risco de gravidez ectópica',
  'review.placenta': 'Placenta baixa',
  'review.rule.any': 'Qualquer sangramento na gravidez',
  'review.rule.separator': '; ',
  'review.rule.anyPain': 'qualquer dor',
  'review.rule.from': '{from, plural, =0 {# semanas} one {# semana} other {# semanas}} ou mais',
  'review.rule.upTo': 'até {to, plural, one {# semana} other {# semanas}}',
  'review.rule.between': '{from} a {to, plural, one {# semana} other {# semanas}}',
  'review.rule.early': 'início da gravidez (até 13 semanas)',
  'review.rule.mid': '14 a 27 semanas',
  'review.rule.late': '28 semanas ou mais',
  'review.rule.unknown': 'semanas desconhecidas',
  'review.rule.without': 'sem {symptoms}',
  'review.rule.answer': '{question}: {answer}',
  'review.rule.noOtherCause': 'nada mais aponta para uma causa',
  // A reading the person did not give, said as it was (SPEC §7, §8): never quoted as an answer.
  'review.assumed.ectopicRisk': 'Não tinha a certeza se algum dos riscos de gravidez ectópica se aplica a si, por isso isto também cobre essa possibilidade.',
  'review.assumed.lowLyingPlacenta': 'Não tinha a certeza se alguma ecografia mostrou placenta baixa, por isso isto também cobre essa possibilidade.',
  'review.assumed.weeks': 'Não tinha a certeza de quantas semanas está grávida, por isso isto também cobre {from} a {to, plural, one {# semana} other {# semanas}}.',
  'review.rule.level': 'nível do conselho: {levels}',
  'review.level.emergency': 'emergência',
  'review.level.urgent': 'urgente',
  'review.level.prompt': 'nas próximas 24 horas',
};

/** Not yet reviewed by a clinical translator (README, "Languages"). */
export const review: ReviewStatus = {
  reviewed: false,
  sources: [
    'SNS 24 (Portugal), "Gravidez e parto" — https://www.sns24.gov.pt/en/guia/gravidez-e-parto/',
    'ARS Algarve (SNS), Janela Aberta à Família, "Sinais de alerta" — https://janela-aberta-familia.org/pt/content/sinais-de-alerta',
    'Northern HSC Trust (UK), maternity FAQ in Portuguese — https://www.northerntrust.hscni.net/services/maternity-services/acutematernityservices/acutematernityservicesfaqs/perguntas-frequentes-sobre-os-servicos-criticos-de-maternidade-portuguese/',
  ],
};
