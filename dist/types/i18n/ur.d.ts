import type { Messages } from './en.js';
import type { ReviewStatus } from './review.js';
/**
 * Urdu, written right to left: translates en.ts + en-details.ts for clinical content version 3,
 * key for key in the same order. Needs review by a clinical translator before clinical use.
 *
 * Register: آپ with the polite imperative (کریں، بتائیں), as NHS Urdu leaflets write to patients;
 * the reader is addressed in the feminine (حاملہ ہیں، سکتی ہیں). NHS service names are written as
 * people in England hear them (مڈوائف، میٹرنٹی یونٹ، اسکین), with an Urdu word beside the
 * medical terms. Nastaliq-friendly: Urdu punctuation (۔ ، ؟ ؛), quotation marks « », digits as
 * Intl writes `ur` (0–9), and no Latin beyond NHS, IVF, IUD/IUS and RhD, which people see on forms.
 * Kept short on purpose: dist/i18n/ur.js is within a few bytes of the 5 KB budget.
 *
 * Glossary (keep new keys consistent):
 *   bleeding: خون آنا (heavy: زیادہ؛ light: ہلکا) · spotting: دھبے (اسپاٹنگ) · period: ماہواری ·
 *   pad: پیڈ · clot: خون کا لوتھڑا · midwife: مڈوائف · maternity unit: میٹرنٹی یونٹ · early
 *   pregnancy unit: ارلی پریگنینسی یونٹ · emergency department: ایمرجنسی ڈیپارٹمنٹ · scan: اسکین ·
 *   womb: بچہ دانی · cervix: بچہ دانی کا منہ (سروکس) · fallopian tube: فیلوپین ٹیوب · miscarriage:
 *   حمل ضائع ہونا (مس کیرج), never اسقاط حمل, which also means an abortion · threatened miscarriage:
 *   حمل ضائع ہونے کا خطرہ · ectopic pregnancy: ایکٹوپک حمل (بچہ دانی سے باہر حمل) · placenta:
 *   پلیسینٹا (آنول) · low-lying placenta: نیچے واقع پلیسینٹا · placenta praevia: پلیسینٹا پریویا ·
 *   vasa praevia: ویسا پریویا · placental abruption: پلیسینٹا کا الگ ہونا · preterm labour: وقت سے
 *   پہلے دردِ زہ · show: «شو» (لیس دار رطوبت) · waters break: پانی کی تھیلی پھٹنا · contractions:
 *   پیٹ کا باقاعدگی سے سخت ہونا · baby's movements: بچے کی حرکت · blood group: بلڈ گروپ
 *   (RhD پازیٹیو/نیگیٹیو) · maternity notes: میٹرنٹی نوٹس · sex: جنسی تعلق · urgent care: فوری طبی
 *   سروس · usual (never نارمل): معمول سے کم = less than usual · not a diagnosis: یہ تشخیص نہیں ہے ·
 *   call X: X پر کال کریں · weeks: 1 ہفتہ، 2 ہفتے; before a postposition the oblique: 1 ہفتے /
 *   24 ہفتوں تک، کی.
 */
export declare const messages: Messages;
/** Not yet reviewed by a clinical translator (README, "Languages"). */
export declare const review: ReviewStatus;
