import type { EssentialMessages } from './en.js';
import type { ReviewStatus } from './review.js';

/**
 * Spanish (neutral international, "usted"): translates en.ts + en-details.ts for clinical
 * content version 3, key for key in the same order.
 * Needs review by a clinical translator before clinical use.
 */
export const messages: EssentialMessages = {
  // Always visible.
  'banner.text': 'Si sangra mucho, tiene un dolor fuerte, siente que se va a desmayar o le falta el aire, o alguien se ha desplomado, llame ahora al {number}.',
  'number.unknown': 'número de emergencias de su zona',
  'intro.text': 'Responda unas preguntas sobre el sangrado para saber con qué urgencia necesita atención médica y qué hacer ahora.',
  'footer.text': 'Esta herramienta da consejos generales. No es un diagnóstico y no sustituye a una matrona ni a un médico.',

  // Question pages.
  progress: 'Pregunta {current} de {total}',
  back: 'Atrás',
  continue: 'Continuar',
  loading: 'Cargando…',
  'error.title': 'Hay un problema',
  'error.prefix': 'Error:',

  'weeks.question': '¿Cuántas semanas de embarazo tiene?',
  'weeks.hint': 'Cuente desde el primer día de su última regla, o use las fechas de su ecografía. Si tiene 12 semanas y 3 días, escriba 12.',
  'weeks.prefilled': 'Su historial indica {weeks, plural, one {# semana} other {# semanas}}. Compruebe que sigue siendo correcto antes de continuar.',
  'weeks.suffix': 'semanas',
  'weeks.notSure': 'No sé cuántas semanas tengo',
  'weeks.error.missing': 'Escriba cuántas semanas de embarazo tiene, o elija «No sé cuántas semanas tengo»',
  'weeks.error.notNumber': 'Escriba las semanas con un número, por ejemplo 12',
  'weeks.error.whole': 'Escriba solo semanas completas, por ejemplo 12',
  'weeks.error.range': 'Escriba un número de semanas entre {min} y {max}',

  'trimester.question': '¿En qué etapa del embarazo está?',
  'trimester.hint': 'Elija la más cercana. Si no lo sabe, no importa: los consejos serán seguros para cualquier etapa.',
  'trimester.first': 'Los primeros 3 meses (primer trimestre)',
  'trimester.second': 'Del mes 4 al 6 (segundo trimestre)',
  'trimester.third': 'Del mes 7 hasta el final (tercer trimestre)',
  'trimester.unknown': 'No lo sé',
  'trimester.error': 'Elija en qué etapa del embarazo está, o «No lo sé»',

  'bleeding.question': '¿Cuánto está sangrando?',
  'bleeding.hint': 'Elija la mayor cantidad que ha tenido desde que empezó, aunque ahora haya disminuido.',
  'bleeding.spotting': 'Manchado',
  'bleeding.spotting.hint': 'Unas gotas, o manchas rosadas o marrones',
  'bleeding.light': 'Sangrado leve',
  'bleeding.light.hint': 'Menos que una regla',
  'bleeding.heavy': 'Sangrado abundante',
  'bleeding.heavy.hint': 'Como una regla o más, empapa una toalla sanitaria (compresa) en una hora o menos, o salen coágulos grandes',
  'bleeding.error': 'Elija cuánto está sangrando',

  'symptoms.question': '¿Tiene también alguno de estos síntomas?',
  'symptoms.hint': 'Marque todos los que correspondan.',
  'symptoms.emergencySigns': 'Señales de emergencia',
  'symptoms.none': 'Ninguno de estos',
  'symptoms.or': 'o',
  'symptoms.error': 'Marque todos los que correspondan, o «Ninguno de estos»',
  // Offered with the emergency signs first (SPEC §6); a hint carries the detail, so labels stay short.
  'symptom.nausea': 'Náuseas, vómitos o cambios en el apetito',
  'symptom.mild-cramps': 'Cólicos leves o un dolor leve en la parte baja del vientre',
  'symptom.one-sided-pain': 'Dolor en un lado de la parte baja del vientre',
  'symptom.severe-pain': 'Dolor fuerte o constante en el vientre o en la espalda',
  'symptom.severe-pain.hint': 'O nota el vientre duro y doloroso al tocarlo',
  'symptom.shoulder-tip-pain': 'Dolor en la punta del hombro',
  'symptom.shoulder-tip-pain.hint': 'Donde termina el hombro y empieza el brazo',
  'symptom.dizziness-fainting': 'Sensación de desmayo o mareo fuerte, o se desmayó',
  'symptom.dizziness-fainting.hint': 'O piel muy pálida, fría o sudorosa, el corazón muy acelerado, falta de aire, dolor en el pecho o confusión',
  'symptom.very-unwell': 'Se siente muy mal',
  'symptom.very-unwell.hint': 'O siente que le está pasando algo grave',
  'symptom.clots-or-tissue': 'Expulsión de coágulos pequeños o de tejido',
  'symptom.fever': 'Temperatura alta (fiebre) o escalofríos',
  'symptom.fever.hint': 'O un flujo con mal olor',
  'symptom.contractions': 'Contracciones regulares (el vientre se tensa y se afloja), o dolores como los de la regla que van y vienen',
  'symptom.fluid-leak': 'Salida de líquido por la vagina, de golpe o gota a gota',
  'symptom.fluid-leak.hint': 'Puede que se haya roto la bolsa de las aguas',
  'symptom.reduced-movements': 'Su bebé se mueve menos de lo habitual, o no se mueve',
  'symptom.headache-vision': 'Un dolor de cabeza fuerte o problemas de la vista',
  'symptom.headache-vision.hint': 'O dolor justo debajo de las costillas, vómitos junto con cualquiera de estos síntomas, o hinchazón repentina de la cara, las manos o los pies',
  'symptom.trauma': 'Una caída, un golpe en el vientre o un accidente de tráfico',
  'symptom.trauma.hint': 'O alguien le hizo daño',
  'symptom.after-sex': 'El sangrado empezó después de tener relaciones sexuales',
  'symptom.pain-toilet': 'Dolor o molestias al orinar o al defecar',
  'symptom.worried': 'Hay algo más de esta situación que le preocupa',

  'ectopic.question': '¿Se encuentra en alguna de estas situaciones?',
  'ectopic.hint': 'Estas situaciones hacen más probable un embarazo ectópico (un embarazo fuera del útero):',
  'ectopic.reason.before': 'ha tenido un embarazo ectópico antes',
  'ectopic.reason.tubes': 'le han operado las trompas de Falopio, o ha tenido una infección pélvica',
  'ectopic.reason.ivf': 'este embarazo es por fecundación in vitro (FIV)',
  'ectopic.reason.coil': 'lleva puesto un DIU (dispositivo intrauterino, de cobre u hormonal)',
  'placenta.question': '¿Le han dicho en una ecografía que tiene la placenta baja (placenta previa)?',
  'placenta.hint': 'Esto significa que la placenta está en la parte baja del útero, cerca del cuello uterino o cubriéndolo. Suele verse en la ecografía de la semana 20.',
  'answer.yes': 'Sí',
  'answer.no': 'No',
  'answer.notSure': 'No lo sé con seguridad',
  'placenta.notSure': 'No lo sé con seguridad, o no me han hecho esa ecografía',
  'answer.error': 'Elija sí, no o «No lo sé con seguridad»',

  // The outcome card.
  'outcome.prefix.emergency': 'Se necesita actuar de inmediato:',
  'outcome.prefix.urgent': 'Consejo urgente:',
  'outcome.prefix.prompt': 'Consejo:',
  'outcome.title.emergency': 'Llame al {number} ahora, o vaya al servicio de urgencias',
  'outcome.title.urgent': 'Llame ahora a {care}',
  'outcome.title.prompt': 'Póngase en contacto con {care} en las próximas 24 horas',
  'care.generic.urgent': 'su unidad de maternidad, la unidad de embarazo temprano o su médico',
  'care.generic.prompt': 'su matrona, su médico o la unidad de embarazo temprano',
  'cta.emergency': 'Llame al {number}',
  'cta.carePhone': 'Llame a {name} al {phone}',
  'cta.careUrl': 'Póngase en contacto con {name}',
  'cta.careFallbackName': 'su equipo de atención',
  'outcome.notDiagnosis': 'Esto no es un diagnóstico. Solo una matrona o un médico pueden decirle lo que está pasando.',
  'outcome.doNow': 'Qué hacer ahora',
  'outcome.details.loading': 'Cargando el resto de los consejos…',
  'outcome.details.unavailable': 'No se pudo cargar el resto de los consejos. Lo que ve arriba es lo más importante ahora.',
  'outcome.restart': 'Empezar de nuevo',
  'outcome.ready': 'Su consejo está listo.',

  // Advice that never waits for the rest of the outcome: the action and the safety net (SPEC §5
  // bands 1 and 2), and the one line an emergency card adds. The rest is in en-details.ts.
  // `.ifWeeks`: the same advice when the person's week is not pinned (SPEC §8).
  'advice.call-emergency': 'Pida una ambulancia, o vaya directamente al servicio de urgencias. No conduzca usted.',
  'advice.call-now': 'Llame ahora a {care}. No espere a que el sangrado pare ni a su próxima cita. Puede que le pidan que vaya enseguida.',
  'advice.contact-within-24h': 'Póngase en contacto con {care} en las próximas 24 horas, o antes si algo cambia.',
  'advice.if-closed': 'Si están cerrados o no consigue comunicarse, llame al {urgentCare}, o vaya a la unidad de maternidad o al servicio de urgencias.',
  'urgentCare.unknown': 'teléfono de atención médica urgente o fuera de horario',
  'advice.attend-now': 'Es probable que le pidan que vaya enseguida: prepárese para salir.',
  'advice.safety-net': 'Llame al {number} si el sangrado aumenta, el dolor se vuelve fuerte o constante, o siente que se va a desmayar, le falta el aire o se siente muy mal.',
  'advice.safety-net-24': 'Llame al {number} si se rompe la bolsa de las aguas.',
  'advice.safety-net-24.ifWeeks': 'Si tiene 24 semanas de embarazo o más, llame al {number} si se rompe la bolsa de las aguas.',
  'advice.safety-net-term': 'Si se rompe la bolsa de las aguas con sangrado rojo y fresco, llame al {number}. Si se rompe con manchas rosadas o marrones, llame enseguida a la unidad de maternidad.',
  'advice.safety-net-movements': 'Si su bebé se mueve menos de lo habitual, llame enseguida a la unidad de maternidad, no al {number}.',
  'advice.safety-net-movements.ifWeeks': 'Si tiene 24 semanas de embarazo o más y su bebé se mueve menos de lo habitual, llame enseguida a la unidad de maternidad, no al {number}.',
  'advice.call-anyway': 'Si algo le preocupa, llame de todos modos. No le está haciendo perder el tiempo a nadie.',
  'advice.if-worse-while-waiting': 'Si se siente peor mientras espera, vuelva a llamar al {number}.',
};

/** Not yet reviewed by a clinical translator (README, "Languages"). */
export const review: ReviewStatus = {
  reviewed: false,
  sources: [
    'MedlinePlus en español (U.S. National Library of Medicine) — https://medlineplus.gov/spanish/',
    "Spain's public health services' patient information on pregnancy",
  ],
};

/** The rest of the outcome's words, loaded beside these. */
export const details = () => import('./es-details.js');
