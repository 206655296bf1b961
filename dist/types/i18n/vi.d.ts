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
export declare const messages: Messages;
/** Not yet reviewed by a clinical translator (README, "Languages"). */
export declare const review: ReviewStatus;
