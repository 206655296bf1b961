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
export const messages: Messages = {
  // Always visible.
  'banner.text': 'খুব বেশি রক্তপাত, তীব্র ব্যথা, অজ্ঞান ভাব বা শ্বাসকষ্ট হলে, বা কেউ জ্ঞান হারিয়ে পড়ে গেলে এখনই {number} নম্বরে ফোন করুন।',
  'number.unknown': 'আপনার এলাকার জরুরি',
  'intro.text': 'রক্তপাত নিয়ে কয়েকটি প্রশ্নের উত্তর দিন: জানবেন কত দ্রুত চিকিৎসা নেবেন আর এখন কী করবেন।',
  'footer.text': 'এই টুল সাধারণ পরামর্শ দেয়। এটি রোগনির্ণয় নয়, মিডওয়াইফ বা ডাক্তারের বিকল্পও নয়।',

  // Question pages.
  progress: 'প্রশ্ন {current} / {total}',
  back: 'পিছনে',
  continue: 'এগিয়ে যান',
  loading: 'লোড হচ্ছে…',
  'error.title': 'একটি সমস্যা হয়েছে',
  'error.prefix': 'ত্রুটি:',

  'weeks.question': 'আপনি কত সপ্তাহের গর্ভবতী?',
  'weeks.hint': 'শেষ মাসিকের প্রথম দিন থেকে গুনুন, বা স্ক্যানের তারিখ ধরুন। ১২ সপ্তাহ ৩ দিন হলে ১২ লিখুন।',
  'weeks.prefilled': 'রেকর্ডে আছে আপনি {weeks, plural, one {# সপ্তাহের} other {# সপ্তাহের}} গর্ভবতী। এগোনোর আগে দেখে নিন এটি এখনও ঠিক কি না।',
  'weeks.suffix': 'সপ্তাহ',
  'weeks.notSure': 'কত সপ্তাহ, আমি নিশ্চিত নই',
  'weeks.error.missing': 'কত সপ্তাহের গর্ভবতী তা লিখুন, বা “কত সপ্তাহ, আমি নিশ্চিত নই” বেছে নিন',
  'weeks.error.notNumber': 'সপ্তাহ সংখ্যায় লিখুন, যেমন ১২',
  'weeks.error.whole': 'শুধু পূর্ণ সপ্তাহ লিখুন, যেমন ১২',
  'weeks.error.range': '{min} থেকে {max}-এর মধ্যে সপ্তাহের সংখ্যা লিখুন',

  'trimester.question': 'গর্ভাবস্থার কোন পর্যায়ে আছেন?',
  'trimester.hint': 'কাছাকাছিটি বেছে নিন। না জানলেও চলবে: পরামর্শ সব পর্যায়ের জন্য নিরাপদ।',
  'trimester.first': 'প্রথম ৩ মাস',
  'trimester.second': '৪র্থ থেকে ৬ষ্ঠ মাস',
  'trimester.third': '৭ম মাস থেকে শেষ পর্যন্ত',
  'trimester.unknown': 'আমি জানি না',
  'trimester.error': 'গর্ভাবস্থার কোন পর্যায়ে আছেন তা বেছে নিন, বা “আমি জানি না”',

  'bleeding.question': 'কতটা রক্তপাত হচ্ছে?',
  'bleeding.hint': 'শুরু থেকে সবচেয়ে বেশি যতটা হয়েছে তা বেছে নিন, এখন কমলেও।',
  'bleeding.spotting': 'ফোঁটা ফোঁটা রক্ত (স্পটিং)',
  'bleeding.spotting.hint': 'কয়েক ফোঁটা, বা গোলাপি বা বাদামি দাগ',
  'bleeding.light': 'হালকা রক্তপাত',
  'bleeding.light.hint': 'মাসিকের চেয়ে কম',
  'bleeding.heavy': 'বেশি রক্তপাত',
  'bleeding.heavy.hint': 'মাসিকের মতো বা বেশি, এক ঘণ্টায় প্যাড ভিজে যাওয়া, বা বড় রক্তের চাকা',
  'bleeding.error': 'কতটা রক্তপাত হচ্ছে তা বেছে নিন',

  'symptoms.question': 'এগুলোর কোনোটিও কি আছে?',
  'symptoms.hint': 'যেগুলো প্রযোজ্য সব বেছে নিন।',
  'symptoms.emergencySigns': 'জরুরি লক্ষণ',
  'symptoms.none': 'এগুলোর কোনোটিই নয়',
  'symptoms.or': 'অথবা',
  'symptoms.error': 'যেগুলো প্রযোজ্য সব বেছে নিন, বা “এগুলোর কোনোটিই নয়”',
  // Offered with the emergency signs first (SPEC §6); a hint carries the detail, so labels stay short.
  'symptom.nausea': 'বমিভাব, বমি, বা রুচিতে পরিবর্তন',
  'symptom.mild-cramps': 'তলপেটে হালকা মোচড় বা সামান্য ব্যথা',
  'symptom.one-sided-pain': 'তলপেটের এক পাশে ব্যথা',
  'symptom.severe-pain': 'পেটে বা পিঠে তীব্র বা একটানা ব্যথা',
  'symptom.severe-pain.hint': 'অথবা পেট শক্ত, ছুঁলে ব্যথা',
  'symptom.shoulder-tip-pain': 'কাঁধের ডগায় ব্যথা',
  'symptom.shoulder-tip-pain.hint': 'যেখানে কাঁধ শেষ হয়ে বাহু শুরু',
  'symptom.dizziness-fainting': 'অজ্ঞান ভাব বা খুব মাথা ঘোরা, বা অজ্ঞান হয়ে যাওয়া',
  'symptom.dizziness-fainting.hint': 'অথবা খুব ফ্যাকাশে, ঠান্ডা ঘাম, বুক ধড়ফড়, শ্বাসকষ্ট, বুকে ব্যথা বা বিভ্রান্তি',
  'symptom.very-unwell': 'খুব অসুস্থ বোধ করছেন',
  'symptom.very-unwell.hint': 'অথবা মনে হচ্ছে গুরুতর কিছু হয়েছে',
  'symptom.clots-or-tissue': 'ছোট রক্তের চাকা বা টিস্যু বের হওয়া',
  'symptom.fever': 'বেশি জ্বর বা কাঁপুনি',
  'symptom.fever.hint': 'অথবা দুর্গন্ধযুক্ত স্রাব',
  'symptom.contractions': 'নিয়মিত পেট শক্ত হওয়া, বা মাসিকের মতো ব্যথা যা আসে-যায়',
  'symptom.fluid-leak': 'যোনিপথে হঠাৎ বা অল্প অল্প করে পানি যাওয়া',
  'symptom.fluid-leak.hint': 'পানি ভেঙে থাকতে পারে',
  'symptom.reduced-movements': 'বাচ্চা অন্য সময়ের চেয়ে কম নড়ছে, বা একেবারেই নড়ছে না',
  'symptom.headache-vision': 'তীব্র মাথাব্যথা বা চোখে দেখতে সমস্যা',
  'symptom.headache-vision.hint': 'অথবা পাঁজরের ঠিক নিচে ব্যথা, এর কোনোটির সাথে বমি, বা মুখ, হাত বা পা হঠাৎ ফোলা',
  'symptom.trauma': 'পড়ে যাওয়া, পেটে আঘাত, বা গাড়ি দুর্ঘটনা',
  'symptom.trauma.hint': 'অথবা কেউ আপনাকে আঘাত করেছে',
  'symptom.after-sex': 'সহবাসের পরে রক্তপাত শুরু হয়েছে',
  'symptom.pain-toilet': 'প্রস্রাব বা পায়খানার সময় ব্যথা বা অস্বস্তি',
  'symptom.worried': 'এ নিয়ে অন্য কোনো দুশ্চিন্তা',

  'ectopic.question': 'এগুলোর কোনোটি কি আপনার ক্ষেত্রে প্রযোজ্য?',
  'ectopic.hint': 'এগুলোতে একটোপিক গর্ভাবস্থার (জরায়ুর বাইরে গর্ভধারণ) সম্ভাবনা বাড়ে:',
  'ectopic.reason.before': 'আগে একটোপিক গর্ভাবস্থা হয়েছিল',
  'ectopic.reason.tubes': 'ফ্যালোপিয়ান টিউবে অপারেশন হয়েছে, বা তলপেটে সংক্রমণ হয়েছিল',
  'ectopic.reason.ivf': 'এই গর্ভধারণ আইভিএফ পদ্ধতিতে হয়েছে',
  'ectopic.reason.coil': 'কয়েল (IUD বা IUS) লাগানো আছে',
  'placenta.question': 'স্ক্যানে কি প্লাসেন্টা (গর্ভফুল) নিচে দেখা গেছে (প্লাসেন্টা প্রিভিয়া)?',
  'placenta.hint': 'মানে প্লাসেন্টা জরায়ুর নিচে, জরায়ুমুখের কাছে বা তার ওপরে। সাধারণত ২০ সপ্তাহের স্ক্যানে এটি দেখা যায়।',
  'answer.yes': 'হ্যাঁ',
  'answer.no': 'না',
  'answer.notSure': 'আমি নিশ্চিত নই',
  'placenta.notSure': 'আমি নিশ্চিত নই, বা সেই স্ক্যান হয়নি',
  'answer.error': 'হ্যাঁ, না অথবা “আমি নিশ্চিত নই” বেছে নিন',

  // The outcome card.
  'outcome.prefix.emergency': 'এখনই ব্যবস্থা নিন:',
  'outcome.prefix.urgent': 'জরুরি পরামর্শ:',
  'outcome.prefix.prompt': 'পরামর্শ:',
  'outcome.title.emergency': 'এখনই {number} নম্বরে ফোন করুন, বা জরুরি বিভাগে যান',
  'outcome.title.urgent': 'এখনই ফোন করুন — {care}',
  'outcome.title.prompt': '২৪ ঘণ্টার মধ্যে যোগাযোগ করুন — {care}',
  'care.generic.urgent': 'আপনার মেটারনিটি ইউনিট, আর্লি প্রেগন্যান্সি ইউনিট বা ডাক্তার',
  'care.generic.prompt': 'আপনার মিডওয়াইফ, ডাক্তার বা আর্লি প্রেগন্যান্সি ইউনিট',
  'cta.emergency': '{number} নম্বরে ফোন করুন',
  'cta.carePhone': '{name}: {phone} নম্বরে ফোন করুন',
  'cta.careUrl': 'যোগাযোগ করুন: {name}',
  'cta.careFallbackName': 'আপনার কেয়ার টিম',
  'outcome.notDiagnosis': 'এটি রোগনির্ণয় নয়। কী হচ্ছে তা শুধু মিডওয়াইফ বা ডাক্তারই বলতে পারবেন।',
  'outcome.doNow': 'এখন কী করবেন',
  'outcome.details.loading': 'বাকি পরামর্শ লোড হচ্ছে…',
  'outcome.details.unavailable': 'বাকি পরামর্শ লোড হয়নি। ওপরের অংশটিই এখন জরুরি।',
  'outcome.restart': 'আবার শুরু করুন',
  'outcome.ready': 'আপনার পরামর্শ তৈরি।',

  // Advice that never waits for the rest of the outcome: the action and the safety net (SPEC §5
  // bands 1 and 2), and the one line an emergency card adds. The rest is in en-details.ts.
  // `.ifWeeks`: the same advice when the person's week is not pinned (SPEC §8).
  'advice.call-emergency': 'অ্যাম্বুলেন্স ডাকুন বা সোজা জরুরি বিভাগে যান। নিজে গাড়ি চালাবেন না।',
  'advice.call-now': 'এখনই ফোন করুন: {care}। রক্তপাত থামা বা পরের অ্যাপয়েন্টমেন্টের অপেক্ষা করবেন না। হয়তো এখনই যেতে বলা হবে।',
  'advice.contact-within-24h': '২৪ ঘণ্টার মধ্যে যোগাযোগ করুন: {care}। কিছু বদলালে আরও আগে।',
  'advice.if-closed': 'বন্ধ থাকলে বা যোগাযোগ না হলে {urgentCare} নম্বরে ফোন করুন, বা মেটারনিটি ইউনিট বা জরুরি বিভাগে যান।',
  'urgentCare.unknown': 'আপনার এলাকার আর্জেন্ট কেয়ার সার্ভিসের',
  'advice.attend-now': 'সম্ভবত এখনই যেতে বলা হবে: যাওয়ার জন্য তৈরি হন।',
  'advice.safety-net': 'রক্তপাত বাড়লে, ব্যথা তীব্র বা একটানা হলে, বা অজ্ঞান ভাব, শ্বাসকষ্ট বা খুব অসুস্থ লাগলে {number} নম্বরে ফোন করুন।',
  'advice.safety-net-24': 'পানি ভাঙলে {number} নম্বরে ফোন করুন।',
  'advice.safety-net-24.ifWeeks': '২৪ সপ্তাহ বা তার বেশি সময়ের গর্ভবতী হলে, পানি ভাঙলে {number} নম্বরে ফোন করুন।',
  'advice.safety-net-term': 'টাটকা লাল রক্তসহ পানি ভাঙলে {number} নম্বরে ফোন করুন। গোলাপি বা বাদামি দাগসহ পানি ভাঙলে এখনই মেটারনিটি ইউনিটে ফোন করুন।',
  'advice.safety-net-movements': 'বাচ্চা অন্য সময়ের চেয়ে কম নড়লে এখনই মেটারনিটি ইউনিটে ফোন করুন, {number} নম্বরে নয়।',
  'advice.safety-net-movements.ifWeeks': '২৪ সপ্তাহ বা তার বেশি সময়ের গর্ভবতী হলে এবং বাচ্চা অন্য সময়ের চেয়ে কম নড়লে এখনই মেটারনিটি ইউনিটে ফোন করুন, {number} নম্বরে নয়।',
  'advice.call-anyway': 'দুশ্চিন্তা হলে তবুও ফোন করুন। এতে কারও সময় নষ্ট হয় না।',
  'advice.if-worse-while-waiting': 'অপেক্ষার সময় আরও খারাপ লাগলে আবার {number} নম্বরে ফোন করুন।',

  // From here on, the keys of en-details.ts (in English they load on their own; here, with the rest).
  // Possible causes, never called harmless or normal.
  'outcome.causes': 'কী কারণে এমন হতে পারে',
  'outcome.causes.intro': 'গর্ভাবস্থায় রক্তপাতের অনেক কারণ আছে; টিম দেখবে কী হচ্ছে। হতে পারে:',
  'outcome.causes.weeksUnknown': 'কত সপ্তাহের গর্ভবতী জানা থাকলে টিম সহজে কারণ খোঁজে।',
  'outcome.causes.none': 'কী হচ্ছে টিম তা খুঁজে বের করবে।',
  'cause.implantation': 'ইমপ্লান্টেশন রক্তপাত',
  'cause.implantation.text': 'মাসিকের সম্ভাব্য সময়ে হালকা দাগ, যখন ভ্রূণ জরায়ুর আস্তরণে লাগে।',
  'cause.threatened-miscarriage': 'গর্ভপাতের আশঙ্কা',
  'cause.threatened-miscarriage.text': 'গর্ভাবস্থা চলতে থাকলেও রক্তপাতকে প্রায়ই এ নামে ডাকা হয়। অনেক গর্ভাবস্থাই চলতে থাকে।',
  'cause.miscarriage': 'গর্ভপাত (মিসক্যারেজ)',
  'cause.miscarriage.text': 'গর্ভপাতে এমন রক্তপাত হতে পারে, আর অনেক গর্ভাবস্থাই চলতে থাকে। কী হচ্ছে টিম তা দেখতে পারে।',
  'cause.ectopic': 'একটোপিক গর্ভাবস্থা',
  'cause.ectopic.text': 'জরায়ুর বাইরে, সাধারণত ফ্যালোপিয়ান টিউবে বেড়ে ওঠা গর্ভ। দ্রুত পরীক্ষা করা দরকার।',
  'cause.low-lying-placenta': 'নিচে থাকা প্লাসেন্টা',
  'cause.low-lying-placenta.text': 'প্লাসেন্টা জরায়ুর নিচে আছে। গর্ভাবস্থা এগোলে এটি প্রায়ই ওপরে সরে যায়, তবে রক্তপাত হতে পারে।',
  'cause.placenta-praevia': 'প্লাসেন্টা প্রিভিয়া',
  'cause.placenta-praevia.text': 'প্লাসেন্টা নিচে, জরায়ুমুখের কাছে বা তার ওপরে। এ থেকে রক্তপাত হতে পারে, প্রায়ই ব্যথা ছাড়াই।',
  'cause.vasa-praevia': 'ভাসা প্রিভিয়া',
  'cause.vasa-praevia.text': 'পানি ভাঙার সময় জরায়ুমুখের কাছের রক্তনালি থেকে রক্তপাত হতে পারে। টিমকে এখনই আপনাকে ও বাচ্চাকে দেখতে হবে।',
  'cause.placental-abruption': 'প্লাসেন্টা আলাদা হয়ে যাওয়া',
  'cause.placental-abruption.text': 'প্লাসেন্টা জরায়ুর দেয়াল থেকে আলাদা হতে থাকে। রক্তপাতের সাথে প্রায়ই ব্যথা হয় বা পেট শক্ত হয়।',
  'cause.preterm-labour': 'সময়ের আগে প্রসববেদনা',
  'cause.preterm-labour.text': '৩৭ সপ্তাহের আগে প্রসববেদনা শুরু হওয়া।',
  'cause.cervical': 'জরায়ুমুখে পরিবর্তন',
  'cause.cervical.text': 'গর্ভাবস্থায় জরায়ুমুখ (সার্ভিক্স) থেকে সহজে রক্তপাত হতে পারে, বিশেষত সহবাসের পরে।',
  'cause.infection': 'সংক্রমণ',
  'cause.infection.text': 'সংক্রমণে রক্তপাত, বেশি জ্বর বা অন্যরকম স্রাব হতে পারে।',
  'cause.pre-eclampsia': 'প্রি-এক্লাম্পসিয়া (সম্পর্কিত অবস্থা)',
  'cause.pre-eclampsia.text': 'প্রি-এক্লাম্পসিয়ায় রক্তপাত হয় না, তবে এর সতর্ক-লক্ষণ সেদিনই পরীক্ষা করা দরকার।',
  'cause.show': '“শো” (শ্লেষ্মা)',
  'cause.show.text': 'প্রসবের সম্ভাব্য তারিখের কাছে গোলাপি বা বাদামি শ্লেষ্মা প্রসববেদনা শুরুর লক্ষণ হতে পারে। টাটকা লাল রক্ত “শো” নয়।',
  // Advice that can wait for the details: while you wait (band 3) and good to know (band 4).
  'advice.what-to-tell': 'তাঁদের জানান কত সপ্তাহের গর্ভবতী, আর জানা থাকলে রক্তের গ্রুপ (RhD পজিটিভ না নেগেটিভ)। মেটারনিটি নোটস সঙ্গে নিন।',
  'advice.what-to-tell-placenta': 'তাঁদের জানান কত সপ্তাহের গর্ভবতী, জানা থাকলে রক্তের গ্রুপ (RhD পজিটিভ না নেগেটিভ), আর স্ক্যানে প্লাসেন্টা নিচে দেখা গিয়েছিল কি না। মেটারনিটি নোটস সঙ্গে নিন।',
  'advice.keep-pads': 'ট্যাম্পন বা মাসিকের কাপ নয়, প্যাড ব্যবহার করুন। রক্তের পরিমাণ, রং ও চাকা খেয়াল করুন; দেখাতে প্যাড (বা ছবি) রাখুন।',
  'advice.rhesus': 'রক্তের গ্রুপ RhD নেগেটিভ হলে এখনই টিমকে জানান: একটি ইনজেকশন লাগতে পারে, যা রক্তপাত শুরুর ৭২ ঘণ্টার মধ্যে দিলে সবচেয়ে ভালো কাজ করে।',
  'advice.rhesus.ifWeeks': '১২ সপ্তাহ বা তার বেশি সময়ের গর্ভবতী হলে এবং রক্তের গ্রুপ RhD নেগেটিভ হলে এখনই টিমকে জানান: একটি ইনজেকশন লাগতে পারে, যা রক্তপাত শুরুর ৭২ ঘণ্টার মধ্যে দিলে সবচেয়ে ভালো কাজ করে।',
  'advice.tell-low-placenta': 'স্ক্যানে প্লাসেন্টা নিচে দেখা গিয়ে থাকলে টিমকে জানান।',
  'advice.may-scan': 'কী হচ্ছে দেখতে টিম স্ক্যানের প্রস্তাব দিতে পারে।',
  'advice.may-stay': 'আপনাকে ও বাচ্চাকে পরীক্ষার জন্য কিছু সময় হাসপাতালে থাকতে বলা হতে পারে।',
  'advice.may-stay.ifWeeks': '২৪ সপ্তাহ বা তার বেশি সময়ের গর্ভবতী হলে, আপনাকে ও বাচ্চাকে পরীক্ষার জন্য কিছু সময় হাসপাতালে থাকতে বলা হতে পারে।',
  'advice.no-sex': 'রক্তপাত থামা ও মিডওয়াইফ বা ডাক্তারের অনুমতি পর্যন্ত সহবাস করবেন না।',
  'advice.movements-24': 'রক্তপাত থামার পরেও রোজ বাচ্চার নড়াচড়া খেয়াল করুন। কমলে বা বদলালে এখনই মেটারনিটি ইউনিটে ফোন করুন। পরের দিনের অপেক্ষা করবেন না।',
  'advice.movements-24.ifWeeks': '২৪ সপ্তাহ বা তার বেশি সময়ের গর্ভবতী হলে: রক্তপাত থামার পরেও রোজ বাচ্চার নড়াচড়া খেয়াল করুন। কমলে বা বদলালে এখনই মেটারনিটি ইউনিটে ফোন করুন।',
  'advice.trauma-private': 'কেউ আঘাত করে থাকলে মিডওয়াইফ বা ডাক্তারকে একান্তে বলতে পারেন। তাঁরা আপনার নিরাপত্তায় সাহায্য করতে পারেন।',
  'advice.loss-support': 'গর্ভাবস্থা হারানোর দুশ্চিন্তা হলে মিডওয়াইফ বা ডাক্তার কাছের সহায়তার খোঁজ দিতে পারেন। আপনাকে একা সইতে হবে না।',
  'outcome.print': 'পরামর্শটি প্রিন্ট বা সেভ করুন',
  // "What you told us" and "Why this advice".
  'outcome.why': 'কেন এই পরামর্শ',
  'review.answers': 'আপনি যা জানিয়েছেন',
  'review.change': 'বদলান',
  'review.why.urgency': 'পরামর্শের মাত্রার ভিত্তি:',
  'review.why.causes': 'সম্ভাব্য কারণগুলোর ভিত্তি:',
  'review.why.advice': 'অন্যান্য পরামর্শের ভিত্তি:',
  'review.why.sources': 'সূত্র',
  'review.why.ruleset': 'নিয়মের সংস্করণ {version}, NHS ও অন্যান্য প্রকাশিত চিকিৎসা নির্দেশিকা অনুযায়ী।',
  'review.weeks': 'কত সপ্তাহ',
  'review.weeks.value': '{weeks, plural, one {# সপ্তাহ} other {# সপ্তাহ}}',
  'review.weeks.unknown': 'নিশ্চিত নই',
  'review.bleeding': 'কতটা রক্তপাত',
  'review.symptoms': 'অন্যান্য উপসর্গ',
  'review.ectopic': 'একটোপিক গর্ভাবস্থার ঝুঁকি',
  'review.placenta': 'নিচে থাকা প্লাসেন্টা',
  'review.rule.any': 'গর্ভাবস্থায় যেকোনো রক্তপাত',
  'review.rule.separator': '; ',
  'review.rule.anyPain': 'যেকোনো ব্যথা',
  'review.rule.from': '{from, plural, one {# সপ্তাহ} other {# সপ্তাহ}} বা তার বেশি',
  'review.rule.upTo': '{to, plural, one {# সপ্তাহ} other {# সপ্তাহ}} পর্যন্ত',
  'review.rule.between': '{from} থেকে {to, plural, one {# সপ্তাহ} other {# সপ্তাহ}}',
  'review.rule.early': 'গর্ভাবস্থার শুরু (১৩ সপ্তাহ পর্যন্ত)',
  'review.rule.mid': '১৪ থেকে ২৭ সপ্তাহ',
  'review.rule.late': '২৮ সপ্তাহ বা তার বেশি',
  'review.rule.unknown': 'সপ্তাহ জানা নেই',
  'review.rule.without': '{symptoms} ছাড়া',
  'review.rule.answer': '{question}: {answer}',
  'review.rule.noOtherCause': 'অন্য কোনো কারণের ইঙ্গিত নেই',
  // A reading the person did not give, said as it was (SPEC §7, §8): never quoted as an answer.
  'review.assumed.ectopicRisk': 'একটোপিক গর্ভাবস্থার ঝুঁকি আছে কি না আপনি নিশ্চিত ছিলেন না, তাই সেই সম্ভাবনাও ধরা হয়েছে।',
  'review.assumed.lowLyingPlacenta': 'স্ক্যানে প্লাসেন্টা নিচে দেখা গেছে কি না আপনি নিশ্চিত ছিলেন না, তাই সেই সম্ভাবনাও ধরা হয়েছে।',
  'review.assumed.weeks': 'কত সপ্তাহের গর্ভবতী আপনি নিশ্চিত ছিলেন না, তাই {from} থেকে {to, plural, one {# সপ্তাহ} other {# সপ্তাহ}} পর্যন্তও ধরা হয়েছে।',
  'review.rule.level': 'পরামর্শের মাত্রা: {levels}',
  'review.level.emergency': 'ইমার্জেন্সি',
  'review.level.urgent': 'জরুরি',
  'review.level.prompt': '২৪ ঘণ্টার মধ্যে',
};

/** Not yet reviewed by a clinical translator (README, "Languages"). */
export const review: ReviewStatus = {
  reviewed: false,
  sources: [
    'BBC News বাংলা — https://m.priyo.com/e/3902066-গর্ভপাত-নিয়ে-যেসব-তথ্য-জেনে-রাখতে-পারেন---BBC-News-বাংলা',
  ],
};
