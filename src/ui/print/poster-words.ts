/**
 * A short plain-English explanation of each service for posters and leaflets (patients read
 * these). Written for Nudge from the facts in CONTENT.md, each with its source and the date it was
 * last reviewed. The catalogue's descriptions are for staff, so posters have their own words.
 */
import { SOURCES, both, dec2026, type Provenance } from '../../catalogue/sources';
import type { ServiceId } from '../../catalogue/services';

export interface PosterWords extends Provenance {
  words: string;
}

/** What to do when it is urgent, for posters about sending us something online. */
const URGENT = 'If it is urgent, phone us. When we are closed, go to 111.nhs.uk or call 111. In a life-threatening emergency, call 999.';

export const POSTERS: Record<ServiceId, PosterWords> = {
  'nhs-app': {
    words: 'Use the free NHS App to order repeat medicines, book some appointments and see your health record. It is for people aged 13 and over. If you are 13 to 15, ask us first.',
    ...dec2026(both(SOURCES.nhsAppGuide, SOURCES.under16)),
  },
  'nhs-app-messages': {
    words: 'We may send you messages in the NHS App. Turn on notifications in the app, so you know when a message from us comes.',
    ...dec2026(SOURCES.notifications),
  },
  'self-care': {
    words: 'The NHS website has clear advice on common illnesses. It tells you how to look after yourself and when to get help.',
    ...dec2026(SOURCES.guidance),
  },
  'pharmacy-first': {
    words: 'A pharmacist can treat some common illnesses through Pharmacy First. You do not need to see a GP first, and most times you do not need to book.',
    ...dec2026(SOURCES.pharmacyFirst),
  },
  'self-referral': {
    words: 'Some NHS services, such as physio or NHS Talking Therapies, take calls from you direct. You do not need to see a GP first.',
    ...dec2026(SOURCES.selfReferral),
  },
  'repeat-prescriptions': {
    words: 'Order your repeat medicines online, with no need to phone us. Order a few working days before you run low.',
    ...dec2026(SOURCES.guidance),
  },
  'pharmacy-nomination': {
    words: 'In the NHS App, choose the pharmacy we send your prescriptions to. Pick one near home or work, or one online that delivers.',
    ...dec2026(SOURCES.nominatePharmacy),
  },
  appointments: {
    words: 'Book or cancel some appointments online. If you cannot come, cancel it online so someone else can have it.',
    ...dec2026(SOURCES.guidance),
  },
  reviews: {
    words: `Is your review due? You can book it or fill in the review form online, or phone us. If you feel unwell, do not wait for your review. ${URGENT}`,
    ...dec2026(SOURCES.guidance),
  },
  'test-results': {
    words: 'See results of tests we arranged in the NHS App, once a doctor or nurse here has checked them. You do not need to phone us.',
    ...dec2026(SOURCES.testResults),
  },
  'health-record': {
    words:
      'See your health record in the NHS App. It shows your medicines, test results and letters. It shows notes from your appointments since late 2023 too. If someone is pushing you to show them your record, tell us.',
    ...dec2026(SOURCES.gpRecord),
  },
  'full-record': {
    words: 'Want to see older entries in your health record, from before late 2023? Ask us. We may need to check your record first.',
    ...dec2026(SOURCES.gpRecord),
  },
  'update-details': {
    words: 'Moved house or changed your phone number or name? Tell us online so our texts and letters reach you.',
    ...dec2026(SOURCES.guidance),
  },
  'text-messages': {
    words: 'We send reminders and information by text message. Make sure we have your mobile number. Our texts always give our name.',
    ...dec2026(both(SOURCES.guidance, SOURCES.notifications)),
  },
  'online-requests': {
    words: `Use our online form for questions and requests that are not urgent. We will tell you what happens next within one working day. ${URGENT}`,
    ...dec2026(both(SOURCES.charter, SOURCES.contract)),
  },
  'ask-reception': {
    words: `Ask our reception team about a letter, a form or your details using our online form. ${URGENT}`,
    ...dec2026(both(SOURCES.guidance, SOURCES.charter)),
  },
  'home-monitoring': {
    words: `Send us your blood pressure or other readings from home, with no need to come in. We may not see them at once. ${URGENT}`,
    ...dec2026(both(SOURCES.guidance, SOURCES.charter)),
  },
  'video-consultations': {
    words: 'Some appointments can be by video call, so you do not need to travel. We send the link by text message.',
    ...dec2026(SOURCES.guidance),
  },
  'fit-notes': {
    words: 'Ask us for a fit note online. You do not need one if you are off sick for 7 days or less, counting weekends and bank holidays. In hospital care? Ask the hospital team.',
    ...dec2026(SOURCES.fitNotes),
  },
  registration: {
    words: 'Register with us online. You do not need proof of address or immigration status, ID or an NHS number. Then set up the NHS App yourself.',
    ...dec2026(SOURCES.register),
  },
  travel: {
    words: 'Going abroad? Fill in our travel form at least 6 to 8 weeks before you go, as some vaccines take time.',
    ...dec2026(SOURCES.travel),
  },
  'family-carer-access': {
    words: 'Someone you trust can help with your care in their own NHS App, with family and carer access. You must both be registered with us. Ask us how.',
    ...dec2026(SOURCES.familyCarer),
  },
  'accessible-formats': {
    words: 'Do you need large print, easy read or braille? Do you need another language or a BSL interpreter? Tell us.',
    ...dec2026(SOURCES.accessibleInfo),
  },
  'digital-skills': {
    words: 'Want help getting online? Free help is there for you, and our reception team can tell you where to find it near you.',
    ...dec2026(SOURCES.digitalInclusion),
  },
};

/** The words for each service's poster (kept for the print view). */
export const POSTER_WORDS: Partial<Record<string, string>> = Object.fromEntries(Object.entries(POSTERS).map(([k, p]) => [k, p.words]));

/** For a service this version does not know (a practice's own template on an unknown service). */
export const GENERAL = { words: 'You can do this online, with no need to phone us. You can still phone or come in.', ...dec2026(SOURCES.guidance) };
export const GENERAL_WORDS = GENERAL.words;

/** The line at the foot of every poster, after the reassurance that phone and in person still work. */
export const POSTER_FOOTER = {
  words: 'Tell us if you need this in large print, easy read or another language.',
  ...dec2026(SOURCES.accessibleInfo),
};
