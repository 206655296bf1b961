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
export declare const messages: Messages;
/** Not yet reviewed by a clinical translator (README, "Languages"). */
export declare const review: ReviewStatus;
