import type { enDetails } from './en-details.js';

/**
 * The English message catalogue: the source every other locale translates. Every word the
 * widget shows or announces is here. Written to clinical/SPEC.md §7: plain, kind, second
 * person; never "ignore it", "normal" or "harmless"; no drug names; not a diagnosis.
 * Placeholders are named, in braces: {number}.
 */
export const en = {
  // Always visible.
  'banner.text': 'If you are bleeding heavily, have severe pain, feel faint or breathless, or someone has collapsed, call {number} now.',
  'number.unknown': 'your local emergency number',
  'intro.text': 'Answer a few questions about the bleeding to find out how urgently to get care and what to do now.',
  'footer.text': 'This tool gives general advice. It is not a diagnosis and does not replace a midwife or doctor.',

  // Question pages.
  progress: 'Question {current} of {total}',
  back: 'Back',
  continue: 'Continue',
  loading: 'Loading…',
  'error.title': 'There is a problem',
  'error.prefix': 'Error:',

  'weeks.question': 'How many weeks pregnant are you?',
  'weeks.hint': 'Count from the first day of your last period, or use the dates from your scan. If you are 12 weeks and 3 days, enter 12.',
  'weeks.prefilled': 'Your record says {weeks, plural, one {# week} other {# weeks}}. Check this is still right before you continue.',
  'weeks.suffix': 'weeks',
  'weeks.notSure': "I'm not sure how many weeks",
  'weeks.error.missing': "Enter how many weeks pregnant you are, or choose \"I'm not sure how many weeks\"",
  'weeks.error.notNumber': 'Enter the weeks as a number, like 12',
  'weeks.error.whole': 'Enter whole weeks only, like 12',
  'weeks.error.range': 'Enter a number of weeks from {min} to {max}',

  'trimester.question': 'Which part of the pregnancy are you in?',
  'trimester.hint': "Choose the closest. If you don't know, that is fine: the advice will be safe for any stage.",
  'trimester.first': 'The first 3 months (first trimester)',
  'trimester.second': 'Months 4 to 6 (second trimester)',
  'trimester.third': 'Month 7 to the end (third trimester)',
  'trimester.unknown': "I don't know",
  'trimester.error': "Choose which part of the pregnancy you are in, or \"I don't know\"",

  'bleeding.question': 'How much are you bleeding?',
  'bleeding.hint': 'Choose the heaviest it has been since it started, even if it has slowed down.',
  'bleeding.spotting': 'Spotting',
  'bleeding.spotting.hint': 'A few drops, or pink or brown staining',
  'bleeding.light': 'Light bleeding',
  'bleeding.light.hint': 'Less than a period',
  'bleeding.heavy': 'Heavy bleeding',
  'bleeding.heavy.hint': 'Like a period or heavier, soaking a pad within an hour, or large clots',
  'bleeding.error': 'Choose how much you are bleeding',

  'symptoms.question': 'Do you have any of these as well?',
  'symptoms.hint': 'Select all that apply.',
  'symptoms.emergencySigns': 'Emergency signs',
  'symptoms.none': 'None of these',
  'symptoms.or': 'or',
  'symptoms.error': 'Select all that apply, or "None of these"',
  // Offered with the emergency signs first (SPEC §6); a hint carries the detail, so labels stay short.
  'symptom.nausea': 'Feeling sick, being sick, or a change in appetite',
  'symptom.mild-cramps': 'Mild cramps or a slight ache low in your tummy',
  'symptom.one-sided-pain': 'Pain on one side of your lower tummy',
  'symptom.severe-pain': 'Severe or constant pain in your tummy or back',
  'symptom.severe-pain.hint': 'Or your bump feels hard and tender',
  'symptom.shoulder-tip-pain': 'Pain in the tip of your shoulder',
  'symptom.shoulder-tip-pain.hint': 'Where your shoulder ends and your arm begins',
  'symptom.dizziness-fainting': 'Feeling faint or very dizzy, or you fainted',
  'symptom.dizziness-fainting.hint': 'Or very pale, cold or clammy, a racing heart, short of breath, chest pain, or confused',
  'symptom.very-unwell': 'You feel very unwell',
  'symptom.very-unwell.hint': 'Or it feels like something is seriously wrong',
  'symptom.clots-or-tissue': 'Passing small clots or tissue',
  'symptom.fever': 'A high temperature or chills',
  'symptom.fever.hint': 'Or discharge that smells bad',
  'symptom.contractions': 'Regular tightenings, or period-like pains that come and go',
  'symptom.fluid-leak': 'A gush or trickle of fluid from your vagina',
  'symptom.fluid-leak.hint': 'Your waters may have broken',
  'symptom.reduced-movements': 'Your baby is moving less than usual, or not at all',
  'symptom.headache-vision': 'A bad headache or problems with your vision',
  'symptom.headache-vision.hint': 'Or pain just below your ribs, being sick with any of these, or sudden swelling of your face, hands or feet',
  'symptom.trauma': 'A fall, a blow to your tummy, or a car accident',
  'symptom.trauma.hint': 'Or someone hurt you',
  'symptom.after-sex': 'The bleeding started after sex',
  'symptom.pain-toilet': 'Pain or discomfort when you pee or poo',
  'symptom.worried': 'Something else about this is worrying you',

  'ectopic.question': 'Do any of these apply to you?',
  'ectopic.hint': 'These make an ectopic pregnancy (a pregnancy outside the womb) more likely:',
  'ectopic.reason.before': 'you have had an ectopic pregnancy before',
  'ectopic.reason.tubes': 'you have had surgery on your fallopian tubes, or a pelvic infection',
  'ectopic.reason.ivf': 'this pregnancy came from IVF',
  'ectopic.reason.coil': 'you have a coil (IUD or IUS) in place',
  'placenta.question': 'Has a scan shown a low-lying placenta (placenta praevia)?',
  'placenta.hint': 'This means the placenta is low in the womb, near or over the cervix. It is usually seen at the 20-week scan.',
  'answer.yes': 'Yes',
  'answer.no': 'No',
  'answer.notSure': "I'm not sure",
  'placenta.notSure': "I'm not sure, or I have not had that scan",
  'answer.error': 'Choose yes, no or "I\'m not sure"',

  // The outcome card.
  'outcome.prefix.emergency': 'Immediate action required:',
  'outcome.prefix.urgent': 'Urgent advice:',
  'outcome.prefix.prompt': 'Advice:',
  'outcome.title.emergency': 'Call {number} now, or go to the emergency department',
  'outcome.title.urgent': 'Phone {care} now',
  'outcome.title.prompt': 'Contact {care} within 24 hours',
  'care.generic.urgent': 'your maternity unit, early pregnancy unit or doctor',
  'care.generic.prompt': 'your midwife, doctor or early pregnancy unit',
  'cta.emergency': 'Call {number}',
  'cta.carePhone': 'Call {name} on {phone}',
  'cta.careUrl': 'Contact {name}',
  'cta.careFallbackName': 'your care team',
  'outcome.notDiagnosis': 'This is not a diagnosis. Only a midwife or doctor can tell you what is happening.',
  'outcome.doNow': 'What to do now',
  'outcome.details.loading': 'Loading the rest of the advice…',
  'outcome.details.unavailable': 'The rest of the advice could not be loaded. What you see above is what matters now.',
  'outcome.restart': 'Start again',
  'outcome.ready': 'Your advice is ready.',

  // Advice that never waits for the rest of the outcome: the action and the safety net (SPEC §5
  // bands 1 and 2), and the one line an emergency card adds. The rest is in en-details.ts.
  // `.ifWeeks`: the same advice when the person's week is not pinned (SPEC §8).
  'advice.call-emergency': 'Ask for an ambulance, or go straight to the emergency department. Do not drive yourself.',
  'advice.call-now': 'Phone {care} now. Do not wait for the bleeding to stop or for your next appointment. They may ask you to come in straight away.',
  'advice.contact-within-24h': 'Contact {care} within 24 hours, or sooner if anything changes.',
  'advice.if-closed': 'If they are closed or you cannot get through, call {urgentCare}, or go to the maternity unit or emergency department.',
  'urgentCare.unknown': 'your out-of-hours or urgent care service',
  'advice.attend-now': 'They are likely to ask you to come in straight away: get ready to go.',
  'advice.safety-net': 'Call {number} if the bleeding gets heavier, the pain gets severe or constant, or you feel faint, breathless or very unwell.',
  'advice.safety-net-24': 'Call {number} if your waters break.',
  'advice.safety-net-24.ifWeeks': 'If you are 24 weeks pregnant or more, call {number} if your waters break.',
  'advice.safety-net-term': 'If your waters break with fresh red bleeding, call {number}. If they break with pink or brown staining, phone the maternity unit at once.',
  'advice.safety-net-movements': 'If your baby moves less than usual, phone the maternity unit at once, not {number}.',
  'advice.safety-net-movements.ifWeeks': 'If you are 24 weeks pregnant or more and your baby moves less than usual, phone the maternity unit at once, not {number}.',
  'advice.call-anyway': 'If you are worried, call anyway. You are not wasting anyone’s time.',
  'advice.if-worse-while-waiting': 'If you feel worse while you wait, call {number} again.',
} as const;

export type MessageKey = keyof typeof en | keyof typeof enDetails;

/** A complete catalogue: every key of English, each a string. */
export type Messages = Record<MessageKey, string>;
