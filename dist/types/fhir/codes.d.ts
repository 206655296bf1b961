import type { Answer, Bleeding, Symptom, Trimester } from '../engine/types.js';
import type { Coding } from './types.js';
/**
 * Where this project's FHIR artefacts live. A placeholder (`.example` is reserved, RFC 2606)
 * until the project has a published home: every canonical URL below hangs off it.
 */
export declare const FHIR_BASE = "https://bleeding-triage.example/fhir";
/** The project's own code systems: each holds one vocabulary's ids, exactly as the engine spells them. */
export declare const CODE_SYSTEM: {
    readonly bleeding: "https://bleeding-triage.example/fhir/CodeSystem/bleeding";
    readonly symptom: "https://bleeding-triage.example/fhir/CodeSystem/symptom";
    readonly trimester: "https://bleeding-triage.example/fhir/CodeSystem/trimester";
    readonly answer: "https://bleeding-triage.example/fhir/CodeSystem/answer";
    readonly urgency: "https://bleeding-triage.example/fhir/CodeSystem/urgency";
    readonly stage: "https://bleeding-triage.example/fhir/CodeSystem/stage";
    readonly advice: "https://bleeding-triage.example/fhir/CodeSystem/advice";
    readonly cause: "https://bleeding-triage.example/fhir/CodeSystem/cause";
    readonly rule: "https://bleeding-triage.example/fhir/CodeSystem/rule";
    readonly source: "https://bleeding-triage.example/fhir/CodeSystem/source";
};
export type CodeSystemName = keyof typeof CODE_SYSTEM;
export declare const LOINC = "http://loinc.org";
export declare const SNOMED_CT = "http://snomed.info/sct";
export declare const UCUM = "http://unitsofmeasure.org";
/**
 * The only external codes used, each checked by hand against its code system (issue 14): no
 * other SNOMED CT or LOINC code is guessed. SNOMED CT's are findings the question asks about.
 */
export declare const VERIFIED: {
    readonly gestationalAgeWeeks: {
        readonly system: "http://loinc.org";
        readonly code: "49051-6";
        readonly display: "Gestational age in weeks";
    };
    readonly bleedingFromVagina: {
        readonly system: "http://snomed.info/sct";
        readonly code: "289530006";
        readonly display: "Bleeding from vagina";
    };
    readonly abdominalPain: {
        readonly system: "http://snomed.info/sct";
        readonly code: "21522001";
        readonly display: "Abdominal pain";
    };
    readonly fever: {
        readonly system: "http://snomed.info/sct";
        readonly code: "386661006";
        readonly display: "Fever";
    };
    readonly dizziness: {
        readonly system: "http://snomed.info/sct";
        readonly code: "404640003";
        readonly display: "Dizziness";
    };
    readonly syncope: {
        readonly system: "http://snomed.info/sct";
        readonly code: "271594007";
        readonly display: "Syncope";
    };
};
/** The external codes each symptom's question carries beside its own id (a broader finding at most). */
export declare const SYMPTOM_CODES: Partial<Record<Symptom, Coding[]>>;
/** After "not sure how many weeks", the person may also not know the trimester. */
export type TrimesterAnswer = Trimester | 'unknown';
/** The English words the element shows for each answer: they are the codes' displays. */
export declare const ANSWER_DISPLAY: {
    readonly bleeding: (code: Bleeding) => "Spotting" | "Light bleeding" | "Heavy bleeding";
    readonly symptom: (code: Symptom) => "Feeling sick, being sick, or a change in appetite" | "Mild cramps or a slight ache low in your tummy" | "Pain on one side of your lower tummy" | "Severe or constant pain in your tummy or back" | "Pain in the tip of your shoulder" | "Feeling faint or very dizzy, or you fainted" | "You feel very unwell" | "Passing small clots or tissue" | "A high temperature or chills" | "Regular tightenings, or period-like pains that come and go" | "A gush or trickle of fluid from your vagina" | "Your baby is moving less than usual, or not at all" | "A bad headache or problems with your vision" | "A fall, a blow to your tummy, or a car accident" | "The bleeding started after sex" | "Pain or discomfort when you pee or poo" | "Something else about this is worrying you";
    readonly trimester: (code: TrimesterAnswer) => "The first 3 months (first trimester)" | "Months 4 to 6 (second trimester)" | "Month 7 to the end (third trimester)" | "I don't know";
    readonly answer: (code: Answer) => "weeks" | "your out-of-hours or urgent care service" | "Call {number}" | "If you are bleeding heavily, have severe pain, feel faint or breathless, or someone has collapsed, call {number} now." | "your local emergency number" | "Answer a few questions about the bleeding to find out how urgently to get care and what to do now." | "This tool gives general advice. It is not a diagnosis and does not replace a midwife or doctor." | "Question {current} of {total}" | "Back" | "Continue" | "Loading…" | "There is a problem" | "Error:" | "How many weeks pregnant are you?" | "Count from the first day of your last period, or use the dates from your scan. If you are 12 weeks and 3 days, enter 12." | "Your record says {weeks, plural, one {# week} other {# weeks}}. Check this is still right before you continue." | "I'm not sure how many weeks" | "Enter how many weeks pregnant you are, or choose \"I'm not sure how many weeks\"" | "Enter the weeks as a number, like 12" | "Enter whole weeks only, like 12" | "Enter a number of weeks from {min} to {max}" | "Which part of the pregnancy are you in?" | "Choose the closest. If you don't know, that is fine: the advice will be safe for any stage." | "The first 3 months (first trimester)" | "Months 4 to 6 (second trimester)" | "Month 7 to the end (third trimester)" | "I don't know" | "Choose which part of the pregnancy you are in, or \"I don't know\"" | "How much are you bleeding?" | "Choose the heaviest it has been since it started, even if it has slowed down." | "Spotting" | "A few drops, or pink or brown staining" | "Light bleeding" | "Less than a period" | "Heavy bleeding" | "Like a period or heavier, soaking a pad within an hour, or large clots" | "Choose how much you are bleeding" | "Do you have any of these as well?" | "Select all that apply." | "Emergency signs" | "None of these" | "or" | "Select all that apply, or \"None of these\"" | "Feeling sick, being sick, or a change in appetite" | "Mild cramps or a slight ache low in your tummy" | "Pain on one side of your lower tummy" | "Severe or constant pain in your tummy or back" | "Or your bump feels hard and tender" | "Pain in the tip of your shoulder" | "Where your shoulder ends and your arm begins" | "Feeling faint or very dizzy, or you fainted" | "Or very pale, cold or clammy, a racing heart, short of breath, chest pain, or confused" | "You feel very unwell" | "Or it feels like something is seriously wrong" | "Passing small clots or tissue" | "A high temperature or chills" | "Or discharge that smells bad" | "Regular tightenings, or period-like pains that come and go" | "A gush or trickle of fluid from your vagina" | "Your waters may have broken" | "Your baby is moving less than usual, or not at all" | "A bad headache or problems with your vision" | "Or pain just below your ribs, being sick with any of these, or sudden swelling of your face, hands or feet" | "A fall, a blow to your tummy, or a car accident" | "Or someone hurt you" | "The bleeding started after sex" | "Pain or discomfort when you pee or poo" | "Something else about this is worrying you" | "Do any of these apply to you?" | "These make an ectopic pregnancy (a pregnancy outside the womb) more likely:" | "you have had an ectopic pregnancy before" | "you have had surgery on your fallopian tubes, or a pelvic infection" | "this pregnancy came from IVF" | "you have a coil (IUD or IUS) in place" | "Has a scan shown a low-lying placenta (placenta praevia)?" | "This means the placenta is low in the womb, near or over the cervix. It is usually seen at the 20-week scan." | "Yes" | "No" | "I'm not sure" | "I'm not sure, or I have not had that scan" | "Choose yes, no or \"I'm not sure\"" | "Immediate action required:" | "Urgent advice:" | "Advice:" | "Call {number} now, or go to the emergency department" | "Phone {care} now" | "Contact {care} within 24 hours" | "your maternity unit, early pregnancy unit or doctor" | "your midwife, doctor or early pregnancy unit" | "Call {name} on {phone}" | "Contact {name}" | "your care team" | "This is not a diagnosis. Only a midwife or doctor can tell you what is happening." | "What to do now" | "Loading the rest of the advice…" | "The rest of the advice could not be loaded. What you see above is what matters now." | "Start again" | "Your advice is ready." | "Ask for an ambulance, or go straight to the emergency department. Do not drive yourself." | "Phone {care} now. Do not wait for the bleeding to stop or for your next appointment. They may ask you to come in straight away." | "Contact {care} within 24 hours, or sooner if anything changes." | "If they are closed or you cannot get through, call {urgentCare}, or go to the maternity unit or emergency department." | "They are likely to ask you to come in straight away: get ready to go." | "Call {number} if the bleeding gets heavier, the pain gets severe or constant, or you feel faint, breathless or very unwell." | "Call {number} if your waters break." | "If you are 24 weeks pregnant or more, call {number} if your waters break." | "If your waters break with fresh red bleeding, call {number}. If they break with pink or brown staining, phone the maternity unit at once." | "If your baby moves less than usual, phone the maternity unit at once, not {number}." | "If you are 24 weeks pregnant or more and your baby moves less than usual, phone the maternity unit at once, not {number}." | "If you are worried, call anyway. You are not wasting anyone’s time." | "If you feel worse while you wait, call {number} again.";
};
/** What an answer means, where the element says more than its label (its hint). */
export declare const ANSWER_DEFINITION: {
    readonly bleeding: (code: Bleeding) => string | undefined;
    readonly symptom: (code: Symptom) => string | undefined;
};
/** One of our own codes, with its English display when it has one. */
export declare function ownCoding(system: CodeSystemName, code: string, display?: string): Coding;
/** Whether a coding is this code of ours (the display may differ: only system and code count). */
export declare const isOwnCode: (coding: Coding | undefined, system: CodeSystemName, code: string) => boolean;
