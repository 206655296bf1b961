import type { EssentialMessages } from './en.js';
import type { ReviewStatus } from './review.js';

/**
 * Simplified Chinese (mainland usage, 您): translates en.ts + en-details.ts for clinical content
 * version 3, key for key in the same order.
 * Needs review by a clinical translator before clinical use.
 */
export const messages: EssentialMessages = {
  // Always visible.
  'banner.text': '如果您出血很多、疼痛剧烈、感到要晕倒或喘不过气，或者有人倒地不起，请立即拨打{number}。',
  'number.unknown': '当地急救电话',
  'intro.text': '回答几个关于出血的问题，了解您需要多快就医，以及现在该做什么。',
  'footer.text': '本工具只提供一般性建议。它不是诊断，也不能代替助产士或医生。',

  // Question pages.
  progress: '第{current}题，共{total}题',
  back: '返回',
  continue: '继续',
  loading: '正在加载…',
  'error.title': '出现问题',
  'error.prefix': '错误：',

  'weeks.question': '您怀孕多少周了？',
  'weeks.hint': '从末次月经的第一天算起，或者按B超检查推算的日期。如果是12周零3天，请填写12。',
  'weeks.prefilled': '您的记录显示为{weeks, plural, other {#周}}。继续之前，请确认这仍然正确。',
  'weeks.suffix': '周',
  'weeks.notSure': '我不确定怀孕多少周',
  'weeks.error.missing': '请填写您怀孕多少周，或选择“我不确定怀孕多少周”',
  'weeks.error.notNumber': '请用数字填写周数，例如12',
  'weeks.error.whole': '请只填写整周数，例如12',
  'weeks.error.range': '请填写{min}到{max}之间的周数',

  'trimester.question': '您现在处于孕期的哪个阶段？',
  'trimester.hint': '请选择最接近的一项。如果不知道也没关系：给出的建议对任何阶段都是安全的。',
  'trimester.first': '前3个月（孕早期）',
  'trimester.second': '第4至6个月（孕中期）',
  'trimester.third': '第7个月到分娩（孕晚期）',
  'trimester.unknown': '我不知道',
  'trimester.error': '请选择您处于孕期的哪个阶段，或选择“我不知道”',

  'bleeding.question': '您的出血量有多少？',
  'bleeding.hint': '请按出血开始以来最多的时候选择，即使现在已经减少了。',
  'bleeding.spotting': '点滴出血',
  'bleeding.spotting.hint': '几滴血，或者粉色、褐色的血迹',
  'bleeding.light': '少量出血',
  'bleeding.light.hint': '比月经量少',
  'bleeding.heavy': '大量出血',
  'bleeding.heavy.hint': '和月经量差不多或更多，1小时内就湿透一片卫生巾，或者有大血块',
  'bleeding.error': '请选择您的出血量',

  'symptoms.question': '您是否还有以下任何情况？',
  'symptoms.hint': '请选择所有符合的项。',
  'symptoms.emergencySigns': '紧急征兆',
  'symptoms.none': '以上都没有',
  'symptoms.or': '或',
  'symptoms.error': '请选择所有符合的项，或选择“以上都没有”',
  // Offered with the emergency signs first (SPEC §6); a hint carries the detail, so labels stay short.
  'symptom.nausea': '恶心、呕吐，或食欲改变',
  'symptom.mild-cramps': '轻微的抽痛（痉挛痛），或下腹部轻微隐痛',
  'symptom.one-sided-pain': '下腹部一侧疼痛',
  'symptom.severe-pain': '肚子或腰背剧烈疼痛或持续疼痛',
  'symptom.severe-pain.hint': '或者肚子发硬、一按就痛',
  'symptom.shoulder-tip-pain': '肩尖疼痛',
  'symptom.shoulder-tip-pain.hint': '也就是肩膀末端、和手臂连接的地方',
  'symptom.dizziness-fainting': '感觉要晕倒或非常头晕，或已经晕倒过',
  'symptom.dizziness-fainting.hint': '或者脸色非常苍白、身体发冷或出冷汗、心跳很快、呼吸急促、胸痛，或意识模糊',
  'symptom.very-unwell': '您感觉非常不舒服',
  'symptom.very-unwell.hint': '或者感觉身体出了很严重的问题',
  'symptom.clots-or-tissue': '排出小血块或组织物',
  'symptom.fever': '发烧（体温高）或发冷打寒战',
  'symptom.fever.hint': '或者分泌物有难闻的气味',
  'symptom.contractions': '规律的宫缩（肚子一阵阵发紧），或一阵一阵、像痛经一样的疼痛',
  'symptom.fluid-leak': '阴道突然涌出或一点点流出液体',
  'symptom.fluid-leak.hint': '可能是破水了',
  'symptom.reduced-movements': '胎动比平时少，或者感觉不到胎动',
  'symptom.headache-vision': '严重头痛或视力出现问题',
  'symptom.headache-vision.hint': '或者肋骨正下方疼痛、在以上任何一种情况下还伴有呕吐，或者脸、手、脚突然肿胀',
  'symptom.trauma': '摔倒、肚子受到撞击，或者遇到车祸',
  'symptom.trauma.hint': '或者有人伤害了您',
  'symptom.after-sex': '出血是在同房（性生活）后开始的',
  'symptom.pain-toilet': '小便或大便时疼痛或不适',
  'symptom.worried': '关于这次出血，还有其他让您担心的事',

  'ectopic.question': '以下情况是否有符合您的？',
  'ectopic.hint': '以下情况会增加异位妊娠（宫外孕，即胚胎在子宫外生长）的可能：',
  'ectopic.reason.before': '您以前有过异位妊娠（宫外孕）',
  'ectopic.reason.tubes': '您做过输卵管手术，或者得过盆腔感染（盆腔炎）',
  'ectopic.reason.ivf': '这次怀孕是通过试管婴儿（体外受精）',
  'ectopic.reason.coil': '您体内放着节育环（宫内节育器，含铜或含激素的）',
  'placenta.question': 'B超检查是否显示胎盘低置（前置胎盘）？',
  'placenta.hint': '这表示胎盘在子宫里的位置偏低，靠近或盖住宫颈。通常在孕20周左右的B超检查中发现。',
  'answer.yes': '是',
  'answer.no': '否',
  'answer.notSure': '不确定',
  'placenta.notSure': '不确定，或者还没做过这项B超检查',
  'answer.error': '请选择是、否或“不确定”',

  // The outcome card.
  'outcome.prefix.emergency': '需要立即行动：',
  'outcome.prefix.urgent': '紧急建议：',
  'outcome.prefix.prompt': '建议：',
  'outcome.title.emergency': '立即拨打{number}，或者去急诊科',
  'outcome.title.urgent': '现在就打电话给{care}',
  'outcome.title.prompt': '请在24小时内联系{care}',
  'care.generic.urgent': '您的产科、早孕门诊或医生',
  'care.generic.prompt': '您的助产士、医生或早孕门诊',
  'cta.emergency': '拨打{number}',
  'cta.carePhone': '拨打{phone}联系{name}',
  'cta.careUrl': '联系{name}',
  'cta.careFallbackName': '您的医护团队',
  'outcome.notDiagnosis': '这不是诊断。只有助产士或医生才能告诉您具体发生了什么。',
  'outcome.doNow': '现在该做什么',
  'outcome.details.loading': '正在加载其余建议……',
  'outcome.details.unavailable': '其余建议无法加载。上面的内容是您现在最需要知道的。',
  'outcome.restart': '重新开始',
  'outcome.ready': '您的建议已经准备好了。',

  // Advice that never waits for the rest of the outcome: the action and the safety net (SPEC §5
  // bands 1 and 2), and the one line an emergency card adds. The rest is in en-details.ts.
  // `.ifWeeks`: the same advice when the person's week is not pinned (SPEC §8).
  'advice.call-emergency': '请叫救护车，或者直接去急诊科。不要自己开车。',
  'advice.call-now': '现在就打电话给{care}。不要等出血停止，也不要等下次产检。他们可能会让您马上过去。',
  'advice.contact-within-24h': '请在24小时内联系{care}；如果情况有任何变化，请更早联系。',
  'advice.if-closed': '如果他们已下班或电话打不通，请拨打{urgentCare}，或者去产科或急诊科。',
  'urgentCare.unknown': '当地非工作时间医疗服务或紧急医疗咨询电话',
  'advice.attend-now': '他们很可能会让您马上过去：请做好出发的准备。',
  'advice.safety-net': '如果出血变多、疼痛变得剧烈或持续不停，或者您感到要晕倒、喘不过气或非常不舒服，请拨打{number}。',
  'advice.safety-net-24': '如果破水了，请拨打{number}。',
  'advice.safety-net-24.ifWeeks': '如果您怀孕24周或以上，一旦破水，请拨打{number}。',
  'advice.safety-net-term': '如果破水时伴有鲜红色的新鲜出血，请拨打{number}。如果破水时有粉色或褐色的血迹，请立即打电话给产科。',
  'advice.safety-net-movements': '如果胎动比平时少，请立即打电话给产科，而不是拨打{number}。',
  'advice.safety-net-movements.ifWeeks': '如果您怀孕24周或以上，并且胎动比平时少，请立即打电话给产科，而不是拨打{number}。',
  'advice.call-anyway': '如果您担心，不管怎样都请打电话。您并没有浪费任何人的时间。',
  'advice.if-worse-while-waiting': '如果在等待时您感觉更难受了，请再次拨打{number}。',
};

/** Not yet reviewed by a clinical translator (README, "Languages"). */
export const review: ReviewStatus = {
  reviewed: false,
  sources: [
    'Mainland Chinese public patient information on pregnancy and obstetrics',
  ],
};

/** The rest of the outcome's words, loaded beside these. */
export const details = () => import('./zh-Hans-details.js');
