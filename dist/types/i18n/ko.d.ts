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
export declare const messages: Messages;
/** Not yet reviewed by a clinical translator (README, "Languages"). */
export declare const review: ReviewStatus;
