import type { Messages } from './en.js';
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
export const messages: Messages = {
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

  // From here on, the keys of en-details.ts (in English they load on their own; here, with the rest).
  // Possible causes, never called harmless or normal.
  'outcome.causes': 'Nguyên nhân có thể là gì',
  'outcome.causes.intro': 'Ra máu khi mang thai có nhiều nguyên nhân, và đội ngũ y tế sẽ kiểm tra điều gì đang xảy ra. Có thể là:',
  'outcome.causes.weeksUnknown': 'Biết bạn có thai bao nhiêu tuần sẽ giúp đội ngũ y tế tìm ra nguyên nhân.',
  'outcome.causes.none': 'Đội ngũ y tế sẽ tìm hiểu điều gì đang xảy ra.',
  'cause.implantation': 'Ra máu do phôi làm tổ',
  'cause.implantation.text': 'Ra máu lấm tấm vào khoảng thời gian lẽ ra bạn có kinh, khi phôi thai mới bám vào niêm mạc tử cung.',
  'cause.threatened-miscarriage': 'Dọa sảy thai',
  'cause.threatened-miscarriage.text': 'Ra máu khi mang thai mà thai vẫn tiếp tục phát triển thường được gọi như vậy. Nhiều thai kỳ vẫn tiếp tục.',
  'cause.miscarriage': 'Sảy thai',
  'cause.miscarriage.text': 'Ra máu như thế này có thể xảy ra khi sảy thai, và nhiều thai kỳ vẫn tiếp tục. Đội ngũ y tế có thể kiểm tra điều gì đang xảy ra.',
  'cause.ectopic': 'Thai ngoài tử cung',
  'cause.ectopic.text': 'Thai phát triển bên ngoài tử cung, thường là trong vòi trứng. Cần được kiểm tra nhanh chóng.',
  'cause.low-lying-placenta': 'Nhau bám thấp',
  'cause.low-lying-placenta.text': 'Bánh nhau nằm thấp trong tử cung. Nhau thường dịch lên cao hơn khi thai lớn dần, nhưng có thể gây chảy máu.',
  'cause.placenta-praevia': 'Nhau tiền đạo (rau tiền đạo)',
  'cause.placenta-praevia.text': 'Bánh nhau nằm thấp, gần hoặc che cổ tử cung. Có thể gây chảy máu, thường không đau.',
  'cause.vasa-praevia': 'Mạch máu tiền đạo',
  'cause.vasa-praevia.text': 'Các mạch máu gần cổ tử cung có thể chảy máu khi vỡ ối. Đội ngũ y tế cần kiểm tra bạn và em bé ngay.',
  'cause.placental-abruption': 'Nhau bong non (rau bong non)',
  'cause.placental-abruption.text': 'Bánh nhau bắt đầu bong ra khỏi thành tử cung. Ngoài chảy máu, thường còn gây đau hoặc bụng cứng.',
  'cause.preterm-labour': 'Chuyển dạ sinh non',
  'cause.preterm-labour.text': 'Chuyển dạ bắt đầu trước tuần thứ 37.',
  'cause.cervical': 'Thay đổi ở cổ tử cung',
  'cause.cervical.text': 'Khi mang thai, cổ tử cung dễ chảy máu hơn, nhất là sau khi quan hệ tình dục.',
  'cause.infection': 'Nhiễm trùng',
  'cause.infection.text': 'Nhiễm trùng có thể gây ra máu, sốt cao hoặc khí hư khác lạ.',
  'cause.pre-eclampsia': 'Tiền sản giật (một bệnh liên quan)',
  'cause.pre-eclampsia.text': 'Tiền sản giật không trực tiếp gây ra máu, nhưng các dấu hiệu cảnh báo của nó cần được kiểm tra ngay trong ngày.',
  'cause.show': 'Ra nhầy hồng (dấu hiệu chuyển dạ)',
  'cause.show.text': 'Gần ngày dự sinh, chất nhầy màu hồng hoặc nâu có thể báo hiệu sắp chuyển dạ. Máu đỏ tươi thì không phải dấu hiệu này.',
  // Advice that can wait for the details: while you wait (band 3) and good to know (band 4).
  'advice.what-to-tell': 'Hãy cho họ biết bạn có thai bao nhiêu tuần, và nhóm máu của bạn nếu biết (RhD dương tính hay âm tính). Mang theo sổ khám thai.',
  'advice.what-to-tell-placenta': 'Hãy cho họ biết bạn có thai bao nhiêu tuần, nhóm máu của bạn nếu biết (RhD dương tính hay âm tính), và siêu âm có cho thấy nhau bám thấp không. Mang theo sổ khám thai.',
  'advice.keep-pads': 'Dùng băng vệ sinh, không dùng tampon hay cốc nguyệt san. Để ý lượng máu, màu sắc và có cục máu đông không, và giữ lại băng vệ sinh đã dùng (hoặc chụp ảnh) để cho nhân viên y tế xem.',
  'advice.rhesus': 'Nếu nhóm máu của bạn là RhD âm tính, hãy báo ngay cho đội ngũ y tế: bạn có thể cần tiêm một mũi, và tiêm trong vòng 72 giờ sau khi bắt đầu ra máu là tốt nhất.',
  'advice.rhesus.ifWeeks': 'Nếu bạn có thai từ 12 tuần trở lên và nhóm máu là RhD âm tính, hãy báo ngay cho đội ngũ y tế: bạn có thể cần tiêm một mũi, và tiêm trong vòng 72 giờ sau khi bắt đầu ra máu là tốt nhất.',
  'advice.tell-low-placenta': 'Nếu siêu âm từng cho thấy nhau bám thấp, hãy báo cho đội ngũ y tế.',
  'advice.may-scan': 'Đội ngũ y tế có thể cho bạn siêu âm để xem điều gì đang xảy ra.',
  'advice.may-stay': 'Bạn có thể được đề nghị ở lại bệnh viện một thời gian để theo dõi bạn và em bé.',
  'advice.may-stay.ifWeeks': 'Nếu bạn có thai từ 24 tuần trở lên, bạn có thể được đề nghị ở lại bệnh viện một thời gian để theo dõi bạn và em bé.',
  'advice.no-sex': 'Đừng quan hệ tình dục cho đến khi hết ra máu và nữ hộ sinh hoặc bác sĩ nói là được.',
  'advice.movements-24': 'Khi ra máu đã dịu đi, hãy tiếp tục để ý thai máy mỗi ngày. Nếu thai máy chậm lại hoặc thay đổi, hãy gọi ngay cho khoa sản. Đừng đợi đến hôm sau.',
  'advice.movements-24.ifWeeks': 'Nếu bạn có thai từ 24 tuần trở lên: khi ra máu đã dịu đi, hãy tiếp tục để ý thai máy mỗi ngày. Nếu thai máy chậm lại hoặc thay đổi, hãy gọi ngay cho khoa sản.',
  'advice.trauma-private': 'Nếu có người làm bạn bị thương, bạn có thể nói riêng với nữ hộ sinh hoặc bác sĩ. Họ có thể giúp bạn được an toàn.',
  'advice.loss-support': 'Nếu bạn lo sợ mất thai, nữ hộ sinh hoặc bác sĩ có thể giới thiệu nơi hỗ trợ gần bạn. Bạn không phải một mình trải qua chuyện này.',
  'outcome.print': 'In hoặc lưu lời khuyên này',
  // "What you told us" and "Why this advice".
  'outcome.why': 'Vì sao có lời khuyên này',
  'review.answers': 'Những gì bạn đã cho biết',
  'review.change': 'Thay đổi',
  'review.why.urgency': 'Mức độ lời khuyên dựa trên:',
  'review.why.causes': 'Các nguyên nhân có thể dựa trên:',
  'review.why.advice': 'Các lời khuyên khác dựa trên:',
  'review.why.sources': 'Nguồn',
  'review.why.ruleset': 'Phiên bản quy tắc {version}. Các quy tắc dựa theo hướng dẫn lâm sàng đã công bố của NHS (Anh) và các nguồn khác.',
  'review.weeks': 'Số tuần thai',
  'review.weeks.value': '{weeks, plural, other {# tuần}}',
  'review.weeks.unknown': 'Không chắc',
  'review.bleeding': 'Mức ra máu',
  'review.symptoms': 'Các dấu hiệu khác',
  'review.ectopic': 'Nguy cơ thai ngoài tử cung',
  'review.placenta': 'Nhau bám thấp',
  'review.rule.any': 'Bất kỳ tình trạng ra máu nào khi mang thai',
  'review.rule.separator': '; ',
  'review.rule.anyPain': 'bất kỳ cơn đau nào',
  'review.rule.from': 'từ {from, plural, other {# tuần}}',
  'review.rule.upTo': 'đến {to, plural, other {# tuần}}',
  'review.rule.between': 'từ {from} đến {to, plural, other {# tuần}}',
  'review.rule.early': 'đầu thai kỳ (đến 13 tuần)',
  'review.rule.mid': '14 đến 27 tuần',
  'review.rule.late': 'từ 28 tuần',
  'review.rule.unknown': 'không rõ số tuần',
  'review.rule.without': 'không có {symptoms}',
  'review.rule.answer': '{question}: {answer}',
  'review.rule.noOtherCause': 'không có gì khác gợi ý nguyên nhân',
  // A reading the person did not give, said as it was (SPEC §7, §8): never quoted as an answer.
  'review.assumed.ectopicRisk': 'Bạn không chắc mình có thuộc trường hợp nào làm tăng nguy cơ thai ngoài tử cung không, nên lời khuyên này cũng tính đến khả năng là có.',
  'review.assumed.lowLyingPlacenta': 'Bạn không chắc siêu âm có cho thấy nhau bám thấp không, nên lời khuyên này cũng tính đến khả năng là có.',
  'review.assumed.weeks': 'Bạn không chắc mình có thai bao nhiêu tuần, nên lời khuyên này cũng tính đến khả năng từ {from} đến {to, plural, other {# tuần}}.',
  'review.rule.level': 'mức lời khuyên: {levels}',
  'review.level.emergency': 'cấp cứu',
  'review.level.urgent': 'khẩn',
  'review.level.prompt': 'trong vòng 24 giờ',
};

/** Not yet reviewed by a clinical translator (README, "Languages"). */
export const review: ReviewStatus = {
  reviewed: false,
  sources: [
    'Sức khỏe & Đời sống (Bộ Y tế): Các dấu hiệu nguy hiểm trong thời kỳ mang thai — https://suckhoedoisong.vn/infographic-cac-dau-hieu-nguy-hiem-trong-thoi-ky-mang-thai-16922120714094306.htm',
  ],
};
