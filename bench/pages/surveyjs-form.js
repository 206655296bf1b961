// The triage questionnaire for SurveyJS Form Library: the same questions, words and three
// urgency outcomes as <bleeding-triage>, written as a SurveyJS JSON model. Questions are shown
// and hidden with `visibleIf`; the urgency is computed by SurveyJS's own expression language in
// `calculatedValues` and shown with `completedHtmlOnCondition`. The expressions implement the
// whole urgency column of RULES.md §1 (and the cause rules whose urgency adds nothing to it);
// bench/lib/logic-check.mjs compares them with the engine over thousands of answer paths.
//
// A classic script, as in SurveyJS's "Get Started" for HTML/CSS/JavaScript: it runs after
// survey.core.min.js and survey-js-ui.min.js, and renders on DOMContentLoaded. In Node (the
// logic check) it only defines `triageSurveyJson`.

const PAIN = "['mild-cramps', 'one-sided-pain', 'severe-pain', 'shoulder-tip-pain', 'contractions', 'pain-toilet']";
const URGENT_SYMPTOMS =
  "['one-sided-pain', 'clots-or-tissue', 'mild-cramps', 'contractions', 'fluid-leak', 'fever', 'headache-vision', 'trauma', 'pain-toilet', 'worried']";
const UNSURE = "{weeksUnsure} contains 'unsure'";

// A choice has one plain-text label in SurveyJS: ours shows the hint on a line of its own.
const withHint = (label, hint) => `${label}. ${hint}`;

const outcome = (urgency, prefix, title) =>
  `<div class="outcome" data-urgency="${urgency}"><h2><span>${prefix}</span> ${title}</h2>` +
  '<p>This is not a diagnosis. Only a midwife or doctor can tell you what is happening.</p></div>';

const yesNoUnsure = (unsure) => [
  { value: 'yes', text: 'Yes' },
  { value: 'no', text: 'No' },
  { value: 'unsure', text: unsure },
];

globalThis.triageSurveyJson = {
  showQuestionNumbers: 'off',
  pageNextText: 'Continue',
  completeText: 'Continue',
  calculatedValues: [
    // The earliest and latest week the answer could mean (RULES.md: a trimester at its widest,
    // first 0–13, second 13–27, third 25–45; "not sure" 0–45).
    { name: 'minWeeks', expression: `iif(${UNSURE}, iif({trimester} = 'second', 13, iif({trimester} = 'third', 25, 0)), {weeks})` },
    { name: 'maxWeeks', expression: `iif(${UNSURE}, iif({trimester} = 'first', 13, iif({trimester} = 'second', 27, 45)), {weeks})` },
    // Ectopic risk is asked up to 13 weeks or when the week is not known; a low-lying placenta from 14.
    { name: 'askEctopic', expression: `iif(${UNSURE}, {trimester} anyof ['first', 'unknown'], {weeks} <= 13)` },
    { name: 'askPlacenta', expression: `iif(${UNSURE}, {trimester} anyof ['second', 'third', 'unknown'], {weeks} >= 14)` },
    {
      name: 'emergency',
      expression:
        "{bleeding} = 'heavy' or {symptoms} anyof ['severe-pain', 'dizziness-fainting', 'shoulder-tip-pain', 'very-unwell']" +
        " or ({symptoms} contains 'fever' and {symptoms} contains 'clots-or-tissue')" +
        ` or ({symptoms} contains 'trauma' and ({symptoms} anyof ${PAIN} or {maxWeeks} >= 20))` +
        // Waters breaking at 24–36 weeks; from 37 only with fresh bleeding (staining is urgent, below).
        " or ({symptoms} contains 'fluid-leak' and {maxWeeks} >= 24 and {minWeeks} <= 36)" +
        " or ({symptoms} contains 'fluid-leak' and {maxWeeks} >= 37 and {bleeding} anyof ['light', 'heavy'])" +
        ` or ({symptoms} contains 'reduced-movements' and {symptoms} anyof ${PAIN} and {maxWeeks} >= 24)`,
    },
    {
      name: 'urgent',
      expression:
        `{symptoms} anyof ${URGENT_SYMPTOMS}` +
        " or ({symptoms} contains 'reduced-movements' and {maxWeeks} >= 24)" +
        // "Not sure" about ectopic risk or a low-lying placenta is read as yes.
        " or ({askEctopic} = true and {ectopicRisk} <> 'no')" +
        " or ({askPlacenta} = true and {lowLyingPlacenta} anyof ['yes', 'unsure'])" +
        ' or {maxWeeks} >= 12',
    },
    { name: 'urgency', expression: "iif({emergency} = true, 'emergency', iif({urgent} = true, 'urgent', 'prompt'))" },
  ],
  pages: [
    {
      name: 'weeks',
      elements: [
        {
          type: 'text',
          name: 'weeks',
          inputType: 'number',
          min: 0,
          max: 45,
          step: 1,
          title: 'How many weeks pregnant are you?',
          description: 'Count from the first day of your last period, or use the dates from your scan. If you are 12 weeks and 3 days, enter 12.',
          enableIf: `!(${UNSURE})`,
          requiredIf: `!(${UNSURE})`,
          requiredErrorText: 'Enter how many weeks pregnant you are, or choose "I\'m not sure how many weeks"',
          validators: [{ type: 'regex', regex: '^\\d+$', text: 'Enter whole weeks only, like 12' }],
        },
        {
          type: 'checkbox',
          name: 'weeksUnsure',
          titleLocation: 'hidden',
          title: 'Not sure',
          choices: [{ value: 'unsure', text: "I'm not sure how many weeks" }],
        },
      ],
    },
    {
      name: 'trimester',
      visibleIf: UNSURE,
      elements: [
        {
          type: 'radiogroup',
          name: 'trimester',
          title: 'Which part of the pregnancy are you in?',
          description: "Choose the closest. If you don't know, that is fine: the advice will be safe for any stage.",
          isRequired: true,
          choices: [
            { value: 'first', text: 'The first 3 months (first trimester)' },
            { value: 'second', text: 'Months 4 to 6 (second trimester)' },
            { value: 'third', text: 'Month 7 to the end (third trimester)' },
            { value: 'unknown', text: "I don't know" },
          ],
        },
      ],
    },
    {
      name: 'bleeding',
      elements: [
        {
          type: 'radiogroup',
          name: 'bleeding',
          title: 'How much are you bleeding?',
          description: 'Choose the heaviest it has been since it started, even if it has slowed down.',
          isRequired: true,
          choices: [
            { value: 'spotting', text: 'Spotting: a few drops, or pink or brown staining' },
            { value: 'light', text: 'Light bleeding: less than a period' },
            { value: 'heavy', text: 'Heavy bleeding: like a period or heavier, soaking a pad within an hour, or large clots' },
          ],
        },
      ],
    },
    {
      // Heavy bleeding ends the questions at once, as in <bleeding-triage>.
      name: 'symptoms',
      visibleIf: '{emergency} <> true',
      elements: [
        {
          type: 'checkbox',
          name: 'symptoms',
          title: 'Do you have any of these as well?',
          description: 'Select all that apply.',
          isRequired: true,
          showNoneItem: true,
          noneText: 'None of these',
          choices: [
            // As questionsFor() offers them: the emergency signs first, then the rest in the
            // engine's order; sickness hidden from 14 weeks and in the third trimester, baby
            // movements before 16 weeks and in the first.
            { value: 'severe-pain', text: withHint('Severe or constant pain in your tummy or back', 'Or your bump feels hard and tender') },
            { value: 'shoulder-tip-pain', text: withHint('Pain in the tip of your shoulder', 'Where your shoulder ends and your arm begins') },
            {
              value: 'dizziness-fainting',
              text: withHint(
                'Feeling faint or very dizzy, or you fainted',
                'Or very pale, cold or clammy, a racing heart, short of breath, chest pain, or confused',
              ),
            },
            { value: 'very-unwell', text: withHint('You feel very unwell', 'Or it feels like something is seriously wrong') },
            {
              value: 'nausea',
              text: 'Feeling sick, being sick, or a change in appetite',
              visibleIf: `iif(${UNSURE}, {trimester} <> 'third', {weeks} < 14)`,
            },
            { value: 'mild-cramps', text: 'Mild cramps or a slight ache low in your tummy' },
            { value: 'one-sided-pain', text: 'Pain on one side of your lower tummy' },
            { value: 'clots-or-tissue', text: 'Passing small clots or tissue' },
            { value: 'fever', text: withHint('A high temperature or chills', 'Or discharge that smells bad') },
            { value: 'contractions', text: 'Regular tightenings, or period-like pains that come and go' },
            { value: 'fluid-leak', text: withHint('A gush or trickle of fluid from your vagina', 'Your waters may have broken') },
            {
              value: 'reduced-movements',
              text: 'Your baby is moving less than usual, or not at all',
              visibleIf: `iif(${UNSURE}, {trimester} <> 'first', {weeks} >= 16)`,
            },
            {
              value: 'headache-vision',
              text: withHint(
                'A bad headache or problems with your vision',
                'Or pain just below your ribs, being sick with any of these, or sudden swelling of your face, hands or feet',
              ),
            },
            { value: 'trauma', text: withHint('A fall, a blow to your tummy, or a car accident', 'Or someone hurt you') },
            { value: 'after-sex', text: 'The bleeding started after sex' },
            { value: 'pain-toilet', text: 'Pain or discomfort when you pee or poo' },
            { value: 'worried', text: 'Something else about this is worrying you' },
          ],
        },
      ],
    },
    {
      name: 'ectopicRisk',
      visibleIf: '{emergency} <> true and {askEctopic} = true',
      elements: [
        {
          type: 'radiogroup',
          name: 'ectopicRisk',
          title: 'Do any of these apply to you?',
          description:
            'These make an ectopic pregnancy (a pregnancy outside the womb) more likely: you have had an ectopic pregnancy before; ' +
            'you have had surgery on your fallopian tubes, or a pelvic infection; this pregnancy came from IVF; you have a coil (IUD or IUS) in place.',
          isRequired: true,
          choices: yesNoUnsure("I'm not sure"),
        },
      ],
    },
    {
      name: 'lowLyingPlacenta',
      visibleIf: '{emergency} <> true and {askPlacenta} = true',
      elements: [
        {
          type: 'radiogroup',
          name: 'lowLyingPlacenta',
          title: 'Has a scan shown a low-lying placenta (placenta praevia)?',
          description: 'This means the placenta is low in the womb, near or over the cervix. It is usually seen at the 20-week scan.',
          isRequired: true,
          choices: yesNoUnsure("I'm not sure, or I have not had that scan"),
        },
      ],
    },
  ],
  completedHtmlOnCondition: [
    { expression: "{urgency} = 'emergency'", html: outcome('emergency', 'Immediate action required:', 'Call 999 now, or go to the emergency department') },
    { expression: "{urgency} = 'urgent'", html: outcome('urgent', 'Urgent advice:', 'Phone your maternity unit, early pregnancy unit or doctor now') },
    { expression: "{urgency} = 'prompt'", html: outcome('prompt', 'Advice:', 'Contact your midwife, doctor or early pregnancy unit within 24 hours') },
  ],
};

if (typeof document !== 'undefined') {
  const survey = new Survey.Model(globalThis.triageSurveyJson);
  document.addEventListener('DOMContentLoaded', function () {
    survey.render(document.getElementById('surveyContainer'));
  });
}
