/**
 * English words for "What you told us" and "Why this advice". They load with those sections, after the
 * first question shows; every key starts with "review.".
 */
export declare const enReview: {
    readonly 'review.answers': "What you told us";
    readonly 'review.change': "Change";
    readonly 'review.why.urgency': "The level of advice comes from:";
    readonly 'review.why.causes': "The possible causes come from:";
    readonly 'review.why.advice': "The other advice comes from:";
    readonly 'review.why.sources': "Sources";
    readonly 'review.why.ruleset': "Rules version {version}. The rules follow published NHS and other clinical guidance.";
    readonly 'review.weeks': "How many weeks";
    readonly 'review.weeks.value': "{weeks} weeks";
    readonly 'review.weeks.unknown': "Not sure";
    readonly 'review.bleeding': "How much bleeding";
    readonly 'review.symptoms': "Other symptoms";
    readonly 'review.ectopic': "Ectopic pregnancy risk";
    readonly 'review.placenta': "Low-lying placenta";
    readonly 'review.rule.any': "Any bleeding in pregnancy";
    readonly 'review.rule.separator': "; ";
    readonly 'review.rule.anyPain': "any pain";
    readonly 'review.rule.from': "from {from} weeks";
    readonly 'review.rule.upTo': "up to {to} weeks";
    readonly 'review.rule.between': "{from} to {to} weeks";
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
