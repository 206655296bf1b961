// The triage questionnaire for LHC-Forms, as a FHIR R4 Questionnaire: the same questions, words
// and three urgency outcomes as <bleeding-triage>. The conditional questions (trimester, ectopic
// risk, low-lying placenta) are shown with `enableWhen`; the urgency is a FHIRPath
// `calculatedExpression` (SDC) over `variable`s, and each outcome is a display item enabled
// when the urgency has its value. The FHIRPath implements the whole urgency column of
// RULES.md §1; bench/lib/logic-check.mjs compares it with the engine over thousands of paths.
//
// LHC-Forms shows every question on one page (it has no page-per-question mode), so the
// outcome appears under the questions as soon as the answers decide it: at once for an
// emergency answer, otherwise when the last question on the path is answered.
//
// A classic script: it runs after lhc-forms.js and lformsFHIR.min.js and adds the form with
// LForms.Util.addFormToPage, as LHC-Forms's documentation shows. In Node (the logic check) it
// only defines `triageQuestionnaire`.

(function () {
  const EXT = 'http://hl7.org/fhir/StructureDefinition/';
  const SDC = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-';
  const control = (code) => ({
    url: `${EXT}questionnaire-itemControl`,
    valueCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/questionnaire-item-control', code }] },
  });
  const variable = (name, expression) => ({ url: `${EXT}variable`, valueExpression: { name, language: 'text/fhirpath', expression } });
  const options = (pairs) => pairs.map(([code, display]) => ({ valueCoding: { code, display } }));
  // Help text as LHC-Forms shows it: a child display item with the "help" item control.
  const help = (linkId, text) => [{ linkId: `${linkId}-help`, type: 'display', text, extension: [control('help')] }];
  // (A variable may not be called `weeks`: that is a FHIRPath calendar unit.)
  const answer = (linkId) => `%resource.item.where(linkId='${linkId}').answer.value`;
  const has = (symptom) => `(%symptoms contains '${symptom}')`;
  const anyOf = (list) => `%symptoms.intersect(${list.map((s) => `'${s}'`).join(' | ')}).exists()`;
  const PAIN = ['mild-cramps', 'one-sided-pain', 'severe-pain', 'shoulder-tip-pain', 'contractions', 'pain-toilet'];
  const URGENT = ['one-sided-pain', 'clots-or-tissue', 'mild-cramps', 'contractions', 'fluid-leak', 'fever', 'headache-vision', 'trauma', 'pain-toilet', 'worried'];
  // An answer option's display is plain text: ours shows the hint on a line of its own.
  const withHint = (label, hint) => `${label}. ${hint}`;
  const whenTrimester = (code) => ({ question: 'trimester', operator: '=', answerCoding: { code } });
  const yesNoUnsure = (unsure) => options([['yes', 'Yes'], ['no', 'No'], ['unsure', unsure]]);
  const outcome = (urgency, text) => ({
    linkId: `outcome-${urgency}`,
    type: 'display',
    text,
    enableWhen: [{ question: 'urgency', operator: '=', answerString: urgency }],
  });

  const questionnaire = {
    resourceType: 'Questionnaire',
    status: 'draft',
    title: 'Bleeding in pregnancy',
    extension: [
      variable('givenWeeks', answer('weeks')),
      variable('unsure', `${answer('weeks-unsure')}.where($this = true).exists()`),
      variable('trimester', `${answer('trimester')}.code`),
      variable('bleeding', `${answer('bleeding')}.code`),
      variable('symptoms', `${answer('symptoms')}.code`),
      variable('ectopic', `${answer('ectopic-risk')}.code`),
      variable('placenta', `${answer('placenta')}.code`),
      // The earliest and latest week the answer could mean (RULES.md: a trimester at its widest,
      // first 0–13, second 13–27, third 25–45; "not sure" 0–45).
      variable('minWeeks', "iif(%unsure, iif(%trimester = 'second', 13, iif(%trimester = 'third', 25, 0)), %givenWeeks)"),
      variable('maxWeeks', "iif(%unsure, iif(%trimester = 'first', 13, iif(%trimester = 'second', 27, 45)), %givenWeeks)"),
      variable('askEctopic', "iif(iif(%unsure, %trimester = 'first' or %trimester = 'unknown', %givenWeeks <= 13), true, false)"),
      variable('askPlacenta', "iif(iif(%unsure, %trimester = 'second' or %trimester = 'third' or %trimester = 'unknown', %givenWeeks >= 14), true, false)"),
      variable('pain', anyOf(PAIN)),
      variable(
        'emergency',
        `iif(%bleeding = 'heavy' or ${anyOf(['severe-pain', 'dizziness-fainting', 'shoulder-tip-pain', 'very-unwell'])}` +
          ` or (${has('fever')} and ${has('clots-or-tissue')})` +
          ` or (${has('trauma')} and (%pain or %maxWeeks >= 20))` +
          // Waters breaking at 24–36 weeks; from 37 only with fresh bleeding (staining is urgent).
          ` or (${has('fluid-leak')} and %maxWeeks >= 24 and %minWeeks <= 36)` +
          ` or (${has('fluid-leak')} and %maxWeeks >= 37 and (%bleeding = 'light' or %bleeding = 'heavy'))` +
          ` or (${has('reduced-movements')} and %pain and %maxWeeks >= 24), true, false)`,
      ),
      variable(
        'urgent',
        `iif(${anyOf(URGENT)} or (${has('reduced-movements')} and %maxWeeks >= 24)` +
          // "Not sure" about ectopic risk or a low-lying placenta is read as yes.
          " or (%askEctopic and %ectopic != 'no') or (%askPlacenta and (%placenta = 'yes' or %placenta = 'unsure'))" +
          ' or %maxWeeks >= 12, true, false)',
      ),
      variable(
        'complete',
        '%bleeding.exists() and (%givenWeeks.exists() or (%unsure and %trimester.exists())) and %symptoms.exists()' +
          ' and (%askEctopic.not() or %ectopic.exists()) and (%askPlacenta.not() or %placenta.exists())',
      ),
    ],
    item: [
      {
        linkId: 'weeks',
        type: 'integer',
        text: 'How many weeks pregnant are you?',
        extension: [
          { url: `${EXT}minValue`, valueInteger: 0 },
          { url: `${EXT}maxValue`, valueInteger: 45 },
        ],
        item: help('weeks', 'Count from the first day of your last period, or use the dates from your scan. If you are 12 weeks and 3 days, enter 12.'),
      },
      { linkId: 'weeks-unsure', type: 'boolean', text: "I'm not sure how many weeks" },
      {
        linkId: 'trimester',
        type: 'choice',
        text: 'Which part of the pregnancy are you in?',
        required: true,
        extension: [control('radio-button')],
        enableWhen: [{ question: 'weeks-unsure', operator: '=', answerBoolean: true }],
        answerOption: options([
          ['first', 'The first 3 months (first trimester)'],
          ['second', 'Months 4 to 6 (second trimester)'],
          ['third', 'Month 7 to the end (third trimester)'],
          ['unknown', "I don't know"],
        ]),
        item: help('trimester', "Choose the closest. If you don't know, that is fine: the advice will be safe for any stage."),
      },
      {
        linkId: 'bleeding',
        type: 'choice',
        text: 'How much are you bleeding?',
        required: true,
        extension: [control('radio-button')],
        answerOption: options([
          ['spotting', 'Spotting: a few drops, or pink or brown staining'],
          ['light', 'Light bleeding: less than a period'],
          ['heavy', 'Heavy bleeding: like a period or heavier, soaking a pad within an hour, or large clots'],
        ]),
        item: help('bleeding', 'Choose the heaviest it has been since it started, even if it has slowed down.'),
      },
      {
        linkId: 'symptoms',
        type: 'choice',
        text: 'Do you have any of these as well? Select all that apply.',
        required: true,
        repeats: true,
        extension: [control('check-box')],
        // All 17 always, in the order questionsFor() offers them (the emergency signs first):
        // LHC-Forms does not support the SDC answerOptionsToggleExpression that would hide
        // sickness from 14 weeks (or in the third trimester) and movements before 16 weeks (or
        // in the first) as <bleeding-triage> and the SurveyJS page do, nor optionExclusive for
        // "None of these".
        answerOption: options([
          ['severe-pain', withHint('Severe or constant pain in your tummy or back', 'Or your bump feels hard and tender')],
          ['shoulder-tip-pain', withHint('Pain in the tip of your shoulder', 'Where your shoulder ends and your arm begins')],
          [
            'dizziness-fainting',
            withHint('Feeling faint or very dizzy, or you fainted', 'Or very pale, cold or clammy, a racing heart, short of breath, chest pain, or confused'),
          ],
          ['very-unwell', withHint('You feel very unwell', 'Or it feels like something is seriously wrong')],
          ['nausea', 'Feeling sick, being sick, or a change in appetite'],
          ['mild-cramps', 'Mild cramps or a slight ache low in your tummy'],
          ['one-sided-pain', 'Pain on one side of your lower tummy'],
          ['clots-or-tissue', 'Passing small clots or tissue'],
          ['fever', withHint('A high temperature or chills', 'Or discharge that smells bad')],
          ['contractions', 'Regular tightenings, or period-like pains that come and go'],
          ['fluid-leak', withHint('A gush or trickle of fluid from your vagina', 'Your waters may have broken')],
          ['reduced-movements', 'Your baby is moving less than usual, or not at all'],
          [
            'headache-vision',
            withHint(
              'A bad headache or problems with your vision',
              'Or pain just below your ribs, being sick with any of these, or sudden swelling of your face, hands or feet',
            ),
          ],
          ['trauma', withHint('A fall, a blow to your tummy, or a car accident', 'Or someone hurt you')],
          ['after-sex', 'The bleeding started after sex'],
          ['pain-toilet', 'Pain or discomfort when you pee or poo'],
          ['worried', 'Something else about this is worrying you'],
          ['none', 'None of these'],
        ]),
      },
      {
        // Asked up to 13 weeks, or when the week is not known.
        linkId: 'ectopic-risk',
        type: 'choice',
        text: 'Do any of these apply to you?',
        required: true,
        extension: [control('radio-button')],
        enableWhen: [{ question: 'weeks', operator: '<=', answerInteger: 13 }, whenTrimester('first'), whenTrimester('unknown')],
        enableBehavior: 'any',
        answerOption: yesNoUnsure("I'm not sure"),
        item: help(
          'ectopic-risk',
          'These make an ectopic pregnancy (a pregnancy outside the womb) more likely: you have had an ectopic pregnancy before; ' +
            'you have had surgery on your fallopian tubes, or a pelvic infection; this pregnancy came from IVF; you have a coil (IUD or IUS) in place.',
        ),
      },
      {
        // Asked from 14 weeks, or when the week is not known.
        linkId: 'placenta',
        type: 'choice',
        text: 'Has a scan shown a low-lying placenta (placenta praevia)?',
        required: true,
        extension: [control('radio-button')],
        enableWhen: [{ question: 'weeks', operator: '>=', answerInteger: 14 }, whenTrimester('second'), whenTrimester('third'), whenTrimester('unknown')],
        enableBehavior: 'any',
        answerOption: yesNoUnsure("I'm not sure, or I have not had that scan"),
        item: help('placenta', 'This means the placenta is low in the womb, near or over the cervix. It is usually seen at the 20-week scan.'),
      },
      {
        linkId: 'urgency',
        type: 'string',
        text: 'Urgency',
        readOnly: true,
        extension: [
          { url: `${EXT}questionnaire-hidden`, valueBoolean: true },
          {
            url: `${SDC}calculatedExpression`,
            valueExpression: {
              language: 'text/fhirpath',
              expression: "iif(%emergency, 'emergency', iif(%complete, iif(%urgent, 'urgent', 'prompt'), {}))",
            },
          },
        ],
      },
      outcome('emergency', 'Immediate action required: Call 999 now, or go to the emergency department. This is not a diagnosis.'),
      outcome('urgent', 'Urgent advice: Phone your maternity unit, early pregnancy unit or doctor now. This is not a diagnosis.'),
      outcome('prompt', 'Advice: Contact your midwife, doctor or early pregnancy unit within 24 hours. This is not a diagnosis.'),
    ],
  };
  globalThis.triageQuestionnaire = questionnaire;

  if (typeof document !== 'undefined') {
    document.addEventListener('DOMContentLoaded', function () {
      LForms.Util.addFormToPage(questionnaire, 'myFormContainer', { fhirVersion: 'R4' });
    });
  }
})();
