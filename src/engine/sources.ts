import { frozenTable } from './freeze.js';
import type { Source } from './types.js';

/**
 * The sources the rules, causes and advice cite, titled as published and linked where they
 * were read (clinical/GUIDANCE.md §12 and §13). Only cited sources are listed; a test keeps it so.
 */
export const SOURCES = frozenTable({
  S1: {
    title: 'Mayo Clinic — Bleeding during pregnancy: When to see a doctor',
    url: 'https://www.mayoclinic.org/symptoms/bleeding-during-pregnancy/basics/when-to-see-doctor/sym-20050636',
  },
  S3: {
    title: 'Mayo Clinic Care Network content — Falling during pregnancy: Reason to worry?',
    url: 'https://mymlc.com/health-information/faqs/f/falling-during-pregnancy-reason-to-worry',
  },
  S4: {
    title: 'NHS Shropshire, Telford & Wrekin Healthier Together — Bleeding in pregnancy',
    url: 'https://www.stw-healthiertogether.nhs.uk/pregnant-women/worried-you-are-unwell-during-pregnancy/bleeding-pregnancy',
  },
  S5: {
    title: 'NHS Healthier Together (what0-18) — Bleeding in pregnancy 20 weeks and over',
    url: 'https://www.what0-18.nhs.uk/pregnant-women/concerns-during-pregnancy/over-20-weeks/bleeding-pregnancy-over-20-weeks',
  },
  S6: {
    title: 'NHS STW Healthier Together — Reduced baby movements after the 24th week',
    url: 'https://stw-healthiertogether.nhs.uk/pregnant-women/worried-you-are-unwell-during-pregnancy/reduced-baby-movements-after-24th-week-pregnancy',
  },
  S7: {
    title: "University Hospitals Birmingham NHS FT — When to call the midwife (from Tommy's poster)",
    url: 'https://www.uhb.nhs.uk/services/maternity/when-to-call-the-midwife.htm',
  },
  S8: {
    title: 'NHS ectopic pregnancy content, as republished by Health for Under 5s',
    url: 'https://healthforunder5s.co.uk/sections/pregnancy/ectopic-pregnancy',
  },
  S8b: {
    title: 'NHS Choices ectopic pregnancy symptoms text (older), republished by Clear Chemist',
    url: 'https://clearchemist.co.uk/az-health/ectopic-pregnancy/symptoms-of-ectopic-pregnancy',
  },
  S9: {
    title: 'NHS "Signs of a miscarriage" (incl. ectopic warning), republished by EA NI Healthwell',
    url: 'https://healthwell.eani.org.uk/healthtopic/womens-health/signs-miscarriage?type_1=4',
  },
  S10: {
    title: 'NHS — Pre-eclampsia: symptoms',
    url: 'https://www.nhs.uk/conditions/pre-eclampsia/symptoms/',
  },
  S15: {
    title: 'NICE NG126 referral criteria, quoted by Pharmacy Notebook',
    url: 'https://pharmacy-notebook.com/en-gb/simplepage.cfm?ID=x20121230160306115747&linkID=75678',
  },
  S16: {
    title: 'NICE NG126 anti-D recommendations, quoted by GPnotebook',
    url: 'https://gpnotebook.com/pages/gynaecology/anti-d--antid--in-threatened-miscarriage',
  },
  S18: {
    title: 'RCOG — Antepartum Haemorrhage (Green-top Guideline No. 63)',
    url: 'https://www.rcog.org.uk/guidance/browse-all-guidance/green-top-guidelines/antepartum-haemorrhage-green-top-guideline-no-63/',
  },
  S19: {
    title: 'Janitri — Blood loss classification of APH (restating GTG 63)',
    url: 'https://vaarta.janitri.in/2021/01/13/blood-loss-classification-of-aph/',
  },
  S20: {
    title: 'RCOG patient information — Placenta praevia, placenta accreta and vasa praevia',
    url: 'https://www.rcog.org.uk/for-the-public/browse-our-patient-information/placenta-praevia-placenta-accreta-and-vasa-praevia/',
  },
  S21: {
    title: 'Mum & Baby (NHS maternity app) — Placenta praevia: frequently asked questions',
    url: 'https://admin.mumandbaby.uk/category/your-pregnancy/conditions-of-pregnancy/less-common-pregnancy-complications/page/2',
  },
  S22: {
    title: "Tommy's — I think I'm having a miscarriage",
    url: 'https://www.tommys.org/baby-loss-support/miscarriage-information-and-support/miscarriage-management/i-think-im-having-miscarriage',
  },
  S22b: {
    title: "Tommy's — I think I'm having a miscarriage (newer text)",
    url: 'https://prod.tommys.tangentlabs.co.uk/baby-loss-support/miscarriage-information-and-support/about-miscarriage/i-think-im-having-miscarriage',
  },
  S23: {
    title: "Tommy's — Bleeding in pregnancy (symptom checker)",
    url: 'https://www.tommys.org/pregnancy-information/symptom-checker/bleeding-pregnancy',
  },
  S24: {
    title: "Tommy's — Signs and symptoms of premature labour",
    url: 'https://www.tommys.org/pregnancy-information/premature-birth/risk-premature-birth/signs-and-symptoms-of-premature-labour',
  },
  S25: {
    title: "Tommy's — Reporting reduced fetal movements",
    url: 'https://www.tommys.org/pregnancy-information/pregnancy-symptom-checker/reporting-reduced-fetal-movements',
  },
  S26: {
    title: "Tommy's — Placental abruption",
    url: 'https://www.tommys.org/pregnancy-information/pregnancy-complications/information-about-placental-abruption',
  },
  S27: {
    title: 'Safer Pregnancy (Sands / Best Beginnings) — Bleeding from the vagina',
    url: 'https://saferpregnancy.org.uk/questions-and-advice-in-pregnancy/bleeding-vagina-pregnancy',
  },
  S28: {
    title: 'RCOG patient information — Bleeding and/or pain in early pregnancy (2016, BSCCP copy)',
    url: 'https://issuu.com/bsccp/docs/pi-bleeding-pain-early-pregnancy-mar20',
  },
  S36: {
    title: 'Alberta Health — Vaginal bleeding during pregnancy: care instructions',
    url: 'https://myhealth.alberta.ca/health/AfterCareInformation/pages/conditions.aspx?hwid=uh2936',
  },
  S37: {
    title: 'NICHD — Pregnancy loss: symptoms',
    url: 'https://nichd.nih.gov/health/topics/pregnancyloss/conditioninfo/symptoms',
  },
  S38: {
    title: 'Antenatal Online — Bleeding',
    url: 'http://www.antenatalonline.co.uk/pregnancy/pregnancy.asp?Page=bleeding',
  },
  S39: {
    title: 'NHS Greater Glasgow & Clyde — Fall/trauma to abdomen in pregnancy (guideline 321)',
    url: 'https://tac-int-quris-app-dev-stg.azurewebsites.net/shared-content/ggc-clinical-guidelines/maternity/common-obstetric-problems-maternity-assessment/fall-trauma-to-abdomen-in-pregnancy-321',
  },
  S42: {
    title: 'Gateshead Health NHS FT — Pain and/or bleeding in early pregnancy',
    url: 'https://www.gatesheadhealth.nhs.uk/resources/pain-and-or-bleeding-in-early-pregnancy/',
  },
  S44: {
    title: 'Sakornbut, Leeman, Fontaine — Late pregnancy bleeding, Am Fam Physician 2007',
    url: 'https://docslib.org/doc/13164463/late-pregnancy-bleeding',
  },
  S45: {
    title: 'Leeds Teaching Hospitals — Low-lying placenta and placenta praevia',
    url: 'https://www.leedsth.nhs.uk/patients/resources/low-lying-placenta-and-placenta-praevia-a-comprehensive-guide/',
  },
  S47: {
    title: 'Dudley Group NHS FT — Bleeding in early pregnancy',
    url: 'https://www.dgft.nhs.uk/pil/bleeding-in-early-pregnancy',
  },
  S49: {
    title: 'Safer Care Victoria — Antepartum haemorrhage: assessment and management',
    url: 'https://safercare.vic.gov.au/clinical-guidance/maternity/antepartum-haemorrhage-assessment-and-management',
  },
  S52: {
    title: 'RCOG — Antepartum Haemorrhage, Green-top Guideline No. 63 (full text)',
    url: 'http://docplayer.net/21211641-Green-top-guideline-no-63-1st-edition-november-2011-antepartum-haemorrhage.html',
  },
  S53: {
    title: 'Kicks Count — What care should I receive? (reduced movements)',
    url: 'http://www.kickscount.org.uk/mums/your-babys-movements/care-should-i-receive/',
  },
  S54: {
    title: 'Kicks Count — Signs of premature labour',
    url: 'https://www.kickscount.org.uk/signs-of-premature-labour',
  },
  S55: {
    title: 'HSE (Ireland) — Sepsis during and after pregnancy',
    url: 'https://www2.hse.ie/conditions/sepsis/sepsis-during-and-after-pregnancy',
  },
  S56: {
    title: 'Pregnancy, Birth and Baby (Healthdirect) — Bleeding during pregnancy',
    url: 'https://www.pregnancybirthbaby.org.au/bleeding-during-pregnancy',
  },
  S57: {
    title: 'Northern Ireland Ambulance Service — 999 and pregnancy',
    url: 'https://nias.hscni.net/calling-999/999-and-pregnancy',
  },
  S58: {
    title: 'Pregnancy, Birth and Baby (Healthdirect) — Vasa praevia',
    url: 'https://pregnancybirthbaby.org.au/vasa-praevia',
  },
  S59: {
    title: 'University Hospital Galway Maternity — Anti-D: when to attend hospital',
    url: 'https://www.uhgmaternity.com/parenting/anti-d-prophylaxis/when-to-attend-hospital/',
  },
  S60: {
    title: 'HSE (Ireland) — Maternity emergencies',
    url: 'https://www2.hse.ie/emergencies/maternity',
  },
  S61: {
    title: 'Chelsea and Westminster Hospital NHS FT — Pain and bleeding in early pregnancy',
    url: 'https://chelwest.nhs.uk/your-visit/patient-leaflets/womens-services/pain-and-bleeding-in-early-pregnancy',
  },
  S62: {
    title: 'Cambridge University Hospitals — Pain and/or bleeding in early pregnancy (first 13 weeks)',
    url: 'https://www.cuh.nhs.uk/patient-information/-pain-andor-bleeding-in-early-pregnancy-first-13-weeks/',
  },
  S63: {
    title: 'Altru Health System (Mayo Clinic Care Network) — Placental abruption',
    url: 'https://www.altru.org/health-library/definitions/placental-abruption',
  },
} satisfies Record<string, Source>);
