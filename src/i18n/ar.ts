import type { EssentialMessages } from './en.js';
import type { ReviewStatus } from './review.js';

/**
 * Arabic (Modern Standard Arabic, addressing the reader in the feminine): translates en.ts +
 * en-details.ts for clinical content version 3, key for key in the same order. Needs review by
 * a clinical translator before clinical use.
 */
export const messages: EssentialMessages = {
  // Always visible.
  'banner.text': 'إذا كان النزيف غزيرًا، أو كان لديكِ ألم شديد، أو شعرتِ بالإغماء أو بضيق في التنفس، أو انهار أحدهم، فاتصلي الآن على {number}.',
  'number.unknown': 'رقم الطوارئ المحلي',
  'intro.text': 'أجيبي عن بضعة أسئلة حول النزيف لتعرفي مدى سرعة حاجتك إلى الرعاية الطبية وما عليكِ فعله الآن.',
  'footer.text': 'تقدّم هذه الأداة نصائح عامة. وهي ليست تشخيصًا، ولا تغني عن القابلة أو الطبيب.',

  // Question pages.
  progress: 'السؤال {current} من {total}',
  back: 'رجوع',
  continue: 'متابعة',
  loading: 'جارٍ التحميل…',
  'error.title': 'هناك مشكلة',
  'error.prefix': 'خطأ:',

  'weeks.question': 'كم عدد أسابيع حملك؟',
  'weeks.hint': 'احسبي من أول يوم في آخر دورة شهرية، أو استخدمي التواريخ من فحص السونار (الموجات فوق الصوتية). إذا كان عمر حملك 12 أسبوعًا و3 أيام، فأدخلي 12.',
  'weeks.prefilled': 'مسجَّل في ملفك أن عمر الحمل {weeks, plural, zero {# أسبوع} one {أسبوع واحد} two {أسبوعان} few {# أسابيع} many {# أسبوعًا} other {# أسبوع}}. تأكدي من أن هذا لا يزال صحيحًا قبل المتابعة.',
  'weeks.suffix': 'أسبوع',
  'weeks.notSure': 'لستُ متأكدة من عدد الأسابيع',
  'weeks.error.missing': 'أدخلي عدد أسابيع حملك، أو اختاري «لستُ متأكدة من عدد الأسابيع»',
  'weeks.error.notNumber': 'أدخلي عدد الأسابيع بالأرقام، مثل 12',
  'weeks.error.whole': 'أدخلي الأسابيع الكاملة فقط، مثل 12',
  'weeks.error.range': 'أدخلي عددًا من الأسابيع من {min} إلى {max}',

  'trimester.question': 'في أي مرحلة من الحمل أنتِ؟',
  'trimester.hint': 'اختاري الأقرب. إذا كنتِ لا تعرفين، فلا بأس: ستكون النصيحة آمنة لأي مرحلة من الحمل.',
  'trimester.first': 'الأشهر الثلاثة الأولى (الثلث الأول من الحمل)',
  'trimester.second': 'من الشهر الرابع إلى السادس (الثلث الثاني من الحمل)',
  'trimester.third': 'من الشهر السابع حتى النهاية (الثلث الثالث من الحمل)',
  'trimester.unknown': 'لا أعرف',
  'trimester.error': 'اختاري في أي مرحلة من الحمل أنتِ، أو «لا أعرف»',

  'bleeding.question': 'ما كمية النزيف؟',
  'bleeding.hint': 'اختاري أكبر كمية وصل إليها النزيف منذ بدايته، حتى لو خفّ الآن.',
  'bleeding.spotting': 'تبقيع (بقع دم)',
  'bleeding.spotting.hint': 'بضع قطرات، أو بقع وردية أو بنية',
  'bleeding.light': 'نزيف خفيف',
  'bleeding.light.hint': 'أقل من الدورة الشهرية',
  'bleeding.heavy': 'نزيف غزير',
  'bleeding.heavy.hint': 'مثل الدورة الشهرية أو أكثر، أو تتشبّع فوطة صحية بالدم خلال ساعة، أو جلطات دموية كبيرة',
  'bleeding.error': 'اختاري كمية النزيف',

  'symptoms.question': 'هل لديكِ أيضًا أيٌّ مما يلي؟',
  'symptoms.hint': 'اختاري كل ما ينطبق عليكِ.',
  'symptoms.emergencySigns': 'علامات الطوارئ',
  'symptoms.none': 'لا شيء مما سبق',
  'symptoms.or': 'أو',
  'symptoms.error': 'اختاري كل ما ينطبق عليكِ، أو «لا شيء مما سبق»',
  // Offered with the emergency signs first (SPEC §6); a hint carries the detail, so labels stay short.
  'symptom.nausea': 'غثيان أو قيء، أو تغيّر في الشهية',
  'symptom.mild-cramps': 'تقلصات خفيفة أو ألم بسيط في أسفل البطن',
  'symptom.one-sided-pain': 'ألم في جانب واحد من أسفل البطن',
  'symptom.severe-pain': 'ألم شديد أو مستمر في البطن أو الظهر',
  'symptom.severe-pain.hint': 'أو تشعرين بأن بطنكِ صلب ومؤلم عند اللمس',
  'symptom.shoulder-tip-pain': 'ألم في طرف الكتف',
  'symptom.shoulder-tip-pain.hint': 'في المكان الذي ينتهي فيه الكتف ويبدأ الذراع',
  'symptom.dizziness-fainting': 'شعور بالإغماء أو دوخة شديدة، أو أُغمي عليكِ',
  'symptom.dizziness-fainting.hint': 'أو شحوب شديد أو برودة أو تعرّق بارد، أو تسارع ضربات القلب، أو ضيق في التنفس، أو ألم في الصدر، أو تشوّش وارتباك',
  'symptom.very-unwell': 'تشعرين بتوعّك شديد',
  'symptom.very-unwell.hint': 'أو تشعرين بأن أمرًا خطيرًا يحدث لكِ',
  'symptom.clots-or-tissue': 'نزول جلطات دموية صغيرة أو أنسجة',
  'symptom.fever': 'ارتفاع في درجة الحرارة أو قشعريرة',
  'symptom.fever.hint': 'أو إفرازات كريهة الرائحة',
  'symptom.contractions': 'شدّ منتظم في البطن (انقباضات)، أو آلام تشبه آلام الدورة الشهرية تأتي وتذهب',
  'symptom.fluid-leak': 'تدفّق أو تسرّب سائل من المهبل',
  'symptom.fluid-leak.hint': 'قد يكون كيس الماء قد انفجر',
  'symptom.reduced-movements': 'قلة حركة جنينك عن المعتاد، أو توقّفها تمامًا',
  'symptom.headache-vision': 'صداع شديد أو مشاكل في الرؤية',
  'symptom.headache-vision.hint': 'أو ألم أسفل الأضلاع مباشرة، أو قيء مع أيٍّ من هذه العلامات، أو تورّم مفاجئ في الوجه أو اليدين أو القدمين',
  'symptom.trauma': 'سقوط، أو ضربة على البطن، أو حادث سيارة',
  'symptom.trauma.hint': 'أو أن أحدًا آذاكِ',
  'symptom.after-sex': 'بدأ النزيف بعد الجماع',
  'symptom.pain-toilet': 'ألم أو انزعاج عند التبول أو التبرز',
  'symptom.worried': 'هناك أمر آخر بشأن ذلك يقلقك',

  'ectopic.question': 'هل ينطبق عليكِ أيٌّ مما يلي؟',
  'ectopic.hint': 'هذه الأمور تزيد احتمال الحمل خارج الرحم (أي أن الحمل ينمو في مكان خارج الرحم):',
  'ectopic.reason.before': 'سبق أن حدث لكِ حمل خارج الرحم',
  'ectopic.reason.tubes': 'أجريتِ جراحة في قناتي فالوب، أو أُصبتِ بعدوى في الحوض',
  'ectopic.reason.ivf': 'هذا الحمل تمّ عن طريق أطفال الأنابيب (الإخصاب في المختبر)',
  'ectopic.reason.coil': 'لديكِ لولب (جهاز داخل الرحم، نحاسي أو هرموني) مركّب حاليًا',
  'placenta.question': 'هل أظهر فحص السونار أن المشيمة منخفضة (المشيمة المنزاحة)؟',
  'placenta.hint': 'يعني هذا أن المشيمة في أسفل الرحم، قريبة من عنق الرحم أو تغطيه. وعادةً ما يظهر ذلك في فحص السونار عند 20 أسبوعًا من الحمل.',
  'answer.yes': 'نعم',
  'answer.no': 'لا',
  'answer.notSure': 'لستُ متأكدة',
  'placenta.notSure': 'لستُ متأكدة، أو لم أُجرِ هذا الفحص',
  'answer.error': 'اختاري نعم أو لا أو «لستُ متأكدة»',

  // The outcome card.
  'outcome.prefix.emergency': 'يلزم تصرّف فوري:',
  'outcome.prefix.urgent': 'نصيحة عاجلة:',
  'outcome.prefix.prompt': 'نصيحة:',
  'outcome.title.emergency': 'اتصلي على {number} الآن، أو اذهبي إلى قسم الطوارئ',
  'outcome.title.urgent': 'تواصلي هاتفيًا الآن مع {care}',
  'outcome.title.prompt': 'تواصلي مع {care} خلال 24 ساعة',
  'care.generic.urgent': 'قسم الولادة أو عيادة الحمل المبكر أو طبيبك',
  'care.generic.prompt': 'قابلتك أو طبيبك أو عيادة الحمل المبكر',
  'cta.emergency': 'اتصلي على {number}',
  'cta.carePhone': 'تواصلي مع {name} على الرقم {phone}',
  'cta.careUrl': 'تواصلي مع {name}',
  'cta.careFallbackName': 'فريق رعايتك',
  'outcome.notDiagnosis': 'هذا ليس تشخيصًا. القابلة أو الطبيب فقط يمكنهما إخبارك بما يحدث.',
  'outcome.doNow': 'ما يجب فعله الآن',
  'outcome.details.loading': 'جارٍ تحميل بقية النصائح…',
  'outcome.details.unavailable': 'تعذّر تحميل بقية النصائح. ما ترينه أعلاه هو الأهم الآن.',
  'outcome.restart': 'ابدئي من جديد',
  'outcome.ready': 'نصيحتك جاهزة.',

  // Advice that never waits for the rest of the outcome: the action and the safety net (SPEC §5
  // bands 1 and 2), and the one line an emergency card adds. The rest is in en-details.ts.
  // `.ifWeeks`: the same advice when the person's week is not pinned (SPEC §8).
  'advice.call-emergency': 'اطلبي سيارة إسعاف، أو اذهبي مباشرة إلى قسم الطوارئ. لا تقودي السيارة بنفسك.',
  'advice.call-now': 'تواصلي هاتفيًا الآن مع {care}. لا تنتظري حتى يتوقف النزيف أو حتى موعدك القادم. قد يطلبون منكِ الحضور فورًا.',
  'advice.contact-within-24h': 'تواصلي مع {care} خلال 24 ساعة، أو قبل ذلك إذا تغيّر أي شيء.',
  'advice.if-closed': 'إذا كانوا خارج ساعات العمل أو لم تتمكني من الاتصال بهم، فاتصلي على {urgentCare}، أو اذهبي إلى قسم الولادة أو قسم الطوارئ.',
  'urgentCare.unknown': 'رقم خدمة الرعاية العاجلة أو خدمة ما بعد ساعات العمل',
  'advice.attend-now': 'من المرجح أن يطلبوا منكِ الحضور فورًا: استعدي للذهاب.',
  'advice.safety-net': 'اتصلي على {number} إذا ازداد النزيف، أو أصبح الألم شديدًا أو مستمرًا، أو شعرتِ بالإغماء أو بضيق في التنفس أو بتوعّك شديد.',
  'advice.safety-net-24': 'اتصلي على {number} إذا انفجر كيس الماء.',
  'advice.safety-net-24.ifWeeks': 'إذا كان عمر حملك 24 أسبوعًا أو أكثر، فاتصلي على {number} عند انفجار كيس الماء.',
  'advice.safety-net-term': 'إذا انفجر كيس الماء مع نزيف أحمر جديد، فاتصلي على {number}. وإذا انفجر مع بقع وردية أو بنية، فاتصلي بقسم الولادة فورًا.',
  'advice.safety-net-movements': 'إذا قلّت حركة جنينك عن المعتاد، فاتصلي بقسم الولادة فورًا، وليس على {number}.',
  'advice.safety-net-movements.ifWeeks': 'إذا كان عمر حملك 24 أسبوعًا أو أكثر وقلّت حركة جنينك عن المعتاد، فاتصلي بقسم الولادة فورًا، وليس على {number}.',
  'advice.call-anyway': 'إذا كنتِ قلقة، فاتصلي على أي حال. أنتِ لا تضيّعين وقت أحد.',
  'advice.if-worse-while-waiting': 'إذا شعرتِ بأن حالتك تسوء أثناء الانتظار، فاتصلي على {number} مرة أخرى.',
};

/** Not yet reviewed by a clinical translator (README, "Languages"). */
export const review: ReviewStatus = {
  reviewed: false,
  sources: [
    'World Health Organization Arabic health topics — https://www.who.int/ar',
    'Arab ministries of health patient information on pregnancy',
  ],
};

/** The rest of the outcome's words, loaded beside these. */
export const details = () => import('./ar-details.js');
