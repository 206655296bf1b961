import type { Messages } from './en.js';
import type { ReviewStatus } from './review.js';
/**
 * Bengali, standard written Bengali as used in Bangladesh: translates en.ts + en-details.ts for
 * clinical content version 3, key for key in the same order. Needs review by a clinical translator
 * before clinical use. Most Bengali speakers in England are of Bangladeshi (largely Sylheti)
 * heritage; NHS Bengali leaflets are written in standard Bengali, with Bangladeshi words (পানি,
 * not জল). Register: আপনি with the polite imperative (করুন, জানান).
 *
 * Digits: Intl writes `bn` numbers in Bengali digits (১২), so every number in these words is
 * written that way too; {number} (999) is inserted as the region gives it. Bengali attaches case
 * endings to nouns, which a placeholder cannot take: so "{number} নম্বরে" (number.unknown ends
 * before নম্বর), and care names stand after a dash or colon ("এখনই ফোন করুন — {care}").
 *
 * Kept short on purpose: Bengali letters take three bytes each, and dist/i18n/bn.js is within a
 * few bytes of the 5 KB budget (the trimester options, for one, give the months without the word
 * ত্রৈমাসিক).
 *
 * Glossary (keep new keys consistent):
 *   bleeding: রক্তপাত (heavy: বেশি; light: হালকা) · spotting: ফোঁটা ফোঁটা রক্ত (স্পটিং) · period:
 *   মাসিক · pad: প্যাড · clot: রক্তের চাকা · midwife: মিডওয়াইফ · maternity unit: মেটারনিটি
 *   ইউনিট · early pregnancy unit: আর্লি প্রেগন্যান্সি ইউনিট · emergency department: জরুরি বিভাগ ·
 *   scan: স্ক্যান · womb: জরায়ু · cervix: জরায়ুমুখ (সার্ভিক্স) · fallopian tube: ফ্যালোপিয়ান টিউব ·
 *   miscarriage: গর্ভপাত (মিসক্যারেজ) · threatened miscarriage: গর্ভপাতের আশঙ্কা · ectopic
 *   pregnancy: একটোপিক গর্ভাবস্থা (জরায়ুর বাইরে গর্ভধারণ) · placenta: প্লাসেন্টা (গর্ভফুল) ·
 *   low-lying placenta: নিচে থাকা প্লাসেন্টা · placenta praevia: প্লাসেন্টা প্রিভিয়া · vasa
 *   praevia: ভাসা প্রিভিয়া · placental abruption: প্লাসেন্টা আলাদা হয়ে যাওয়া · preterm labour:
 *   সময়ের আগে প্রসববেদনা · show: “শো” (শ্লেষ্মা) · waters break: পানি ভাঙা · contractions: পেট
 *   নিয়মিত শক্ত হয়ে আসা · cramps: মোচড়ানো ব্যথা (never খিঁচুনি, a fit) · baby's movements:
 *   বাচ্চার নড়াচড়া · blood group: রক্তের গ্রুপ (RhD পজিটিভ/নেগেটিভ) · maternity notes:
 *   মেটারনিটি নোটস · sex: সহবাস · emergency (level): ইমার্জেন্সি; urgent: জরুরি · usual (never
 *   স্বাভাবিক, nor অস্বাভাবিক): অন্য সময়ের চেয়ে কম = less than usual · not a diagnosis: এটি
 *   রোগনির্ণয় নয় · weeks: ১ সপ্তাহ, ৩০ সপ্তাহ (no plural ending; `bn` puts 0 and 1 in "one").
 */
export declare const messages: Messages;
/** Not yet reviewed by a clinical translator (README, "Languages"). */
export declare const review: ReviewStatus;
