import type { Messages } from './en.js';
import type { ReviewStatus } from './review.js';

/**
 * Korean (polite 합니다/하세요, no pronoun for the reader, as Korea's public health portals
 * write): translates en.ts + en-details.ts for clinical content version 3, key for key in the same
 * order. Needs review by a clinical translator before clinical use.
 *
 * Glossary: weeks 주 (임신 24주) · scan 초음파 검사 · emergency department 응급실 · ambulance
 * 구급차 · maternity unit 분만실 · early pregnancy unit 초기 임신 진료실 · your doctor 다니는
 * 산부인과 · midwife 조산사 · care team 의료진 · maternity notes 산모수첩 · pads 생리대, tampons
 * 탐폰, menstrual cups 생리컵 · spotting 점상 출혈 · clots 핏덩어리 · waters break 양수가 터지다 ·
 * baby's movements 태동 · contractions 배 뭉침 (자궁 수축) · IVF 시험관 시술(체외수정) · coil
 * 자궁 내 피임장치(루프) · pelvic infection 골반염 · fallopian tube 나팔관(난관) · cervix
 * 자궁경부 · ectopic pregnancy 자궁외임신 · threatened miscarriage 절박유산 · miscarriage 유산 ·
 * low-lying placenta 저위태반 · placenta praevia 전치태반 · vasa praevia 전치혈관 · placental
 * abruption 태반조기박리 · preterm labour 조기진통(조산) · show 이슬 · pre-eclampsia
 * 전자간증(임신중독증) · implantation bleeding 착상혈 · "not a diagnosis" 진단이 아닙니다.
 * A phone number takes no subject particle (…대신, …에 전화하세요), so any number reads right.
 * Never 정상, 무해, 걱정하지 마세요, 안정 (bed rest), nor a drug name.
 */
export const messages: Messages = {
  // Always visible.
  'banner.text': '출혈이 많거나, 통증이 심하거나, 기절할 것 같거나 숨이 차거나, 누군가 쓰러졌다면 지금 바로 {number}에 전화하세요.',
  'number.unknown': '지역 응급전화번호',
  'intro.text': '출혈에 관한 몇 가지 질문에 답하면 얼마나 빨리 진료를 받아야 하는지, 지금 무엇을 해야 하는지 알 수 있습니다.',
  'footer.text': '이 도구는 일반적인 안내를 제공합니다. 진단이 아니며 조산사나 의사를 대신하지 않습니다.',

  // Question pages.
  progress: '질문 {current}/{total}',
  back: '뒤로',
  continue: '계속',
  loading: '불러오는 중…',
  'error.title': '확인이 필요합니다',
  'error.prefix': '오류:',

  'weeks.question': '임신 몇 주입니까?',
  'weeks.hint': '마지막 생리 첫날부터 세거나, 초음파 검사로 정한 날짜를 사용하세요. 12주 3일이면 12를 입력하세요.',
  'weeks.prefilled': '기록에는 {weeks, plural, other {#주}}로 되어 있습니다. 계속하기 전에 지금도 맞는지 확인하세요.',
  'weeks.suffix': '주',
  'weeks.notSure': '임신 주수를 잘 모르겠습니다',
  'weeks.error.missing': '임신 주수를 입력하거나 "임신 주수를 잘 모르겠습니다"를 선택하세요',
  'weeks.error.notNumber': '주수를 12처럼 숫자로 입력하세요',
  'weeks.error.whole': '주수는 12처럼 정수로만 입력하세요',
  'weeks.error.range': '{min}에서 {max} 사이의 주수를 입력하세요',

  'trimester.question': '지금 임신의 어느 시기입니까?',
  'trimester.hint': '가장 가까운 것을 고르세요. 몰라도 괜찮습니다. 어느 시기에든 안전한 안내를 드립니다.',
  'trimester.first': '처음 3개월 (임신 초기)',
  'trimester.second': '4~6개월 (임신 중기)',
  'trimester.third': '7개월부터 출산까지 (임신 후기)',
  'trimester.unknown': '모르겠습니다',
  'trimester.error': '임신의 어느 시기인지 고르거나 "모르겠습니다"를 선택하세요',

  'bleeding.question': '출혈이 얼마나 됩니까?',
  'bleeding.hint': '지금은 줄었더라도, 출혈이 시작된 뒤 가장 많았을 때를 고르세요.',
  'bleeding.spotting': '점상 출혈 (피가 비침)',
  'bleeding.spotting.hint': '몇 방울, 또는 분홍색이나 갈색 얼룩',
  'bleeding.light': '소량 출혈',
  'bleeding.light.hint': '생리보다 적음',
  'bleeding.heavy': '많은 출혈',
  'bleeding.heavy.hint': '생리만큼 또는 그보다 많음, 1시간 안에 생리대가 흠뻑 젖음, 또는 큰 핏덩어리',
  'bleeding.error': '출혈량을 고르세요',

  'symptoms.question': '다음 중 함께 있는 증상이 있습니까?',
  'symptoms.hint': '해당하는 것을 모두 고르세요.',
  'symptoms.emergencySigns': '응급 증상',
  'symptoms.none': '해당 없음',
  'symptoms.or': '또는',
  'symptoms.error': '해당하는 것을 모두 고르거나 "해당 없음"을 선택하세요',
  // Offered with the emergency signs first (SPEC §6); a hint carries the detail, so labels stay short.
  'symptom.nausea': '메스꺼움, 구토 또는 식욕 변화',
  'symptom.mild-cramps': '가벼운 복부 경련 또는 아랫배의 약한 통증',
  'symptom.one-sided-pain': '아랫배 한쪽의 통증',
  'symptom.severe-pain': '배나 허리의 심하거나 계속되는 통증',
  'symptom.severe-pain.hint': '또는 배가 딱딱하고 누르면 아픔',
  'symptom.shoulder-tip-pain': '어깨 끝 통증',
  'symptom.shoulder-tip-pain.hint': '어깨가 끝나고 팔이 시작되는 부분',
  'symptom.dizziness-fainting': '기절할 것 같거나 매우 어지러움, 또는 기절했음',
  'symptom.dizziness-fainting.hint': '또는 얼굴이 매우 창백함, 몸이 차갑거나 식은땀이 남, 심장이 빨리 뜀, 숨이 참, 가슴 통증, 정신이 혼미함',
  'symptom.very-unwell': '몸이 매우 안 좋음',
  'symptom.very-unwell.hint': '또는 무언가 심각하게 잘못된 것 같음',
  'symptom.clots-or-tissue': '작은 핏덩어리나 조직이 나옴',
  'symptom.fever': '고열 또는 오한',
  'symptom.fever.hint': '또는 나쁜 냄새가 나는 분비물',
  'symptom.contractions': '규칙적으로 배가 뭉침, 또는 생리통 같은 통증이 왔다가 사라짐',
  'symptom.fluid-leak': '질에서 물 같은 것이 왈칵 나오거나 조금씩 흐름',
  'symptom.fluid-leak.hint': '양수가 터졌을 수 있습니다',
  'symptom.reduced-movements': '태동이 평소보다 줄었거나 전혀 없음',
  'symptom.headache-vision': '심한 두통 또는 시야 이상',
  'symptom.headache-vision.hint': '또는 갈비뼈 바로 아래 통증, 이런 증상과 함께 구토, 또는 얼굴·손·발이 갑자기 부음',
  'symptom.trauma': '넘어짐, 배를 부딪힘, 또는 교통사고',
  'symptom.trauma.hint': '또는 누군가에게 맞거나 다침',
  'symptom.after-sex': '성관계 후에 출혈이 시작됨',
  'symptom.pain-toilet': '소변이나 대변을 볼 때 통증이나 불편감',
  'symptom.worried': '그 밖에 이 일로 걱정되는 것이 있음',

  'ectopic.question': '다음 중 해당하는 것이 있습니까?',
  'ectopic.hint': '다음은 자궁외임신(자궁 밖에서 자라는 임신)의 가능성을 높입니다:',
  'ectopic.reason.before': '전에 자궁외임신을 한 적이 있음',
  'ectopic.reason.tubes': '나팔관(난관) 수술을 받았거나 골반염을 앓은 적이 있음',
  'ectopic.reason.ivf': '이번 임신이 시험관 시술(체외수정)로 이루어짐',
  'ectopic.reason.coil': '자궁 내 피임장치(루프)를 하고 있음',
  'placenta.question': '초음파 검사에서 저위태반(전치태반)이라는 말을 들었습니까?',
  'placenta.hint': '태반이 자궁 아래쪽에 있어 자궁경부에 가깝거나 덮고 있다는 뜻입니다. 보통 20주 무렵 초음파 검사에서 확인됩니다.',
  'answer.yes': '예',
  'answer.no': '아니요',
  'answer.notSure': '잘 모르겠습니다',
  'placenta.notSure': '잘 모르겠거나 아직 그 검사를 받지 않았습니다',
  'answer.error': '예, 아니요 또는 "잘 모르겠습니다"를 고르세요',

  // The outcome card.
  'outcome.prefix.emergency': '즉시 조치 필요:',
  'outcome.prefix.urgent': '긴급 안내:',
  'outcome.prefix.prompt': '안내:',
  'outcome.title.emergency': '지금 {number}에 전화하거나 응급실로 가세요',
  'outcome.title.urgent': '지금 {care}에 전화하세요',
  'outcome.title.prompt': '24시간 안에 {care}에 연락하세요',
  'care.generic.urgent': '다니는 산부인과, 분만실 또는 초기 임신 진료실',
  'care.generic.prompt': '다니는 산부인과(담당 의사나 조산사) 또는 초기 임신 진료실',
  'cta.emergency': '{number} 전화하기',
  'cta.carePhone': '{name}에 전화하기: {phone}',
  'cta.careUrl': '{name}에 연락하기',
  'cta.careFallbackName': '담당 의료진',
  'outcome.notDiagnosis': '이것은 진단이 아닙니다. 무슨 일이 일어나고 있는지는 조산사나 의사만 알려 드릴 수 있습니다.',
  'outcome.doNow': '지금 해야 할 일',
  'outcome.details.loading': '나머지 안내를 불러오는 중…',
  'outcome.details.unavailable': '나머지 안내를 불러오지 못했습니다. 위의 내용이 지금 가장 중요합니다.',
  'outcome.restart': '처음부터 다시',
  'outcome.ready': '안내가 준비되었습니다.',

  // Advice that never waits for the rest of the outcome: the action and the safety net (SPEC §5
  // bands 1 and 2), and the one line an emergency card adds. The rest is in en-details.ts.
  // `.ifWeeks`: the same advice when the person's week is not pinned (SPEC §8).
  'advice.call-emergency': '구급차를 부르거나 곧바로 응급실로 가세요. 직접 운전하지 마세요.',
  'advice.call-now': '지금 {care}에 전화하세요. 출혈이 멈추거나 다음 진료일이 될 때까지 기다리지 마세요. 바로 오라고 할 수도 있습니다.',
  'advice.contact-within-24h': '24시간 안에 {care}에 연락하세요. 달라지는 것이 있으면 더 빨리 연락하세요.',
  'advice.if-closed': '문을 닫았거나 연락이 되지 않으면 {urgentCare}에 전화하거나 분만실이나 응급실로 가세요.',
  'urgentCare.unknown': '야간·휴일 진료 또는 응급의료 상담 서비스',
  'advice.attend-now': '바로 오라고 할 가능성이 높습니다. 갈 준비를 하세요.',
  'advice.safety-net': '출혈이 많아지거나, 통증이 심해지거나 계속되거나, 기절할 것 같거나 숨이 차거나 몸이 매우 안 좋으면 {number}에 전화하세요.',
  'advice.safety-net-24': '양수가 터지면 {number}에 전화하세요.',
  'advice.safety-net-24.ifWeeks': '임신 24주 이상이고 양수가 터지면 {number}에 전화하세요.',
  'advice.safety-net-term': '양수가 터지면서 선홍색 피가 나오면 {number}에 전화하세요. 양수와 함께 분홍색이나 갈색 얼룩이 비치면 즉시 분만실에 전화하세요.',
  'advice.safety-net-movements': '태동이 평소보다 줄면 {number} 대신 즉시 분만실에 전화하세요.',
  'advice.safety-net-movements.ifWeeks': '임신 24주 이상이고 태동이 평소보다 줄면 {number} 대신 즉시 분만실에 전화하세요.',
  'advice.call-anyway': '걱정되면 그래도 전화하세요. 누구의 시간도 낭비하는 것이 아닙니다.',
  'advice.if-worse-while-waiting': '기다리는 동안 더 나빠지면 {number}에 다시 전화하세요.',

  // From here on, the keys of en-details.ts (in English they load on their own; here, with the rest).
  // Possible causes, never called harmless or normal.
  'outcome.causes': '원인이 될 수 있는 것',
  'outcome.causes.intro': '임신 중 출혈의 원인은 여러 가지이며, 의료진이 무슨 일인지 확인할 것입니다. 다음일 수 있습니다:',
  'outcome.causes.weeksUnknown': '임신 주수를 알면 의료진이 원인을 찾는 데 도움이 됩니다.',
  'outcome.causes.none': '의료진이 무슨 일인지 확인할 것입니다.',
  'cause.implantation': '착상혈',
  'cause.implantation.text': '생리 예정일 무렵에 보이는 약간의 출혈로, 초기 배아가 자궁 내막에 붙을 때 생깁니다.',
  'cause.threatened-miscarriage': '절박유산',
  'cause.threatened-miscarriage.text': '임신이 계속되는 가운데 출혈이 있을 때 흔히 이렇게 부릅니다. 많은 임신이 계속 유지됩니다.',
  'cause.miscarriage': '유산',
  'cause.miscarriage.text': '이런 출혈은 유산일 때 생길 수 있지만, 많은 임신이 계속 유지됩니다. 의료진이 무슨 일인지 확인할 수 있습니다.',
  'cause.ectopic': '자궁외임신',
  'cause.ectopic.text': '자궁 밖, 주로 나팔관에서 자라는 임신입니다. 빨리 확인해야 합니다.',
  'cause.low-lying-placenta': '저위태반',
  'cause.low-lying-placenta.text': '태반이 자궁 아래쪽에 있습니다. 임신이 진행되면서 위로 올라가는 경우가 많지만, 출혈이 생길 수 있습니다.',
  'cause.placenta-praevia': '전치태반',
  'cause.placenta-praevia.text': '태반이 낮게 있어 자궁경부에 가깝거나 덮고 있습니다. 출혈이 생길 수 있으며, 통증이 없는 경우가 많습니다.',
  'cause.vasa-praevia': '전치혈관',
  'cause.vasa-praevia.text': '양수가 터질 때 자궁경부 가까이 있는 혈관에서 출혈이 생길 수 있습니다. 의료진이 산모와 아기를 바로 확인해야 합니다.',
  'cause.placental-abruption': '태반조기박리',
  'cause.placental-abruption.text': '태반이 자궁벽에서 떨어지기 시작한 상태입니다. 출혈과 함께 통증이 있거나 배가 딱딱해지는 경우가 많습니다.',
  'cause.preterm-labour': '조기진통(조산)',
  'cause.preterm-labour.text': '임신 37주 전에 진통이 시작되는 것입니다.',
  'cause.cervical': '자궁경부의 변화',
  'cause.cervical.text': '임신 중에는 자궁경부(자궁 입구)에서 출혈이 더 쉽게 생기며, 특히 성관계 후에 그렇습니다.',
  'cause.infection': '감염',
  'cause.infection.text': '감염은 출혈, 고열 또는 평소와 다른 분비물을 일으킬 수 있습니다.',
  'cause.pre-eclampsia': '전자간증(임신중독증, 관련 질환)',
  'cause.pre-eclampsia.text': '전자간증 자체는 출혈을 일으키지 않지만, 그 경고 증상은 당일에 확인을 받아야 합니다.',
  'cause.show': '이슬',
  'cause.show.text': '출산 예정일 무렵 분홍색이나 갈색 점액이 보이면 진통이 시작된다는 뜻일 수 있습니다. 선홍색 출혈은 이슬이 아닙니다.',
  // Advice that can wait for the details: while you wait (band 3) and good to know (band 4).
  'advice.what-to-tell': '임신 주수와, 알고 있다면 혈액형(RhD 양성 또는 음성)을 알려 주세요. 산모수첩을 가져가세요.',
  'advice.what-to-tell-placenta': '임신 주수, 알고 있다면 혈액형(RhD 양성 또는 음성), 그리고 초음파에서 저위태반이라는 말을 들었는지 알려 주세요. 산모수첩을 가져가세요.',
  'advice.keep-pads': '탐폰이나 생리컵 말고 생리대를 쓰세요. 출혈량, 색깔, 핏덩어리를 살펴보고, 쓴 생리대(또는 사진)를 보여 줄 수 있게 보관하세요.',
  'advice.rhesus': '혈액형이 RhD 음성이면 의료진에게 바로 알리세요. 주사가 필요할 수 있으며, 출혈이 시작된 뒤 72시간 안에 맞는 것이 가장 좋습니다.',
  'advice.rhesus.ifWeeks': '임신 12주 이상이고 혈액형이 RhD 음성이면 의료진에게 바로 알리세요. 주사가 필요할 수 있으며, 출혈이 시작된 뒤 72시간 안에 맞는 것이 가장 좋습니다.',
  'advice.tell-low-placenta': '초음파에서 저위태반이라는 말을 들었다면 의료진에게 알리세요.',
  'advice.may-scan': '무슨 일인지 보기 위해 의료진이 초음파 검사를 권할 수 있습니다.',
  'advice.may-stay': '산모와 아기를 확인하기 위해 한동안 입원하라는 말을 들을 수 있습니다.',
  'advice.may-stay.ifWeeks': '임신 24주 이상이라면, 산모와 아기를 확인하기 위해 한동안 입원하라는 말을 들을 수 있습니다.',
  'advice.no-sex': '출혈이 멈추고 조산사나 의사가 괜찮다고 할 때까지 성관계를 하지 마세요.',
  'advice.movements-24': '출혈이 가라앉은 뒤에도 매일 태동을 살펴보세요. 태동이 느려지거나 달라지면 즉시 분만실에 전화하세요. 다음 날까지 기다리지 마세요.',
  'advice.movements-24.ifWeeks': '임신 24주 이상이라면: 출혈이 가라앉은 뒤에도 매일 태동을 살펴보세요. 태동이 느려지거나 달라지면 즉시 분만실에 전화하세요.',
  'advice.trauma-private': '누군가 다치게 했다면 조산사나 의사에게 따로 말할 수 있습니다. 안전하게 지낼 수 있도록 도와줄 것입니다.',
  'advice.loss-support': '임신을 잃을까 걱정된다면, 조산사나 의사가 가까운 곳의 지원을 알려 줄 수 있습니다. 혼자 견디지 않아도 됩니다.',
  'outcome.print': '이 안내를 인쇄하거나 저장하기',
  // "What you told us" and "Why this advice".
  'outcome.why': '이렇게 안내하는 이유',
  'review.answers': '알려 주신 내용',
  'review.change': '변경',
  'review.why.urgency': '안내 단계의 근거:',
  'review.why.causes': '가능한 원인의 근거:',
  'review.why.advice': '그 밖의 안내의 근거:',
  'review.why.sources': '출처',
  'review.why.ruleset': '규칙 버전 {version}. 이 규칙은 영국 NHS 등에서 발표한 임상 지침을 따릅니다.',
  'review.weeks': '임신 주수',
  'review.weeks.value': '{weeks, plural, other {#주}}',
  'review.weeks.unknown': '모름',
  'review.bleeding': '출혈량',
  'review.symptoms': '다른 증상',
  'review.ectopic': '자궁외임신 위험',
  'review.placenta': '저위태반',
  'review.rule.any': '임신 중 모든 출혈',
  'review.rule.separator': '; ',
  'review.rule.anyPain': '어떤 통증이든',
  'review.rule.from': '{from, plural, other {#주}} 이상',
  'review.rule.upTo': '{to, plural, other {#주}} 이하',
  'review.rule.between': '{from}~{to, plural, other {#주}}',
  'review.rule.early': '임신 초기(13주 이하)',
  'review.rule.mid': '14~27주',
  'review.rule.late': '28주 이상',
  'review.rule.unknown': '주수 모름',
  'review.rule.without': '{symptoms} 없음',
  'review.rule.answer': '{question}: {answer}',
  'review.rule.noOtherCause': '다른 원인을 시사하는 것이 없음',
  // A reading the person did not give, said as it was (SPEC §7, §8): never quoted as an answer.
  'review.assumed.ectopicRisk': '자궁외임신 위험 요인에 해당하는지 잘 모르겠다고 하셔서, 해당할 가능성도 고려했습니다.',
  'review.assumed.lowLyingPlacenta': '초음파에서 저위태반이라는 말을 들었는지 잘 모르겠다고 하셔서, 그럴 가능성도 고려했습니다.',
  'review.assumed.weeks': '임신 주수를 잘 모르겠다고 하셔서, 임신 {from}~{to, plural, other {#주}}인 경우도 고려했습니다.',
  'review.rule.level': '안내 단계: {levels}',
  'review.level.emergency': '응급',
  'review.level.urgent': '긴급',
  'review.level.prompt': '24시간 안에',
};

/** Not yet reviewed by a clinical translator (README, "Languages"). */
export const review: ReviewStatus = {
  reviewed: false,
  sources: [
    '건강보험심사평가원 사보: 임신 중 이런 증상이 나타나면 즉시 병원으로 가세요 — http://hirasabo.or.kr/240102/section2_2.html',
    '보건복지부 임신육아종합포털 아이사랑: 유산 — https://www.childcare.go.kr/?menuno=260',
  ],
};
