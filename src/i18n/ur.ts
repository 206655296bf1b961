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
export const messages: Messages = {
  // Always visible.
  'banner.text': 'اگر بہت زیادہ خون آ رہا ہو، شدید درد ہو، بے ہوشی یا سانس میں دشواری ہو، یا کوئی گر کر بے ہوش ہو گیا ہو تو ابھی {number} پر کال کریں۔',
  'number.unknown': 'اپنے علاقے کے ایمرجنسی نمبر',
  'intro.text': 'خون آنے کے بارے میں چند سوالوں کے جواب دیں اور جانیں کہ کتنی جلدی مدد لینی ہے اور ابھی کیا کرنا ہے۔',
  'footer.text': 'یہ ٹول عمومی مشورہ دیتا ہے۔ یہ تشخیص نہیں ہے، اور مڈوائف یا ڈاکٹر کا متبادل نہیں۔',

  // Question pages.
  progress: '{total} میں سے سوال {current}',
  back: 'واپس',
  continue: 'جاری رکھیں',
  loading: 'لوڈ ہو رہا ہے…',
  'error.title': 'ایک مسئلہ ہے',
  'error.prefix': 'خرابی:',

  'weeks.question': 'آپ کتنے ہفتوں کی حاملہ ہیں؟',
  'weeks.hint': 'آخری ماہواری کے پہلے دن سے گنیں، یا اسکین کی تاریخیں استعمال کریں۔ اگر حمل 12 ہفتے اور 3 دن کا ہے تو 12 لکھیں۔',
  'weeks.prefilled': 'ریکارڈ میں آپ کا حمل {weeks, plural, one {# ہفتے} other {# ہفتوں}} کا درج ہے۔ آگے بڑھنے سے پہلے دیکھ لیں کہ یہ اب بھی درست ہے۔',
  'weeks.suffix': 'ہفتے',
  'weeks.notSure': 'مجھے ہفتوں کا یقین نہیں',
  'weeks.error.missing': 'لکھیں کہ آپ کتنے ہفتوں کی حاملہ ہیں، یا «مجھے ہفتوں کا یقین نہیں» چنیں',
  'weeks.error.notNumber': 'ہفتے عدد میں لکھیں، جیسے 12',
  'weeks.error.whole': 'صرف پورے ہفتے لکھیں، جیسے 12',
  'weeks.error.range': '{min} سے {max} تک ہفتوں کی تعداد لکھیں',

  'trimester.question': 'آپ حمل کے کس حصے میں ہیں؟',
  'trimester.hint': 'جو قریب ترین ہو وہ چنیں۔ معلوم نہیں تو بھی ٹھیک ہے: مشورہ ہر مرحلے کے لیے محفوظ ہوگا۔',
  'trimester.first': 'پہلے 3 مہینے (پہلی سہ ماہی)',
  'trimester.second': 'چوتھے سے چھٹے مہینے (دوسری سہ ماہی)',
  'trimester.third': 'ساتویں مہینے سے آخر تک (تیسری سہ ماہی)',
  'trimester.unknown': 'مجھے معلوم نہیں',
  'trimester.error': 'چنیں کہ آپ حمل کے کس حصے میں ہیں، یا «مجھے معلوم نہیں»',

  'bleeding.question': 'آپ کو کتنا خون آ رہا ہے؟',
  'bleeding.hint': 'شروع سے اب تک جتنا سب سے زیادہ خون آیا، وہ چنیں، چاہے اب کم ہو۔',
  'bleeding.spotting': 'دھبے (اسپاٹنگ)',
  'bleeding.spotting.hint': 'چند قطرے، یا گلابی یا بھورے دھبے',
  'bleeding.light': 'ہلکا خون آنا',
  'bleeding.light.hint': 'ماہواری سے کم',
  'bleeding.heavy': 'زیادہ خون آنا',
  'bleeding.heavy.hint': 'ماہواری جتنا یا زیادہ، ایک گھنٹے میں پیڈ بھر جانا، یا خون کے بڑے لوتھڑے',
  'bleeding.error': 'چنیں کہ آپ کو کتنا خون آ رہا ہے',

  'symptoms.question': 'کیا آپ کو ان میں سے کوئی تکلیف بھی ہے؟',
  'symptoms.hint': 'جو بھی لاگو ہوں سب چنیں۔',
  'symptoms.emergencySigns': 'ہنگامی علامات',
  'symptoms.none': 'ان میں سے کوئی نہیں',
  'symptoms.or': 'یا',
  'symptoms.error': 'جو لاگو ہوں سب چنیں، یا «ان میں سے کوئی نہیں»',
  // Offered with the emergency signs first (SPEC §6); a hint carries the detail, so labels stay short.
  'symptom.nausea': 'متلی، الٹی، یا بھوک میں تبدیلی',
  'symptom.mild-cramps': 'پیٹ کے نچلے حصے میں ہلکے مروڑ یا ہلکا درد',
  'symptom.one-sided-pain': 'پیٹ کے نچلے حصے میں ایک طرف درد',
  'symptom.severe-pain': 'پیٹ یا کمر میں شدید یا مسلسل درد',
  'symptom.severe-pain.hint': 'یا پیٹ سخت ہے اور چھونے سے درد ہوتا ہے',
  'symptom.shoulder-tip-pain': 'کندھے کے سرے میں درد',
  'symptom.shoulder-tip-pain.hint': 'جہاں کندھا ختم اور بازو شروع ہوتا ہے',
  'symptom.dizziness-fainting': 'بے ہوشی محسوس ہونا، بہت چکر آنا، یا بے ہوش ہو جانا',
  'symptom.dizziness-fainting.hint': 'یا رنگ بہت پیلا پڑنا، ٹھنڈا پسینہ، تیز دھڑکن، سانس پھولنا، سینے میں درد، یا ذہنی الجھن',
  'symptom.very-unwell': 'آپ کی طبیعت بہت خراب ہے',
  'symptom.very-unwell.hint': 'یا لگتا ہے کہ کوئی سنگین گڑبڑ ہے',
  'symptom.clots-or-tissue': 'خون کے چھوٹے لوتھڑے یا ٹشو نکلنا',
  'symptom.fever': 'تیز بخار یا کپکپی',
  'symptom.fever.hint': 'یا بدبودار رطوبت',
  'symptom.contractions': 'پیٹ کا باقاعدگی سے سخت ہونا، یا ماہواری جیسے درد جو آتے جاتے ہیں',
  'symptom.fluid-leak': 'اندام نہانی سے پانی کا اچانک بہنا یا رِسنا',
  'symptom.fluid-leak.hint': 'ہو سکتا ہے آپ کی پانی کی تھیلی پھٹ گئی ہو',
  'symptom.reduced-movements': 'آپ کا بچہ معمول سے کم حرکت کر رہا ہے، یا بالکل نہیں',
  'symptom.headache-vision': 'شدید سر درد یا نظر کے مسائل',
  'symptom.headache-vision.hint': 'یا پسلیوں کے عین نیچے درد، ان میں سے کسی کے ساتھ الٹی، یا چہرے، ہاتھوں یا پیروں کی اچانک سوجن',
  'symptom.trauma': 'گرنا، پیٹ پر چوٹ، یا کار کا حادثہ',
  'symptom.trauma.hint': 'یا کسی نے آپ کو تکلیف پہنچائی ہے',
  'symptom.after-sex': 'خون جنسی تعلق کے بعد آنا شروع ہوا',
  'symptom.pain-toilet': 'پیشاب یا پاخانے کے وقت درد یا تکلیف',
  'symptom.worried': 'اس بارے میں کوئی اور بات آپ کو پریشان کر رہی ہے',

  'ectopic.question': 'کیا ان میں سے کوئی بات آپ پر لاگو ہوتی ہے؟',
  'ectopic.hint': 'ان سے ایکٹوپک حمل (بچہ دانی سے باہر حمل) کا امکان بڑھتا ہے:',
  'ectopic.reason.before': 'آپ کو پہلے ایکٹوپک حمل ہو چکا ہے',
  'ectopic.reason.tubes': 'آپ کی فیلوپین ٹیوبز کا آپریشن ہوا ہے، یا پیڑو کا انفیکشن ہو چکا ہے',
  'ectopic.reason.ivf': 'یہ حمل آئی وی ایف (IVF) سے ہوا ہے',
  'ectopic.reason.coil': 'آپ کو کوائل (IUD یا IUS) لگی ہوئی ہے',
  'placenta.question': 'کیا کسی اسکین میں پلیسینٹا (آنول) نیچے دکھائی دیا ہے (پلیسینٹا پریویا)؟',
  'placenta.hint': 'یعنی پلیسینٹا بچہ دانی میں نیچے، اس کے منہ (سروکس) کے قریب یا اوپر ہے۔ یہ عموماً 20 ہفتوں والے اسکین میں نظر آتا ہے۔',
  'answer.yes': 'ہاں',
  'answer.no': 'نہیں',
  'answer.notSure': 'مجھے یقین نہیں',
  'placenta.notSure': 'مجھے یقین نہیں، یا یہ اسکین نہیں ہوا',
  'answer.error': 'ہاں، نہیں یا «مجھے یقین نہیں» چنیں',

  // The outcome card.
  'outcome.prefix.emergency': 'فوری کارروائی ضروری ہے:',
  'outcome.prefix.urgent': 'فوری مشورہ:',
  'outcome.prefix.prompt': 'مشورہ:',
  'outcome.title.emergency': 'ابھی {number} پر کال کریں، یا ایمرجنسی ڈیپارٹمنٹ جائیں',
  'outcome.title.urgent': 'ابھی {care} کو فون کریں',
  'outcome.title.prompt': '24 گھنٹوں کے اندر {care} سے رابطہ کریں',
  'care.generic.urgent': 'اپنے میٹرنٹی یونٹ، ارلی پریگنینسی یونٹ یا ڈاکٹر',
  'care.generic.prompt': 'اپنی مڈوائف، ڈاکٹر یا ارلی پریگنینسی یونٹ',
  'cta.emergency': '{number} پر کال کریں',
  'cta.carePhone': '{name} کو {phone} پر کال کریں',
  'cta.careUrl': '{name} سے رابطہ کریں',
  'cta.careFallbackName': 'اپنی کیئر ٹیم',
  'outcome.notDiagnosis': 'یہ تشخیص نہیں ہے۔ صرف مڈوائف یا ڈاکٹر ہی بتا سکتے ہیں کہ کیا ہو رہا ہے۔',
  'outcome.doNow': 'ابھی کیا کریں',
  'outcome.details.loading': 'باقی مشورہ لوڈ ہو رہا ہے…',
  'outcome.details.unavailable': 'باقی مشورہ لوڈ نہیں ہو سکا۔ اس وقت اوپر لکھا مشورہ ہی اہم ہے۔',
  'outcome.restart': 'دوبارہ شروع کریں',
  'outcome.ready': 'آپ کا مشورہ تیار ہے۔',

  // Advice that never waits for the rest of the outcome: the action and the safety net (SPEC §5
  // bands 1 and 2), and the one line an emergency card adds. The rest is in en-details.ts.
  // `.ifWeeks`: the same advice when the person's week is not pinned (SPEC §8).
  'advice.call-emergency': 'ایمبولینس بلائیں، یا سیدھے ایمرجنسی ڈیپارٹمنٹ جائیں۔ خود گاڑی نہ چلائیں۔',
  'advice.call-now': 'ابھی {care} کو فون کریں۔ خون رکنے یا اگلی اپوائنٹمنٹ کا انتظار نہ کریں۔ ہو سکتا ہے وہ آپ کو فوراً بلا لیں۔',
  'advice.contact-within-24h': '24 گھنٹوں کے اندر {care} سے رابطہ کریں، یا کچھ بدلے تو اس سے پہلے۔',
  'advice.if-closed': 'اگر وہ بند ہوں یا رابطہ نہ ہو سکے تو {urgentCare} پر کال کریں، یا میٹرنٹی یونٹ یا ایمرجنسی ڈیپارٹمنٹ جائیں۔',
  'urgentCare.unknown': 'اپنی مقامی فوری طبی سروس',
  'advice.attend-now': 'امکان ہے کہ وہ آپ کو فوراً بلائیں گے: جانے کی تیاری کر لیں۔',
  'advice.safety-net': 'اگر خون بڑھ جائے، درد شدید یا مسلسل ہو جائے، یا بے ہوشی، سانس پھولنا یا طبیعت بہت خراب محسوس ہو تو {number} پر کال کریں۔',
  'advice.safety-net-24': 'اگر آپ کی پانی کی تھیلی پھٹ جائے تو {number} پر کال کریں۔',
  'advice.safety-net-24.ifWeeks': 'اگر آپ 24 ہفتوں یا اس سے زیادہ کی حاملہ ہیں تو پانی کی تھیلی پھٹنے پر {number} پر کال کریں۔',
  'advice.safety-net-term': 'اگر پانی کی تھیلی تازہ سرخ خون کے ساتھ پھٹے تو {number} پر کال کریں۔ اگر گلابی یا بھورے دھبوں کے ساتھ پھٹے تو فوراً میٹرنٹی یونٹ کو فون کریں۔',
  'advice.safety-net-movements': 'اگر بچہ معمول سے کم حرکت کرے تو فوراً میٹرنٹی یونٹ کو فون کریں، {number} پر نہیں۔',
  'advice.safety-net-movements.ifWeeks': 'اگر آپ 24 ہفتوں یا اس سے زیادہ کی حاملہ ہیں اور بچہ معمول سے کم حرکت کرے تو فوراً میٹرنٹی یونٹ کو فون کریں، {number} پر نہیں۔',
  'advice.call-anyway': 'اگر آپ پریشان ہیں تو پھر بھی کال کریں۔ آپ کسی کا وقت ضائع نہیں کر رہیں۔',
  'advice.if-worse-while-waiting': 'انتظار کے دوران طبیعت زیادہ خراب ہو تو دوبارہ {number} پر کال کریں۔',

  // From here on, the keys of en-details.ts (in English they load on their own; here, with the rest).
  // Possible causes, never called harmless or normal.
  'outcome.causes': 'اس کی وجہ کیا ہو سکتی ہے',
  'outcome.causes.intro': 'حمل میں خون آنے کی کئی وجوہات ہیں، اور ٹیم دیکھے گی کہ کیا ہو رہا ہے۔ یہ ہو سکتا ہے:',
  'outcome.causes.weeksUnknown': 'حمل کے ہفتے معلوم ہوں تو ٹیم کو وجہ ڈھونڈنے میں مدد ملتی ہے۔',
  'outcome.causes.none': 'ٹیم معلوم کرے گی کہ کیا ہو رہا ہے۔',
  'cause.implantation': 'امپلانٹیشن کا خون',
  'cause.implantation.text': 'ماہواری کی متوقع تاریخ کے آس پاس ہلکے دھبے، جب جنین بچہ دانی کی اندرونی تہہ سے جڑتا ہے۔',
  'cause.threatened-miscarriage': 'حمل ضائع ہونے کا خطرہ',
  'cause.threatened-miscarriage.text': 'حمل جاری رہتے ہوئے خون آئے تو اسے اکثر یہی نام دیا جاتا ہے۔ بہت سے حمل جاری رہتے ہیں۔',
  'cause.miscarriage': 'حمل ضائع ہونا (مس کیرج)',
  'cause.miscarriage.text': 'ایسا خون حمل ضائع ہونے میں آ سکتا ہے، اور بہت سے حمل جاری رہتے ہیں۔ ٹیم دیکھ سکتی ہے کہ کیا ہو رہا ہے۔',
  'cause.ectopic': 'ایکٹوپک حمل',
  'cause.ectopic.text': 'بچہ دانی سے باہر، عموماً فیلوپین ٹیوب میں بڑھنے والا حمل۔ اس کا جلد معائنہ ضروری ہے۔',
  'cause.low-lying-placenta': 'نیچے واقع پلیسینٹا',
  'cause.low-lying-placenta.text': 'پلیسینٹا بچہ دانی میں نیچے ہے۔ حمل بڑھنے کے ساتھ یہ اکثر اوپر چلا جاتا ہے، لیکن اس سے خون آ سکتا ہے۔',
  'cause.placenta-praevia': 'پلیسینٹا پریویا',
  'cause.placenta-praevia.text': 'پلیسینٹا نیچے ہے، بچہ دانی کے منہ کے قریب یا اس کے اوپر۔ اس سے خون آ سکتا ہے، اکثر بغیر درد کے۔',
  'cause.vasa-praevia': 'ویسا پریویا',
  'cause.vasa-praevia.text': 'پانی کی تھیلی پھٹنے پر بچہ دانی کے منہ کے قریب کی نالیوں سے خون آ سکتا ہے۔ ٹیم کو آپ کا اور بچے کا فوراً معائنہ کرنا ہوگا۔',
  'cause.placental-abruption': 'پلیسینٹا کا الگ ہونا',
  'cause.placental-abruption.text': 'پلیسینٹا بچہ دانی کی دیوار سے الگ ہونے لگتا ہے۔ خون کے ساتھ اکثر درد ہوتا ہے یا پیٹ سخت ہو جاتا ہے۔',
  'cause.preterm-labour': 'وقت سے پہلے دردِ زہ',
  'cause.preterm-labour.text': '37 ہفتوں سے پہلے دردِ زہ شروع ہونا۔',
  'cause.cervical': 'بچہ دانی کے منہ (سروکس) میں تبدیلیاں',
  'cause.cervical.text': 'حمل میں بچہ دانی کے منہ سے زیادہ آسانی سے خون آ سکتا ہے، خاص طور پر جنسی تعلق کے بعد۔',
  'cause.infection': 'انفیکشن',
  'cause.infection.text': 'انفیکشن سے خون، تیز بخار یا غیر معمولی رطوبت آ سکتی ہے۔',
  'cause.pre-eclampsia': 'پری ایکلیمپسیا (ایک متعلقہ حالت)',
  'cause.pre-eclampsia.text': 'پری ایکلیمپسیا سے خون نہیں آتا، لیکن اس کی انتباہی علامات کا اسی دن معائنہ ضروری ہے۔',
  'cause.show': '«شو» (لیس دار رطوبت)',
  'cause.show.text': 'ڈیلیوری کی متوقع تاریخ کے قریب گلابی یا بھوری لیس دار رطوبت دردِ زہ شروع ہونے کی علامت ہو سکتی ہے۔ تازہ سرخ خون «شو» نہیں۔',
  // Advice that can wait for the details: while you wait (band 3) and good to know (band 4).
  'advice.what-to-tell': 'انہیں اپنے حمل کے ہفتے اور، اگر معلوم ہو، بلڈ گروپ (RhD پازیٹیو یا نیگیٹیو) بتائیں۔ اپنے میٹرنٹی نوٹس ساتھ لے جائیں۔',
  'advice.what-to-tell-placenta': 'انہیں اپنے حمل کے ہفتے، اگر معلوم ہو تو بلڈ گروپ (RhD پازیٹیو یا نیگیٹیو)، اور یہ بتائیں کہ کیا کسی اسکین میں پلیسینٹا نیچے دکھائی دیا تھا۔ اپنے میٹرنٹی نوٹس ساتھ لے جائیں۔',
  'advice.keep-pads': 'پیڈ استعمال کریں، ٹیمپون یا مینسٹرول کپ نہیں۔ خون کی مقدار، رنگ اور لوتھڑے دیکھیں، اور دکھانے کے لیے پیڈ (یا تصویر) رکھ لیں۔',
  'advice.rhesus': 'اگر آپ کا بلڈ گروپ RhD نیگیٹیو ہے تو ٹیم کو فوراً بتائیں: آپ کو ایک انجکشن کی ضرورت ہو سکتی ہے، جو خون شروع ہونے کے 72 گھنٹوں کے اندر سب سے بہتر اثر کرتا ہے۔',
  'advice.rhesus.ifWeeks': 'اگر آپ 12 ہفتوں یا اس سے زیادہ کی حاملہ ہیں اور آپ کا بلڈ گروپ RhD نیگیٹیو ہے تو ٹیم کو فوراً بتائیں: آپ کو ایک انجکشن کی ضرورت ہو سکتی ہے، جو خون شروع ہونے کے 72 گھنٹوں کے اندر سب سے بہتر اثر کرتا ہے۔',
  'advice.tell-low-placenta': 'اگر کسی اسکین میں پلیسینٹا نیچے دکھائی دیا ہے تو ٹیم کو بتائیں۔',
  'advice.may-scan': 'ٹیم یہ دیکھنے کے لیے اسکین کی پیشکش کر سکتی ہے کہ کیا ہو رہا ہے۔',
  'advice.may-stay': 'ہو سکتا ہے آپ کو کچھ دیر ہسپتال میں رکنے کو کہا جائے تاکہ آپ کا اور آپ کے بچے کا معائنہ ہو سکے۔',
  'advice.may-stay.ifWeeks': 'اگر آپ 24 ہفتوں یا اس سے زیادہ کی حاملہ ہیں تو ہو سکتا ہے آپ کو کچھ دیر ہسپتال میں رکنے کو کہا جائے تاکہ آپ کا اور آپ کے بچے کا معائنہ ہو سکے۔',
  'advice.no-sex': 'خون بند ہونے اور مڈوائف یا ڈاکٹر کی اجازت تک جنسی تعلق نہ کریں۔',
  'advice.movements-24': 'خون رکنے کے بعد بھی روزانہ اپنے بچے کی حرکت پر دھیان دیتی رہیں۔ حرکت کم ہو یا بدل جائے تو فوراً میٹرنٹی یونٹ کو کال کریں۔ اگلے دن کا انتظار نہ کریں۔',
  'advice.movements-24.ifWeeks': 'اگر آپ 24 ہفتوں یا اس سے زیادہ کی حاملہ ہیں: خون رکنے کے بعد بھی روزانہ اپنے بچے کی حرکت پر دھیان دیتی رہیں۔ حرکت کم ہو یا بدل جائے تو فوراً میٹرنٹی یونٹ کو کال کریں۔',
  'advice.trauma-private': 'اگر کسی نے آپ کو تکلیف پہنچائی ہے تو آپ مڈوائف یا ڈاکٹر کو اکیلے میں بتا سکتی ہیں۔ وہ آپ کی حفاظت میں مدد کر سکتے ہیں۔',
  'advice.loss-support': 'اگر آپ کو حمل ضائع ہونے کی فکر ہے تو مڈوائف یا ڈاکٹر آپ کو قریبی مدد کے بارے میں بتا سکتے ہیں۔ آپ کو یہ سب اکیلے نہیں سہنا۔',
  'outcome.print': 'یہ مشورہ پرنٹ یا محفوظ کریں',
  // "What you told us" and "Why this advice".
  'outcome.why': 'یہ مشورہ کیوں',
  'review.answers': 'آپ نے ہمیں کیا بتایا',
  'review.change': 'تبدیل کریں',
  'review.why.urgency': 'مشورے کی سطح اس بنیاد پر ہے:',
  'review.why.causes': 'ممکنہ وجوہات اس بنیاد پر ہیں:',
  'review.why.advice': 'باقی مشورہ اس بنیاد پر ہے:',
  'review.why.sources': 'ذرائع',
  'review.why.ruleset': 'قواعد کا ورژن {version}۔ یہ قواعد NHS اور دیگر شائع شدہ طبی رہنمائی پر مبنی ہیں۔',
  'review.weeks': 'کتنے ہفتے',
  'review.weeks.value': '{weeks, plural, one {# ہفتہ} other {# ہفتے}}',
  'review.weeks.unknown': 'یقین نہیں',
  'review.bleeding': 'کتنا خون',
  'review.symptoms': 'دیگر علامات',
  'review.ectopic': 'ایکٹوپک حمل کا خطرہ',
  'review.placenta': 'نیچے واقع پلیسینٹا',
  'review.rule.any': 'حمل میں کوئی بھی خون آنا',
  'review.rule.separator': '؛ ',
  'review.rule.anyPain': 'کوئی بھی درد',
  'review.rule.from': '{from, plural, one {# ہفتہ} other {# ہفتے}} یا اس سے زیادہ',
  'review.rule.upTo': '{to, plural, one {# ہفتے} other {# ہفتوں}} تک',
  'review.rule.between': '{from} سے {to, plural, one {# ہفتے} other {# ہفتوں}} تک',
  'review.rule.early': 'حمل کا آغاز (13 ہفتوں تک)',
  'review.rule.mid': '14 سے 27 ہفتوں تک',
  'review.rule.late': '28 ہفتے یا اس سے زیادہ',
  'review.rule.unknown': 'ہفتے معلوم نہیں',
  'review.rule.without': '{symptoms} کے بغیر',
  'review.rule.answer': '{question}: {answer}',
  'review.rule.noOtherCause': 'کوئی اور بات کسی وجہ کی طرف اشارہ نہیں کرتی',
  // A reading the person did not give, said as it was (SPEC §7, §8): never quoted as an answer.
  'review.assumed.ectopicRisk': 'آپ کو یقین نہیں تھا کہ ایکٹوپک حمل کا کوئی خطرہ آپ پر لاگو ہوتا ہے یا نہیں، اس لیے اس میں یہ امکان بھی شامل ہے۔',
  'review.assumed.lowLyingPlacenta': 'آپ کو یقین نہیں تھا کہ کسی اسکین میں پلیسینٹا نیچے دکھائی دیا ہے یا نہیں، اس لیے اس میں یہ امکان بھی شامل ہے۔',
  'review.assumed.weeks': 'آپ کو اپنے حمل کے ہفتوں کا یقین نہیں تھا، اس لیے اس میں {from} سے {to, plural, one {# ہفتے} other {# ہفتوں}} تک کا امکان بھی شامل ہے۔',
  'review.rule.level': 'مشورے کی سطح: {levels}',
  'review.level.emergency': 'ایمرجنسی',
  'review.level.urgent': 'فوری',
  'review.level.prompt': '24 گھنٹوں کے اندر',
};

/** Not yet reviewed by a clinical translator (README, "Languages"). */
export const review: ReviewStatus = {
  reviewed: false,
  sources: [
    'Audiopedia (Hesperian), "اسقاط حمل کیا ہے" — https://www.audiopedia.org/اسقاط_حمل_کیا_ہے',
  ],
};
