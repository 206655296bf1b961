import type { EssentialMessages } from './en.js';
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
export const messages: EssentialMessages = {
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
};

/** Not yet reviewed by a clinical translator (README, "Languages"). */
export const review: ReviewStatus = {
  reviewed: false,
  sources: [
    '건강보험심사평가원 사보: 임신 중 이런 증상이 나타나면 즉시 병원으로 가세요 — http://hirasabo.or.kr/240102/section2_2.html',
    '보건복지부 임신육아종합포털 아이사랑: 유산 — https://www.childcare.go.kr/?menuno=260',
  ],
};

/** The rest of the outcome's words, loaded beside these. */
export const details = () => import('./ko-details.js');
