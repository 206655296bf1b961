import type { EssentialMessages } from './en.js';
import type { ReviewStatus } from './review.js';

/**
 * Vietnamese (polite "bạn", as the Ministry of Health's public health pages address the reader;
 * "nhau" with the northern "rau" in brackets at its first use): translates en.ts + en-details.ts
 * for clinical content version 3, key for key in the same order. Needs review by a clinical
 * translator before clinical use.
 *
 * Glossary: weeks tuần (thai 24 tuần) · scan siêu âm · emergency department khoa cấp cứu ·
 * ambulance xe cấp cứu · maternity unit khoa sản · early pregnancy unit phòng khám thai · midwife
 * nữ hộ sinh · care team đội ngũ y tế · maternity notes sổ khám thai · pads băng vệ sinh, tampons
 * tampon, menstrual cups cốc nguyệt san · spotting ra máu lấm tấm · clots cục máu đông · waters
 * break vỡ ối · baby's movements thai máy · contractions bụng gò · sex quan hệ tình dục · IVF thụ
 * tinh trong ống nghiệm · coil vòng tránh thai · pelvic infection viêm nhiễm vùng chậu ·
 * fallopian tube vòi trứng · cervix cổ tử cung · ectopic pregnancy thai ngoài tử cung ·
 * threatened miscarriage dọa sảy thai · miscarriage sảy thai · low-lying placenta nhau bám thấp ·
 * placenta praevia nhau tiền đạo · vasa praevia mạch máu tiền đạo · placental abruption nhau
 * bong non · preterm labour chuyển dạ sinh non · show ra nhầy hồng · pre-eclampsia tiền sản giật
 * · "not a diagnosis" không phải là chẩn đoán. "Less than usual" is "ít hơn mọi khi".
 * Never "bình thường", "vô hại", "đừng lo", "nằm nghỉ tại giường", nor a drug name.
 */
export const messages: EssentialMessages = {
  // Always visible.
  'banner.text': 'Nếu bạn ra máu nhiều, đau dữ dội, cảm thấy sắp ngất hoặc khó thở, hoặc có người bị ngã quỵ, hãy gọi {number} ngay.',
  'number.unknown': 'số cấp cứu tại nơi bạn ở',
  'intro.text': 'Trả lời vài câu hỏi về tình trạng ra máu để biết bạn cần được khám gấp đến mức nào và cần làm gì ngay bây giờ.',
  'footer.text': 'Công cụ này chỉ đưa ra lời khuyên chung. Đây không phải là chẩn đoán và không thay thế nữ hộ sinh hay bác sĩ.',

  // Question pages.
  progress: 'Câu hỏi {current}/{total}',
  back: 'Quay lại',
  continue: 'Tiếp tục',
  loading: 'Đang tải…',
  'error.title': 'Có vấn đề cần sửa',
  'error.prefix': 'Lỗi:',

  'weeks.question': 'Bạn có thai được bao nhiêu tuần?',
  'weeks.hint': 'Tính từ ngày đầu của kỳ kinh cuối, hoặc theo ngày tính từ lần siêu âm. Nếu thai được 12 tuần 3 ngày, hãy nhập 12.',
  'weeks.prefilled': 'Hồ sơ của bạn ghi {weeks, plural, other {# tuần}}. Hãy kiểm tra xem vẫn đúng trước khi tiếp tục.',
  'weeks.suffix': 'tuần',
  'weeks.notSure': 'Tôi không chắc bao nhiêu tuần',
  'weeks.error.missing': 'Hãy nhập số tuần thai, hoặc chọn "Tôi không chắc bao nhiêu tuần"',
  'weeks.error.notNumber': 'Hãy nhập số tuần bằng chữ số, ví dụ 12',
  'weeks.error.whole': 'Chỉ nhập số tuần tròn, ví dụ 12',
  'weeks.error.range': 'Hãy nhập số tuần từ {min} đến {max}',

  'trimester.question': 'Bạn đang ở giai đoạn nào của thai kỳ?',
  'trimester.hint': 'Hãy chọn giai đoạn gần nhất. Nếu bạn không biết cũng không sao: lời khuyên sẽ an toàn cho mọi giai đoạn.',
  'trimester.first': '3 tháng đầu (tam cá nguyệt thứ nhất)',
  'trimester.second': 'Tháng thứ 4 đến 6 (tam cá nguyệt thứ hai)',
  'trimester.third': 'Tháng thứ 7 đến khi sinh (tam cá nguyệt thứ ba)',
  'trimester.unknown': 'Tôi không biết',
  'trimester.error': 'Hãy chọn giai đoạn thai kỳ của bạn, hoặc "Tôi không biết"',

  'bleeding.question': 'Bạn ra máu nhiều đến mức nào?',
  'bleeding.hint': 'Hãy chọn mức nhiều nhất kể từ khi bắt đầu ra máu, kể cả khi bây giờ đã ít đi.',
  'bleeding.spotting': 'Ra máu lấm tấm',
  'bleeding.spotting.hint': 'Vài giọt, hoặc vết màu hồng hay nâu',
  'bleeding.light': 'Ra máu ít',
  'bleeding.light.hint': 'Ít hơn khi hành kinh',
  'bleeding.heavy': 'Ra máu nhiều',
  'bleeding.heavy.hint': 'Như khi hành kinh hoặc nhiều hơn, thấm ướt một miếng băng vệ sinh trong vòng một giờ, hoặc có cục máu đông lớn',
  'bleeding.error': 'Hãy chọn mức ra máu của bạn',

  'symptoms.question': 'Bạn có thêm dấu hiệu nào dưới đây không?',
  'symptoms.hint': 'Chọn tất cả các mục đúng với bạn.',
  'symptoms.emergencySigns': 'Dấu hiệu cấp cứu',
  'symptoms.none': 'Không có dấu hiệu nào',
  'symptoms.or': 'hoặc',
  'symptoms.error': 'Hãy chọn tất cả các mục đúng với bạn, hoặc "Không có dấu hiệu nào"',
  // Offered with the emergency signs first (SPEC §6); a hint carries the detail, so labels stay short.
  'symptom.nausea': 'Buồn nôn, nôn, hoặc thay đổi khẩu vị',
  'symptom.mild-cramps': 'Đau quặn nhẹ hoặc hơi đau âm ỉ ở bụng dưới',
  'symptom.one-sided-pain': 'Đau một bên bụng dưới',
  'symptom.severe-pain': 'Đau dữ dội hoặc đau liên tục ở bụng hay lưng',
  'symptom.severe-pain.hint': 'Hoặc bụng cứng và đau khi chạm vào',
  'symptom.shoulder-tip-pain': 'Đau ở đầu vai',
  'symptom.shoulder-tip-pain.hint': 'Chỗ vai kết thúc và cánh tay bắt đầu',
  'symptom.dizziness-fainting': 'Cảm thấy sắp ngất hoặc rất chóng mặt, hoặc đã bị ngất',
  'symptom.dizziness-fainting.hint': 'Hoặc rất xanh xao, lạnh hay vã mồ hôi lạnh, tim đập nhanh, khó thở, đau ngực, hoặc lú lẫn',
  'symptom.very-unwell': 'Bạn cảm thấy rất không khỏe',
  'symptom.very-unwell.hint': 'Hoặc cảm thấy có điều gì đó rất không ổn',
  'symptom.clots-or-tissue': 'Ra cục máu đông nhỏ hoặc mô',
  'symptom.fever': 'Sốt cao hoặc ớn lạnh',
  'symptom.fever.hint': 'Hoặc khí hư có mùi hôi',
  'symptom.contractions': 'Bụng gò cứng đều đặn, hoặc đau như đau bụng kinh, lúc có lúc không',
  'symptom.fluid-leak': 'Nước chảy ồ ra hoặc rỉ ra từ âm đạo',
  'symptom.fluid-leak.hint': 'Có thể bạn đã bị vỡ ối',
  'symptom.reduced-movements': 'Thai máy ít hơn mọi khi, hoặc không thấy thai máy',
  'symptom.headache-vision': 'Đau đầu nặng hoặc có vấn đề về thị lực',
  'symptom.headache-vision.hint': 'Hoặc đau ngay dưới xương sườn, nôn kèm theo một trong các dấu hiệu này, hoặc mặt, tay hay chân đột ngột bị sưng',
  'symptom.trauma': 'Bị ngã, bị va đập vào bụng, hoặc bị tai nạn xe',
  'symptom.trauma.hint': 'Hoặc có người làm bạn bị thương',
  'symptom.after-sex': 'Ra máu bắt đầu sau khi quan hệ tình dục',
  'symptom.pain-toilet': 'Đau hoặc khó chịu khi đi tiểu hay đi đại tiện',
  'symptom.worried': 'Có điều gì khác về việc này khiến bạn lo lắng',

  'ectopic.question': 'Bạn có thuộc trường hợp nào dưới đây không?',
  'ectopic.hint': 'Những điều này làm tăng khả năng bị thai ngoài tử cung (thai phát triển bên ngoài tử cung):',
  'ectopic.reason.before': 'bạn đã từng bị thai ngoài tử cung',
  'ectopic.reason.tubes': 'bạn đã phẫu thuật vòi trứng, hoặc từng bị viêm nhiễm vùng chậu',
  'ectopic.reason.ivf': 'lần mang thai này là nhờ thụ tinh trong ống nghiệm (IVF)',
  'ectopic.reason.coil': 'bạn đang đặt vòng tránh thai (dụng cụ tử cung)',
  'placenta.question': 'Siêu âm có cho thấy bạn bị nhau bám thấp (nhau tiền đạo) không?',
  'placenta.hint': 'Nghĩa là bánh nhau (rau) nằm thấp trong tử cung, gần hoặc che cổ tử cung. Thường được phát hiện ở lần siêu âm khoảng tuần 20.',
  'answer.yes': 'Có',
  'answer.no': 'Không',
  'answer.notSure': 'Tôi không chắc',
  'placenta.notSure': 'Tôi không chắc, hoặc tôi chưa siêu âm lần đó',
  'answer.error': 'Hãy chọn có, không hoặc "Tôi không chắc"',

  // The outcome card.
  'outcome.prefix.emergency': 'Cần hành động ngay:',
  'outcome.prefix.urgent': 'Lời khuyên khẩn:',
  'outcome.prefix.prompt': 'Lời khuyên:',
  'outcome.title.emergency': 'Gọi {number} ngay, hoặc đến khoa cấp cứu',
  'outcome.title.urgent': 'Gọi cho {care} ngay',
  'outcome.title.prompt': 'Liên hệ {care} trong vòng 24 giờ',
  'care.generic.urgent': 'khoa sản, phòng khám thai hoặc bác sĩ của bạn',
  'care.generic.prompt': 'nữ hộ sinh, bác sĩ hoặc phòng khám thai của bạn',
  'cta.emergency': 'Gọi {number}',
  'cta.carePhone': 'Gọi {name} theo số {phone}',
  'cta.careUrl': 'Liên hệ {name}',
  'cta.careFallbackName': 'đội ngũ chăm sóc bạn',
  'outcome.notDiagnosis': 'Đây không phải là chẩn đoán. Chỉ nữ hộ sinh hoặc bác sĩ mới có thể cho bạn biết điều gì đang xảy ra.',
  'outcome.doNow': 'Cần làm gì ngay bây giờ',
  'outcome.details.loading': 'Đang tải phần lời khuyên còn lại…',
  'outcome.details.unavailable': 'Không tải được phần lời khuyên còn lại. Những gì bạn thấy ở trên là điều quan trọng nhất lúc này.',
  'outcome.restart': 'Làm lại từ đầu',
  'outcome.ready': 'Lời khuyên cho bạn đã sẵn sàng.',

  // Advice that never waits for the rest of the outcome: the action and the safety net (SPEC §5
  // bands 1 and 2), and the one line an emergency card adds. The rest is in en-details.ts.
  // `.ifWeeks`: the same advice when the person's week is not pinned (SPEC §8).
  'advice.call-emergency': 'Hãy gọi xe cấp cứu, hoặc đến thẳng khoa cấp cứu. Đừng tự lái xe.',
  'advice.call-now': 'Hãy gọi cho {care} ngay. Đừng đợi đến khi hết ra máu hay đến lần hẹn khám sau. Họ có thể bảo bạn đến ngay.',
  'advice.contact-within-24h': 'Hãy liên hệ {care} trong vòng 24 giờ, hoặc sớm hơn nếu có gì thay đổi.',
  'advice.if-closed': 'Nếu họ đã nghỉ hoặc bạn không gọi được, hãy gọi {urgentCare}, hoặc đến khoa sản hay khoa cấp cứu.',
  'urgentCare.unknown': 'dịch vụ khám ngoài giờ hoặc dịch vụ y tế khẩn cấp ở nơi bạn ở',
  'advice.attend-now': 'Nhiều khả năng họ sẽ bảo bạn đến ngay: hãy chuẩn bị sẵn sàng để đi.',
  'advice.safety-net': 'Hãy gọi {number} nếu ra máu nhiều hơn, đau dữ dội hoặc đau liên tục, hoặc bạn cảm thấy sắp ngất, khó thở hay rất không khỏe.',
  'advice.safety-net-24': 'Hãy gọi {number} nếu bạn bị vỡ ối.',
  'advice.safety-net-24.ifWeeks': 'Nếu bạn có thai từ 24 tuần trở lên, hãy gọi {number} khi bị vỡ ối.',
  'advice.safety-net-term': 'Nếu vỡ ối kèm máu đỏ tươi, hãy gọi {number}. Nếu vỡ ối kèm vết màu hồng hoặc nâu, hãy gọi ngay cho khoa sản.',
  'advice.safety-net-movements': 'Nếu thai máy ít hơn mọi khi, hãy gọi ngay cho khoa sản, không phải {number}.',
  'advice.safety-net-movements.ifWeeks': 'Nếu bạn có thai từ 24 tuần trở lên và thai máy ít hơn mọi khi, hãy gọi ngay cho khoa sản, không phải {number}.',
  'advice.call-anyway': 'Nếu bạn lo lắng, cứ gọi. Bạn không làm mất thời gian của ai cả.',
  'advice.if-worse-while-waiting': 'Nếu bạn thấy tệ hơn trong lúc chờ, hãy gọi lại {number}.',
};

/** Not yet reviewed by a clinical translator (README, "Languages"). */
export const review: ReviewStatus = {
  reviewed: false,
  sources: [
    'Sức khỏe & Đời sống (Bộ Y tế): Các dấu hiệu nguy hiểm trong thời kỳ mang thai — https://suckhoedoisong.vn/infographic-cac-dau-hieu-nguy-hiem-trong-thoi-ky-mang-thai-16922120714094306.htm',
  ],
};

/** The rest of the outcome's words, loaded beside these. */
export const details = () => import('./vi-details.js');
