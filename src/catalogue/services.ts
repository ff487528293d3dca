/**
 * The online services a GP surgery offers, from the guidance's list plus the reasons patients most
 * often used one surgery's online services (fit notes, registration). One source of truth for the
 * panel, the prompt cards and the dashboard.
 */
import type { PlaceholderName } from '../templates/render';
import type { BenefitId } from './benefits';
import type { QuestionId } from './questions';
import { SOURCES, both, dec2026, type Provenance } from './sources';
import { SERVICE_NAMES, type ServiceId } from './service-names';

export { SERVICE_IDS, serviceName, type ServiceId } from './service-names';

export interface Service extends Provenance {
  id: ServiceId;
  /** What patients call it (patient-facing: NHS content style). */
  name: string;
  /** What staff need to know, in a line or two. */
  staffDescription: string;
  /** The guidance's own name for it, for staff who know the guidance. */
  guidanceName: string;
  /** The benefits that apply, mapped from the guidance's narrative. Patient benefits come first. */
  benefits: BenefitId[];
  /** Common patient questions, in the order staff most often hear them. */
  questions: QuestionId[];
  /** The placeholder holding this service's main link (for QR codes and posters). */
  link: PlaceholderName;
  /** Other words people use for it, for search ("sick note", "blood test"). */
  searchWords: string[];
}

/**
 * Questions that apply to nearly every online service. "Is it safe?" is about the NHS App and NHS
 * login, so it is listed only where the service is used through the app (the online form usually
 * does not use NHS login: content review section 2).
 */
const COMMON: QuestionId[] = ['do-i-have-to', 'carer-use', 'no-smartphone'];

export const SERVICES: Record<ServiceId, Service> = {
  'nhs-app': {
    id: 'nhs-app',
    name: SERVICE_NAMES['nhs-app'],
    staffDescription:
      'The NHS App, with NHS login, for people aged 13 and over registered with a GP surgery in England (or the Isle of Man). 13 to 15-year-olds must ask the surgery before they get record access. It is the way in to most of the other services here. Free; also works in a web browser.',
    guidanceName: 'GP online services (NHS App and NHS login)',
    benefits: ['more-involved', 'less-disruption', 'easier-for-carers', 'information-sharing', 'lighter-workload'],
    questions: ['what-can-the-app-do', 'how-old', 'is-it-safe', ...COMMON, 'does-it-cost', 'what-is-nhs-login', 'cannot-prove-identity'],
    ...dec2026(both(SOURCES.nhsAppGuide, SOURCES.under16)),
    link: 'nhs_app_url',
    searchWords: ['app', 'NHS login', 'sign up', 'online account', 'GP online services', 'login'],
  },
  'self-care': {
    id: 'self-care',
    name: SERVICE_NAMES['self-care'],
    staffDescription:
      'Pointing patients to trusted information (the NHS website) about their condition, its treatment, looking after themselves and when to get help. Clinicians can text a link instead of handing over a paper leaflet.',
    guidanceName: 'Signposting and self-care',
    benefits: ['more-involved', 'less-disruption', 'shared-decisions', 'lighter-workload'],
    questions: ['reliable-information', 'do-i-have-to', 'no-smartphone'],
    ...dec2026(SOURCES.guidance),
    link: 'self_care_url',
    searchWords: ['leaflet', 'information', 'condition', 'advice', 'signposting', 'self care', 'nhs.uk'],
  },
  'repeat-prescriptions': {
    id: 'repeat-prescriptions',
    name: SERVICE_NAMES['repeat-prescriptions'],
    staffDescription:
      'Ordering repeat medicines in the NHS App or on the surgery website instead of by phone or paper slip. Digital ordering reduces prescribing errors. Patients can also nominate a pharmacy in the NHS App.',
    guidanceName: 'Repeat prescription ordering',
    benefits: ['safer-prescribing', 'less-disruption', 'easier-for-carers', 'lighter-workload'],
    questions: ['prescription-how-long', 'medicine-not-listed', 'nominate-what', 'is-it-safe', ...COMMON],
    ...dec2026(SOURCES.guidance),
    link: 'repeat_prescriptions_url',
    searchWords: ['medicines', 'medication', 'repeats', 'pharmacy', 'tablets', 'script', 'prescription'],
  },
  appointments: {
    id: 'appointments',
    name: SERVICE_NAMES['appointments'],
    staffDescription:
      'Booking and cancelling some types of appointment in the NHS App or on the surgery website, without a phone queue (which types depends on the surgery and its system). Cancelling online frees the slot for someone else, which matters for people who often miss appointments.',
    guidanceName: 'Direct booking and cancellation for certain appointments',
    benefits: ['less-disruption', 'easier-for-carers', 'sensory-access', 'lighter-workload'],
    questions: ['which-appointments', 'cancel-appointment', ...COMMON],
    ...dec2026(SOURCES.guidance),
    link: 'appointments_url',
    searchWords: ['book', 'booking', 'cancel', 'appointment', 'rebook', 'did not attend', 'DNA', 'missed'],
  },
  'test-results': {
    id: 'test-results',
    name: SERVICE_NAMES['test-results'],
    staffDescription:
      'Seeing test results in the health record in the NHS App, usually once a clinician has reviewed them, instead of phoning. Results of tests the surgery arranged; hospital tests are shown separately or not at all, and tests before October 2023 may not appear. One surgery halved its test-result calls (50 to 25 a day) this way.',
    guidanceName: 'Seeing parts of the health record: test results',
    benefits: ['less-disruption', 'more-involved', 'easier-for-carers', 'shared-decisions', 'lighter-workload'],
    questions: ['results-when', 'result-worry', 'is-it-safe', ...COMMON, 'how-old'],
    ...dec2026(both(SOURCES.testResults, SOURCES.guidance)),
    link: 'test_results_url',
    searchWords: ['results', 'blood test', 'bloods', 'pathology', 'x-ray', 'scan', 'swab', 'urine'],
  },
  'health-record': {
    id: 'health-record',
    name: SERVICE_NAMES['health-record'],
    staffDescription:
      'Seeing the GP health record in the NHS App: medicines, allergies, vaccinations, test results, conditions, documents and letters, and, for entries since the 31 October 2023 switch-on, the notes (free text) from appointments: patients read what clinicians write. Older entries on request. Watch for coercion: patients can tell us if someone is pressuring them to show their record.',
    guidanceName: 'Seeing parts of the health record (medicines, vaccinations, test results, communications)',
    benefits: ['more-involved', 'shared-decisions', 'information-sharing', 'easier-for-carers', 'lighter-workload'],
    questions: ['record-what-can-i-see', 'record-upsetting', 'record-mistake', 'is-it-safe', ...COMMON, 'how-old'],
    ...dec2026(SOURCES.gpRecord),
    link: 'health_record_url',
    searchWords: ['record', 'notes', 'medicines', 'vaccinations', 'immunisations', 'letters', 'allergies', 'records access'],
  },
  'full-record': {
    id: 'full-record',
    name: SERVICE_NAMES['full-record'],
    staffDescription:
      'Access to the full GP record, including older (historic) entries, on request. The surgery may check the record before switching it on.',
    guidanceName: 'Viewing the full record',
    benefits: ['more-involved', 'shared-decisions', 'information-sharing'],
    questions: ['record-older-entries', 'record-upsetting', 'record-mistake', 'is-it-safe', 'carer-use'],
    ...dec2026(SOURCES.gpRecord),
    link: 'health_record_url',
    searchWords: ['full record', 'historic record', 'older records', 'coded record', 'detailed record', 'subject access'],
  },
  'update-details': {
    id: 'update-details',
    name: SERVICE_NAMES['update-details'],
    staffDescription:
      'Telling the surgery a new name, address, phone number or email online. Up-to-date contact details mean reminders, texts and letters reach the patient.',
    guidanceName: 'Updating personal demographics online',
    benefits: ['less-disruption', 'lighter-workload'],
    questions: ['details-what-can-i-change', 'do-i-have-to', 'carer-use'],
    ...dec2026(SOURCES.guidance),
    link: 'update_details_url',
    searchWords: ['change of address', 'moved', 'new address', 'change of name', 'phone number', 'email', 'demographics'],
  },
  'text-messages': {
    id: 'text-messages',
    name: SERVICE_NAMES['text-messages'],
    staffDescription:
      'Text messages from the surgery: reminders, reviews, information and links to forms. Needs a current mobile number. Helps proactive care and people who find phone calls hard.',
    guidanceName: 'Text messaging',
    benefits: ['proactive-care', 'sensory-access', 'more-involved', 'lighter-workload'],
    questions: ['text-why', 'text-is-it-real', 'details-what-can-i-change', 'do-i-have-to'],
    ...dec2026(both(SOURCES.guidance, SOURCES.notifications)),
    link: 'update_details_url',
    searchWords: ['text', 'mobile', 'reminder', 'message', 'recall', 'mobile number'],
  },
  'online-requests': {
    id: 'online-requests',
    name: SERVICE_NAMES['online-requests'],
    staffDescription:
      'Sending the surgery a non-urgent request for care or advice with its online form, handled as promptly and safely as a phone call. Open at least through core hours (8am to 6:30pm, Monday to Friday) since October 2025; many surgeries close it out of hours, so never promise "at any time". Patients hear what happens next within one working day. Not a video call, and not for urgent problems (phone us; 111 online or 111 when closed; 999 in a life-threatening emergency). To patients say "online form", never "online consultation".',
    guidanceName: 'Online requests for care or advice (online consultation tool)',
    benefits: ['embarrassing-problems', 'sensory-access', 'less-disruption', 'easier-for-carers', 'more-involved', 'lighter-workload'],
    questions: ['form-urgent', 'form-what-happens-next', 'form-when-open', 'form-is-it-video', 'form-personal', ...COMMON],
    ...dec2026(both(SOURCES.contract, SOURCES.charter)),
    link: 'online_form_url',
    searchWords: ['online form', 'request', 'contact', 'question', 'admin', 'follow-up', 'e-consult', 'online consultation', 'ask reception'],
  },
  'home-monitoring': {
    id: 'home-monitoring',
    name: SERVICE_NAMES['home-monitoring'],
    staffDescription:
      'Patients take readings at home (blood pressure, weight, peak flow) and send them to the surgery online, so clinicians can monitor without a visit and act early when a condition flares. Readings may not be seen at once: a reading that worries the patient, or feeling unwell, means phoning (111 when closed, 999 in an emergency), not waiting.',
    guidanceName: 'Home (remote) monitoring',
    benefits: ['earlier-help', 'proactive-care', 'less-disruption', 'more-involved'],
    questions: ['monitoring-what-to-do', 'monitoring-no-machine', 'do-i-have-to', 'carer-use'],
    ...dec2026(both(SOURCES.guidance, SOURCES.charter)),
    link: 'home_monitoring_url',
    searchWords: ['blood pressure', 'BP', 'weight', 'peak flow', 'readings', 'remote monitoring', 'asthma', 'hypertension'],
  },
  'video-consultations': {
    id: 'video-consultations',
    name: SERVICE_NAMES['video-consultations'],
    staffDescription:
      'Appointments by video where the problem suits it, so patients with complex needs, housebound patients and care home residents are seen without travelling. The link comes by text message.',
    guidanceName: 'Video consultations',
    benefits: ['proactive-care', 'less-disruption', 'easier-for-carers'],
    questions: ['video-what-do-i-need', 'video-instead-of-visit', 'do-i-have-to'],
    ...dec2026(SOURCES.guidance),
    link: 'appointments_url',
    searchWords: ['video', 'video call', 'remote', 'virtual', 'camera'],
  },
  'fit-notes': {
    id: 'fit-notes',
    name: SERVICE_NAMES['fit-notes'],
    staffDescription:
      'Asking for a fit note (sick note) online, the most common reason patients used one surgery\'s online services. Not needed for 7 days or less off sick, counting every day including weekends and bank holidays (self-certification). Patients in hospital treatment ask the hospital team. Nurses, pharmacists, occupational therapists and physiotherapists can also issue fit notes.',
    guidanceName: 'Fit note requests (a common reason for using online services)',
    benefits: ['less-disruption', 'lighter-workload'],
    questions: ['fit-note-how', 'fit-note-first-week', 'do-i-have-to'],
    ...dec2026(SOURCES.fitNotes),
    link: 'fit_note_url',
    searchWords: ['fit note', 'sick note', 'Med3', 'off work', 'sickness', 'employer'],
  },
  registration: {
    id: 'registration',
    name: SERVICE_NAMES['registration'],
    staffDescription:
      'New patient registration online (the surgery\'s form, or NHS England\'s "Register with a GP surgery" service). No proof of address, immigration status, ID or NHS number is needed. Registration is the best moment to offer the NHS App: with NHS login, patients connect it to the surgery themselves once registration is processed (no separate "GP online services" sign-up in most cases).',
    guidanceName: 'Registration (new patients and online services)',
    benefits: ['less-disruption', 'more-involved', 'lighter-workload'],
    questions: ['register-online', 'register-no-id', 'register-online-services', 'how-old', 'is-it-safe', 'accessible-formats', 'no-smartphone'],
    ...dec2026(SOURCES.register),
    link: 'registration_url',
    searchWords: ['register', 'registration', 'new patient', 'joining', 'moved to the area', 'GMS1', 'sign up'],
  },
  'digital-skills': {
    id: 'digital-skills',
    name: SERVICE_NAMES['digital-skills'],
    staffDescription:
      'Local and national help for people who want support getting online (Learn My Way, libraries, Age UK, the National Digital Inclusion Network), with the reassurance that phone and in person still work. Support, never pressure.',
    guidanceName: 'Help with digital skills and inclusive access',
    benefits: ['more-involved', 'less-disruption', 'easier-for-carers'],
    questions: ['still-phone-or-visit', 'help-getting-online', 'do-i-have-to', 'no-smartphone', 'carer-use'],
    ...dec2026(SOURCES.digitalInclusion),
    link: 'digital_support_url',
    searchWords: ['help', 'digital', 'internet', 'not online', 'no smartphone', 'reassurance', 'phone', 'come in', 'library', 'Age UK'],
  },
  travel: {
    id: 'travel',
    name: SERVICE_NAMES['travel'],
    staffDescription:
      'Travel risk assessment and vaccines: patients fill in the surgery\'s travel form (or ask) at least 6 to 8 weeks before they travel. One of the commonest reasons patients used one surgery\'s online services.',
    guidanceName: 'Travel risk assessment (a common reason for using online services)',
    benefits: ['less-disruption', 'lighter-workload'],
    questions: ['travel-when', 'do-i-have-to', 'no-smartphone'],
    ...dec2026(both(SOURCES.travel, SOURCES.guidance)),
    link: 'travel_url',
    searchWords: ['travel', 'holiday', 'abroad', 'vaccines', 'jabs', 'travel clinic', 'malaria', 'travel form'],
  },
  'family-carer-access': {
    id: 'family-carer-access',
    name: SERVICE_NAMES['family-carer-access'],
    staffDescription:
      'Family and carer access (what staff may know as proxy access): someone the patient trusts uses their own NHS App account to order medicines, book appointments or see the record for them. Both must be registered at the same surgery. The helper cannot send messages for the person or change their nominated pharmacy. Children and adults who cannot consent follow the surgery\'s own process.',
    guidanceName: 'Proxy access (easier participation for carers)',
    benefits: ['easier-for-carers', 'less-disruption', 'more-involved'],
    questions: ['carer-use', 'family-how-to-apply', 'is-it-safe', 'how-old'],
    ...dec2026(SOURCES.familyCarer),
    link: 'family_access_url',
    searchWords: ['proxy', 'carer', 'family', 'on behalf', 'someone else', 'parent', 'child', 'linked profile'],
  },
  'nhs-app-messages': {
    id: 'nhs-app-messages',
    name: SERVICE_NAMES['nhs-app-messages'],
    staffDescription:
      'NHS App messages first: NHS England asks for messages to go to the NHS App (through NHS Notify) with text messages as the fallback, and some ICBs now cap funded texts. Patients turn on notifications so they see messages. The NHS App\'s own fallback texts come from the sender "NHSApp".',
    guidanceName: 'Text messaging (now NHS App messages first)',
    benefits: ['proactive-care', 'sensory-access', 'lighter-workload'],
    questions: ['notifications-how', 'messages-why-app', 'text-is-it-real', 'no-smartphone'],
    ...dec2026(SOURCES.notifications),
    link: 'notifications_url',
    searchWords: ['notifications', 'NHS App messages', 'inbox', 'messages', 'alerts', 'NHSApp'],
  },
  'pharmacy-nomination': {
    id: 'pharmacy-nomination',
    name: SERVICE_NAMES['pharmacy-nomination'],
    staffDescription:
      'Nominating a pharmacy in the NHS App, so prescriptions go straight to it (near home or work, or an online pharmacy that delivers). Cuts "is my prescription ready?" calls. A family member or carer cannot change it for the patient.',
    guidanceName: 'Repeat prescriptions: nominated pharmacy',
    benefits: ['less-disruption', 'safer-prescribing', 'lighter-workload'],
    questions: ['nominate-what', 'prescription-how-long', 'no-smartphone'],
    ...dec2026(SOURCES.nominatePharmacy),
    link: 'nominate_pharmacy_url',
    searchWords: ['nominate', 'nominated pharmacy', 'chemist', 'change pharmacy', 'EPS', 'delivery'],
  },
  'pharmacy-first': {
    id: 'pharmacy-first',
    name: SERVICE_NAMES['pharmacy-first'],
    staffDescription:
      'Care navigation to Pharmacy First (since January 2024): pharmacists give advice and treatment for a set of common conditions without a GP appointment, and refer back when needed. Link to the surgery\'s own page listing what local pharmacies treat.',
    guidanceName: 'Signposting (care navigation)',
    benefits: ['less-disruption', 'lighter-workload'],
    questions: ['pharmacy-first-what', 'do-i-have-to'],
    ...dec2026(SOURCES.pharmacyFirst),
    link: 'pharmacy_first_url',
    searchWords: ['pharmacy first', 'pharmacist', 'chemist', 'minor illness', 'sore throat', 'earache', 'care navigation'],
  },
  'self-referral': {
    id: 'self-referral',
    name: SERVICE_NAMES['self-referral'],
    staffDescription:
      'Care navigation to services patients can contact themselves without seeing a GP first, such as physiotherapy, NHS Talking Therapies, podiatry and maternity care (which ones depends on the area). Link to the surgery\'s own list.',
    guidanceName: 'Signposting (care navigation)',
    benefits: ['less-disruption', 'lighter-workload'],
    questions: ['self-referral-which', 'do-i-have-to'],
    ...dec2026(SOURCES.selfReferral),
    link: 'self_referral_url',
    searchWords: ['self-referral', 'refer myself', 'physio', 'physiotherapy', 'talking therapies', 'IAPT', 'counselling', 'podiatry', 'maternity', 'midwife'],
  },
  reviews: {
    id: 'reviews',
    name: SERVICE_NAMES['reviews'],
    staffDescription:
      'Invitations for people overdue a review (long-term conditions, medicines): offer booking or the review form online first, with phone still open. The guidance names people overdue a review as a group worth a targeted offer.',
    guidanceName: 'Regular communications: review reminders offering the online route first',
    benefits: ['proactive-care', 'earlier-help', 'less-disruption'],
    questions: ['review-why', 'do-i-have-to', 'no-smartphone'],
    ...dec2026(SOURCES.guidance),
    link: 'reviews_url',
    searchWords: ['review', 'recall', 'overdue', 'annual review', 'medication review', 'asthma review', 'diabetes review', 'long-term condition'],
  },
  'ask-reception': {
    id: 'ask-reception',
    name: SERVICE_NAMES['ask-reception'],
    staffDescription:
      'Admin questions (a letter, a form, a change of details, a query about a referral) sent with the online form instead of phoning. One of the commonest reasons patients used one surgery\'s online services. Not for urgent problems.',
    guidanceName: 'Ask reception a question (a common reason for using online services)',
    benefits: ['less-disruption', 'sensory-access', 'lighter-workload'],
    questions: ['ask-reception-what', 'form-urgent', 'form-what-happens-next', ...COMMON],
    ...dec2026(both(SOURCES.guidance, SOURCES.charter)),
    link: 'online_form_url',
    searchWords: ['admin', 'question', 'ask reception', 'letter', 'query', 'form', 'paperwork'],
  },
  'accessible-formats': {
    id: 'accessible-formats',
    name: SERVICE_NAMES['accessible-formats'],
    staffDescription:
      'The Accessible Information Standard: ask about and record communication needs (large print, easy read, braille, another language, a BSL or spoken-language interpreter) and meet them every time. Text and written requests also help people with hearing loss and people still learning English.',
    guidanceName: 'Improved access for people with sensory impairment (inclusive access)',
    benefits: ['sensory-access', 'more-involved'],
    questions: ['accessible-formats', 'do-i-have-to'],
    ...dec2026(SOURCES.accessibleInfo),
    link: 'website_url',
    searchWords: ['interpreter', 'translation', 'BSL', 'sign language', 'large print', 'easy read', 'braille', 'language', 'accessible'],
  },
};

