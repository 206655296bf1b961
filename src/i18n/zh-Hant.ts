import type { Messages } from './en.js';
import type { ReviewStatus } from './review.js';

/**
 * Traditional Chinese for readers in Hong Kong and Taiwan (您, written Chinese both read; not a
 * conversion of zh-Hans.ts): translates en.ts + en-details.ts for clinical content version 3, key
 * for key in the same order. Needs review by a clinical translator before clinical use.
 *
 * Glossary (where Hong Kong and Taiwan use different words, both at the first use, one in
 * brackets, then the one both read):
 * weeks 週 (HK also writes 周) · scan 超音波（超聲波）檢查 · emergency department 急診室（急症室）
 * · ambulance 救護車 · maternity unit 醫院產科 · early pregnancy unit 早期懷孕評估診所 · midwife
 * 助產士 · care team 醫護團隊 · maternity notes 產檢紀錄 · pads 衛生巾（衛生棉）, tampons 衛生棉條,
 * menstrual cups 月經杯 · spotting 點狀出血 · clots 血塊 · waters break 破水（穿羊水）· baby's
 * movements 胎動 · contractions 子宮收縮 · sex 性行為 · IVF 試管嬰兒（體外受精）· coil
 * 子宮內避孕器（避孕環）· pelvic infection 骨盆腔感染（盆腔炎）· cervix 子宮頸 · ectopic pregnancy
 * 子宮外孕（異位妊娠）· threatened miscarriage 先兆流產 · miscarriage 流產 · low-lying placenta
 * 胎盤低置 · placenta praevia 前置胎盤 · vasa praevia 前置血管 · placental abruption 胎盤早期剝離 ·
 * preterm labour 早產 · show 落紅（見紅）· pre-eclampsia 子癲前症（妊娠毒血症）· RhD陰性 ·
 * "not a diagnosis" 不是診斷. Never 正常, 無害, 不用擔心, 臥床 or 安胎, nor a drug name.
 */
export const messages: Messages = {
  // Always visible.
  'banner.text': '如果您出血很多、劇烈疼痛、感到快要暈倒或呼吸困難，或有人突然倒下，請立即撥打{number}。',
  'number.unknown': '當地的緊急電話',
  'intro.text': '回答幾個關於出血的問題，了解您需要多快就醫，以及現在應該怎麼做。',
  'footer.text': '本工具只提供一般建議。它不是診斷，也不能取代助產士或醫生。',

  // Question pages.
  progress: '第{current}題，共{total}題',
  back: '返回',
  continue: '繼續',
  loading: '載入中…',
  'error.title': '出現問題',
  'error.prefix': '錯誤：',

  'weeks.question': '您懷孕多少週了？',
  'weeks.hint': '從最後一次月經的第一天算起，或按超音波（超聲波）檢查推算的日期。如果是12週又3天，請填12。',
  'weeks.prefilled': '您的紀錄顯示為{weeks, plural, other {#週}}。繼續之前，請確認這仍然正確。',
  'weeks.suffix': '週',
  'weeks.notSure': '我不確定懷孕多少週',
  'weeks.error.missing': '請填寫您懷孕多少週，或選擇「我不確定懷孕多少週」',
  'weeks.error.notNumber': '請用數字填寫週數，例如12',
  'weeks.error.whole': '請只填寫整數週數，例如12',
  'weeks.error.range': '請填寫{min}到{max}之間的週數',

  'trimester.question': '您現在處於懷孕的哪個階段？',
  'trimester.hint': '請選最接近的一項。如果不知道也沒關係：建議對任何階段都是安全的。',
  'trimester.first': '懷孕首3個月（第一孕期）',
  'trimester.second': '第4至6個月（第二孕期）',
  'trimester.third': '第7個月至分娩（第三孕期）',
  'trimester.unknown': '我不知道',
  'trimester.error': '請選擇您處於懷孕的哪個階段，或選擇「我不知道」',

  'bleeding.question': '您的出血量有多少？',
  'bleeding.hint': '請按出血開始以來最多的時候選擇，即使現在已經減少。',
  'bleeding.spotting': '點狀出血',
  'bleeding.spotting.hint': '幾滴血，或粉紅色、褐色的血跡',
  'bleeding.light': '少量出血',
  'bleeding.light.hint': '比月經量少',
  'bleeding.heavy': '大量出血',
  'bleeding.heavy.hint': '像月經量或更多，1小時內濕透一片衛生巾（衛生棉），或有大血塊',
  'bleeding.error': '請選擇您的出血量',

  'symptoms.question': '您是否同時有以下任何情況？',
  'symptoms.hint': '請選擇所有符合的項目。',
  'symptoms.emergencySigns': '緊急徵兆',
  'symptoms.none': '以上皆無',
  'symptoms.or': '或',
  'symptoms.error': '請選擇所有符合的項目，或選擇「以上皆無」',
  // Offered with the emergency signs first (SPEC §6); a hint carries the detail, so labels stay short.
  'symptom.nausea': '噁心、嘔吐，或食慾改變',
  'symptom.mild-cramps': '輕微抽痛，或下腹輕微隱痛',
  'symptom.one-sided-pain': '下腹一側疼痛',
  'symptom.severe-pain': '肚子或背部劇烈疼痛或持續疼痛',
  'symptom.severe-pain.hint': '或肚子變硬、一按就痛',
  'symptom.shoulder-tip-pain': '肩膀末端疼痛',
  'symptom.shoulder-tip-pain.hint': '即肩膀和手臂交接的地方',
  'symptom.dizziness-fainting': '感到快要暈倒或非常頭暈，或曾經暈倒',
  'symptom.dizziness-fainting.hint': '或臉色非常蒼白、身體冰冷或冒冷汗、心跳很快、呼吸急促、胸痛，或神智不清',
  'symptom.very-unwell': '您感到非常不舒服',
  'symptom.very-unwell.hint': '或感覺身體出了很嚴重的問題',
  'symptom.clots-or-tissue': '排出小血塊或組織',
  'symptom.fever': '發高燒或發冷顫抖',
  'symptom.fever.hint': '或分泌物有臭味',
  'symptom.contractions': '規律的子宮收縮（肚子一陣陣變硬），或一陣陣像經痛的疼痛',
  'symptom.fluid-leak': '陰道突然湧出或慢慢流出液體',
  'symptom.fluid-leak.hint': '可能是破水（穿羊水）了',
  'symptom.reduced-movements': '胎動比平時少，或感覺不到胎動',
  'symptom.headache-vision': '嚴重頭痛或視力出現問題',
  'symptom.headache-vision.hint': '或肋骨正下方疼痛、以上任何一種情況伴隨嘔吐，或臉、手、腳突然腫脹',
  'symptom.trauma': '跌倒、肚子受到撞擊，或遇到車禍',
  'symptom.trauma.hint': '或有人傷害了您',
  'symptom.after-sex': '出血是在性行為後開始的',
  'symptom.pain-toilet': '小便或大便時疼痛或不適',
  'symptom.worried': '關於這次出血，還有其他事情讓您擔心',

  'ectopic.question': '以下情況是否適用於您？',
  'ectopic.hint': '以下情況會增加子宮外孕（異位妊娠，即胚胎在子宮以外生長）的可能：',
  'ectopic.reason.before': '您以前曾經子宮外孕',
  'ectopic.reason.tubes': '您做過輸卵管手術，或曾有骨盆腔感染（盆腔炎）',
  'ectopic.reason.ivf': '這次懷孕是經試管嬰兒（體外受精）療程',
  'ectopic.reason.coil': '您體內裝有子宮內避孕器（避孕環）',
  'placenta.question': '超音波檢查是否顯示胎盤低置（前置胎盤）？',
  'placenta.hint': '即胎盤在子宮內的位置偏低，靠近或蓋住子宮頸。通常在20週左右的超音波檢查中發現。',
  'answer.yes': '是',
  'answer.no': '否',
  'answer.notSure': '不確定',
  'placenta.notSure': '不確定，或我還沒做過這項檢查',
  'answer.error': '請選擇是、否或「不確定」',

  // The outcome card.
  'outcome.prefix.emergency': '需要立即行動：',
  'outcome.prefix.urgent': '緊急建議：',
  'outcome.prefix.prompt': '建議：',
  'outcome.title.emergency': '立即撥打{number}，或前往急診室（急症室）',
  'outcome.title.urgent': '現在就致電{care}',
  'outcome.title.prompt': '請在24小時內聯絡{care}',
  'care.generic.urgent': '您的醫院產科、早期懷孕評估診所或醫生',
  'care.generic.prompt': '您的助產士、醫生或早期懷孕評估診所',
  'cta.emergency': '撥打{number}',
  'cta.carePhone': '致電{phone}聯絡{name}',
  'cta.careUrl': '聯絡{name}',
  'cta.careFallbackName': '您的醫護團隊',
  'outcome.notDiagnosis': '這不是診斷。只有助產士或醫生才能告訴您實際發生了什麼事。',
  'outcome.doNow': '現在應該怎麼做',
  'outcome.details.loading': '正在載入其餘建議…',
  'outcome.details.unavailable': '其餘建議無法載入。上面的內容是您現在最需要知道的。',
  'outcome.restart': '重新開始',
  'outcome.ready': '您的建議已經準備好。',

  // Advice that never waits for the rest of the outcome: the action and the safety net (SPEC §5
  // bands 1 and 2), and the one line an emergency card adds. The rest is in en-details.ts.
  // `.ifWeeks`: the same advice when the person's week is not pinned (SPEC §8).
  'advice.call-emergency': '請叫救護車，或直接前往急診室。不要自己開車。',
  'advice.call-now': '現在就致電{care}。不要等出血停止，也不要等下次產檢。他們可能會請您馬上過去。',
  'advice.contact-within-24h': '請在24小時內聯絡{care}；如果情況有任何變化，請更早聯絡。',
  'advice.if-closed': '如果他們已下班或電話打不通，請致電{urgentCare}，或前往醫院產科或急診室。',
  'urgentCare.unknown': '當地的非辦公時間或緊急醫療服務',
  'advice.attend-now': '他們很可能會請您馬上過去：請準備好出發。',
  'advice.safety-net': '如果出血變多、疼痛變得劇烈或持續不停，或您感到快要暈倒、呼吸困難或非常不舒服，請撥打{number}。',
  'advice.safety-net-24': '如果破水，請撥打{number}。',
  'advice.safety-net-24.ifWeeks': '如果您懷孕24週或以上，一旦破水，請撥打{number}。',
  'advice.safety-net-term': '如果破水時有鮮紅色出血，請撥打{number}。如果破水時帶有粉紅色或褐色血跡，請立即致電醫院產科。',
  'advice.safety-net-movements': '如果胎動比平時少，請立即致電醫院產科，而不是撥打{number}。',
  'advice.safety-net-movements.ifWeeks': '如果您懷孕24週或以上，而胎動比平時少，請立即致電醫院產科，而不是撥打{number}。',
  'advice.call-anyway': '如果您擔心，無論如何都請打電話。您沒有浪費任何人的時間。',
  'advice.if-worse-while-waiting': '如果在等候時感覺更差，請再次撥打{number}。',

  // From here on, the keys of en-details.ts (in English they load on their own; here, with the rest).
  // Possible causes, never called harmless or normal.
  'outcome.causes': '可能的原因',
  'outcome.causes.intro': '懷孕期間出血的原因有很多，醫護團隊會檢查實際情況。可能是：',
  'outcome.causes.weeksUnknown': '知道您懷孕多少週，能幫助醫護團隊找出原因。',
  'outcome.causes.none': '醫護團隊會查明實際情況。',
  'cause.implantation': '著床出血',
  'cause.implantation.text': '在本來應該來月經的時間前後出現的少量點狀出血，發生在早期胚胎附著到子宮內膜的時候。',
  'cause.threatened-miscarriage': '先兆流產',
  'cause.threatened-miscarriage.text': '懷孕期間出血而懷孕仍在繼續時，常被稱為先兆流產。很多懷孕都會繼續下去。',
  'cause.miscarriage': '流產',
  'cause.miscarriage.text': '這樣的出血可能在流產時出現，也有很多懷孕會繼續下去。醫護團隊可以檢查實際情況。',
  'cause.ectopic': '子宮外孕（異位妊娠）',
  'cause.ectopic.text': '胚胎在子宮以外生長，通常在輸卵管內。需要盡快檢查。',
  'cause.low-lying-placenta': '胎盤低置',
  'cause.low-lying-placenta.text': '胎盤在子宮內的位置偏低。隨著懷孕進展，胎盤常會往上移，但可能會出血。',
  'cause.placenta-praevia': '前置胎盤',
  'cause.placenta-praevia.text': '胎盤位置低，靠近或蓋住子宮頸。可能會出血，而且常常不痛。',
  'cause.vasa-praevia': '前置血管',
  'cause.vasa-praevia.text': '子宮頸附近的血管可能在破水時出血。醫護團隊需要馬上檢查您和寶寶的情況。',
  'cause.placental-abruption': '胎盤早期剝離',
  'cause.placental-abruption.text': '胎盤開始從子宮壁剝離。除了出血，常常還會引起疼痛或肚子變硬。',
  'cause.preterm-labour': '早產',
  'cause.preterm-labour.text': '在懷孕37週之前就開始分娩。',
  'cause.cervical': '子宮頸的變化',
  'cause.cervical.text': '懷孕期間，子宮頸比較容易出血，尤其是在性行為之後。',
  'cause.infection': '感染',
  'cause.infection.text': '感染可能引起出血、發燒，或分泌物和平時不一樣。',
  'cause.pre-eclampsia': '子癲前症（妊娠毒血症，一種相關疾病）',
  'cause.pre-eclampsia.text': '子癲前症本身不會引起出血，但它的警告徵兆需要當天檢查。',
  'cause.show': '落紅（見紅）',
  'cause.show.text': '接近預產期時，粉紅色或褐色的黏液可能表示快要分娩。鮮紅色的出血不是落紅。',
  // Advice that can wait for the details: while you wait (band 3) and good to know (band 4).
  'advice.what-to-tell': '告訴他們您懷孕多少週，以及您的血型（如果知道，是RhD陽性還是陰性）。帶上您的產檢紀錄。',
  'advice.what-to-tell-placenta': '告訴他們您懷孕多少週、您的血型（如果知道，是RhD陽性還是陰性），以及超音波是否顯示胎盤低置。帶上您的產檢紀錄。',
  'advice.keep-pads': '請用衛生巾（衛生棉），不要用衛生棉條或月經杯。留意出血量、顏色和有沒有血塊，並保留用過的衛生巾（或拍照）給醫護人員看。',
  'advice.rhesus': '如果您的血型是RhD陰性，請馬上告訴醫護團隊：您可能需要打一針，而在出血開始後72小時內打效果最好。',
  'advice.rhesus.ifWeeks': '如果您懷孕12週或以上，而血型是RhD陰性，請馬上告訴醫護團隊：您可能需要打一針，而在出血開始後72小時內打效果最好。',
  'advice.tell-low-placenta': '如果超音波曾顯示胎盤低置，請告訴醫護團隊。',
  'advice.may-scan': '醫護團隊可能會安排您做超音波檢查，了解實際情況。',
  'advice.may-stay': '醫護團隊可能會請您住院一段時間，以便檢查您和寶寶的情況。',
  'advice.may-stay.ifWeeks': '如果您懷孕24週或以上，醫護團隊可能會請您住院一段時間，以便檢查您和寶寶的情況。',
  'advice.no-sex': '在出血停止，而且助產士或醫生說可以之前，請不要有性行為。',
  'advice.movements-24': '出血緩和後，請繼續每天留意胎動。如果胎動變慢或有改變，請立即致電醫院產科，不要等到第二天。',
  'advice.movements-24.ifWeeks': '如果您懷孕24週或以上：出血緩和後，請繼續每天留意胎動。如果胎動變慢或有改變，請立即致電醫院產科。',
  'advice.trauma-private': '如果有人傷害了您，您可以私下告訴助產士或醫生。他們可以幫助您保障自身安全。',
  'advice.loss-support': '如果您擔心會失去這次懷孕，助產士或醫生可以告訴您附近有哪些支援。您不需要獨自面對。',
  'outcome.print': '列印或儲存這份建議',
  // "What you told us" and "Why this advice".
  'outcome.why': '為什麼給這個建議',
  'review.answers': '您告訴我們的情況',
  'review.change': '更改',
  'review.why.urgency': '建議級別的依據：',
  'review.why.causes': '可能原因的依據：',
  'review.why.advice': '其他建議的依據：',
  'review.why.sources': '資料來源',
  'review.why.ruleset': '規則版本{version}。這些規則依據英國國民保健署（NHS）及其他已發表的臨床指引。',
  'review.weeks': '懷孕週數',
  'review.weeks.value': '{weeks, plural, other {#週}}',
  'review.weeks.unknown': '不確定',
  'review.bleeding': '出血量',
  'review.symptoms': '其他症狀',
  'review.ectopic': '子宮外孕風險',
  'review.placenta': '胎盤低置',
  'review.rule.any': '懷孕期間任何出血',
  'review.rule.separator': '；',
  'review.rule.anyPain': '任何疼痛',
  'review.rule.from': '懷孕{from, plural, other {#週}}或以上',
  'review.rule.upTo': '懷孕{to, plural, other {#週}}或以下',
  'review.rule.between': '懷孕{from}至{to, plural, other {#週}}',
  'review.rule.early': '懷孕早期（13週或以下）',
  'review.rule.mid': '懷孕14至27週',
  'review.rule.late': '懷孕28週或以上',
  'review.rule.unknown': '週數不詳',
  'review.rule.without': '沒有{symptoms}',
  'review.rule.answer': '{question}：{answer}',
  'review.rule.noOtherCause': '沒有其他情況指向某個原因',
  // A reading the person did not give, said as it was (SPEC §7, §8): never quoted as an answer.
  'review.assumed.ectopicRisk': '您不確定自己是否有子宮外孕的風險因素，所以這裡也考慮了有這些因素的可能。',
  'review.assumed.lowLyingPlacenta': '您不確定超音波是否曾顯示胎盤低置，所以這裡也考慮了胎盤低置的可能。',
  'review.assumed.weeks': '您不確定懷孕多少週，所以這裡也考慮了懷孕{from}至{to, plural, other {#週}}的情況。',
  'review.rule.level': '建議級別：{levels}',
  'review.level.emergency': '危急',
  'review.level.urgent': '緊急',
  'review.level.prompt': '24小時內',
};

/** Not yet reviewed by a clinical translator (README, "Languages"). */
export const review: ReviewStatus = {
  reviewed: false,
  sources: [
    'Family Health Service, Department of Health, Hong Kong: Friendly reminder for using Maternal and Child Health Centre Services (warning signs in pregnancy that need the Accident and Emergency Department) — https://www.fhs.gov.hk/english/centre_det/friendly_reminder.html',
    'Kaohsiung Veterans General Hospital (Taiwan), patient education: 關於子宮外孕 — https://org.vghks.gov.tw/art/News_Content.aspx?n=D984469F7414D664&sms=765697D98F4C8BC4&s=E6CF17722AC2C93F&r=708510368',
  ],
};
