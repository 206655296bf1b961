/**
 * English words the outcome needs beyond its essentials: the possible causes, the practical
 * advice, "What you told us" and "Why this advice". They load on their own once the first
 * question shows; the heading, call to action, what to do now and the safety net never wait
 * for them (they are in en.ts).
 */
export declare const enDetails: {
    readonly 'outcome.causes': "What might be causing it";
    readonly 'outcome.causes.intro': "Bleeding in pregnancy has many causes, and the team will check what is happening. It could be:";
    readonly 'outcome.causes.weeksUnknown': "Knowing how many weeks pregnant you are helps the team find the cause.";
    readonly 'cause.implantation': "Implantation bleeding";
    readonly 'cause.implantation.text': "Light spotting around the time your period would have been due, when the early embryo attaches to the lining of the womb.";
    readonly 'cause.threatened-miscarriage': "A threatened miscarriage";
    readonly 'cause.threatened-miscarriage.text': "Bleeding in pregnancy is often called this while the pregnancy carries on. Many pregnancies continue.";
    readonly 'cause.miscarriage': "Miscarriage";
    readonly 'cause.miscarriage.text': "Bleeding like this can happen with a miscarriage, and many pregnancies continue. The team can check what is happening.";
    readonly 'cause.ectopic': "Ectopic pregnancy";
    readonly 'cause.ectopic.text': "A pregnancy growing outside the womb, usually in a fallopian tube. It needs to be checked quickly.";
    readonly 'cause.low-lying-placenta': "Low-lying placenta";
    readonly 'cause.low-lying-placenta.text': "The placenta is low in the womb. It often moves up as the pregnancy goes on, but it can bleed.";
    readonly 'cause.placenta-praevia': "Placenta praevia";
    readonly 'cause.placenta-praevia.text': "The placenta is low, near or over the cervix. It can bleed, often without pain.";
    readonly 'cause.placental-abruption': "Placental abruption";
    readonly 'cause.placental-abruption.text': "The placenta starts to come away from the wall of the womb. It often causes pain or a hard bump as well as bleeding.";
    readonly 'cause.preterm-labour': "Early (preterm) labour";
    readonly 'cause.preterm-labour.text': "Labour starting before 37 weeks.";
    readonly 'cause.cervical': "Changes in the cervix";
    readonly 'cause.cervical.text': "In pregnancy the cervix (the neck of the womb) can bleed more easily, especially after sex.";
    readonly 'cause.infection': "An infection";
    readonly 'cause.infection.text': "An infection can cause bleeding, a high temperature or unusual discharge.";
    readonly 'cause.pre-eclampsia': "Pre-eclampsia (a related condition)";
    readonly 'cause.pre-eclampsia.text': "Pre-eclampsia does not cause bleeding itself, but its warning signs need checking the same day.";
    readonly 'cause.show': "A \"show\"";
    readonly 'cause.show.text': "Near your due date, pink or brown mucus can mean labour is starting. Fresh red bleeding is not a show.";
    readonly 'advice.what-to-tell': "Tell them how many weeks pregnant you are, your blood group if you know it (RhD positive or negative), and whether a scan showed a low-lying placenta. Take your maternity notes, and your used pads or photos of them.";
    readonly 'advice.pads-not-tampons': "Use pads, not tampons or menstrual cups. Notice how much you bleed, the colour and any clots, and keep the pads to show.";
    readonly 'advice.no-sex': "Do not have sex until the bleeding has stopped and a midwife or doctor says it is fine.";
    readonly 'advice.rhesus': "If your blood group is RhD negative, tell the team: you may need an injection.";
    readonly 'advice.tell-low-placenta': "If a scan has shown a low-lying placenta, tell the team straight away.";
    readonly 'advice.trauma-private': "If someone hurt you, you can tell your midwife or doctor privately. They can help you stay safe.";
    readonly 'advice.loss-support': "If you are worried about losing your pregnancy, your midwife or doctor can tell you about support near you. You do not have to go through this alone.";
    readonly 'outcome.print': "Print or save this advice";
    readonly 'outcome.why': "Why this advice";
    readonly 'review.answers': "What you told us";
    readonly 'review.change': "Change";
    readonly 'review.why.urgency': "The level of advice comes from:";
    readonly 'review.why.causes': "The possible causes come from:";
    readonly 'review.why.advice': "The other advice comes from:";
    readonly 'review.why.sources': "Sources";
    readonly 'review.why.ruleset': "Rules version {version}. The rules follow published NHS and other clinical guidance.";
    readonly 'review.weeks': "How many weeks";
    readonly 'review.weeks.value': "{weeks, plural, one {# week} other {# weeks}}";
    readonly 'review.weeks.unknown': "Not sure";
    readonly 'review.bleeding': "How much bleeding";
    readonly 'review.symptoms': "Other symptoms";
    readonly 'review.ectopic': "Ectopic pregnancy risk";
    readonly 'review.placenta': "Low-lying placenta";
    readonly 'review.rule.any': "Any bleeding in pregnancy";
    readonly 'review.rule.separator': "; ";
    readonly 'review.rule.anyPain': "any pain";
    readonly 'review.rule.from': "from {from, plural, one {# week} other {# weeks}}";
    readonly 'review.rule.upTo': "up to {to, plural, one {# week} other {# weeks}}";
    readonly 'review.rule.between': "{from} to {to, plural, one {# week} other {# weeks}}";
    readonly 'review.rule.early': "early pregnancy (up to 13 weeks)";
    readonly 'review.rule.mid': "14 to 27 weeks";
    readonly 'review.rule.late': "28 weeks or more";
    readonly 'review.rule.unknown': "weeks not known";
    readonly 'review.rule.without': "without {symptoms}";
    readonly 'review.rule.answer': "{question}: {answers}";
    readonly 'review.rule.level': "advice level: {levels}";
    readonly 'review.level.emergency': "emergency";
    readonly 'review.level.urgent': "urgent";
    readonly 'review.level.prompt': "within 24 hours";
};
