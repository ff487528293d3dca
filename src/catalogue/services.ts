/**
 * The online services a GP surgery offers, from the guidance's list plus the reasons patients most
 * often used one surgery's online services (fit notes, registration). One source of truth for the
 * panel, the prompt cards and the dashboard.
 */
import type { PlaceholderName } from '../templates/render';
import type { BenefitId } from './benefits';
import type { QuestionId } from './questions';

export const SERVICE_IDS = [
  'nhs-app',
  'self-care',
  'repeat-prescriptions',
  'appointments',
  'test-results',
  'health-record',
  'full-record',
  'update-details',
  'text-messages',
  'online-requests',
  'home-monitoring',
  'video-consultations',
  'fit-notes',
  'registration',
  'digital-skills',
] as const;

export type ServiceId = (typeof SERVICE_IDS)[number];

export interface Service {
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

/** Questions that apply to nearly every online service. */
const COMMON: QuestionId[] = ['do-i-have-to', 'is-it-safe', 'carer-use', 'no-smartphone'];

export const SERVICES: Record<ServiceId, Service> = {
  'nhs-app': {
    id: 'nhs-app',
    name: 'NHS App',
    staffDescription:
      'The NHS App, with NHS login, for people aged 13 and over registered with a GP surgery in England. It is the way in to most of the other services here. Free; also works in a web browser.',
    guidanceName: 'GP online services (NHS App and NHS login)',
    benefits: ['more-involved', 'less-disruption', 'easier-for-carers', 'information-sharing', 'lighter-workload'],
    questions: ['what-can-the-app-do', 'how-old', ...COMMON, 'does-it-cost', 'what-is-nhs-login', 'cannot-prove-identity'],
    link: 'nhs_app_url',
    searchWords: ['app', 'NHS login', 'sign up', 'online account', 'GP online services', 'login'],
  },
  'self-care': {
    id: 'self-care',
    name: 'Health information and self-care',
    staffDescription:
      'Pointing patients to trusted information (the NHS website) about their condition, its treatment, looking after themselves and when to get help. Clinicians can text a link instead of handing over a paper leaflet.',
    guidanceName: 'Signposting and self-care',
    benefits: ['more-involved', 'less-disruption', 'shared-decisions', 'lighter-workload'],
    questions: ['reliable-information', 'do-i-have-to', 'no-smartphone'],
    link: 'self_care_url',
    searchWords: ['leaflet', 'information', 'condition', 'advice', 'signposting', 'self care', 'nhs.uk'],
  },
  'repeat-prescriptions': {
    id: 'repeat-prescriptions',
    name: 'Ordering repeat prescriptions online',
    staffDescription:
      'Ordering repeat medicines in the NHS App or on the surgery website instead of by phone or paper slip. Digital ordering reduces prescribing errors. Patients can also choose their pharmacy.',
    guidanceName: 'Repeat prescription ordering',
    benefits: ['safer-prescribing', 'less-disruption', 'easier-for-carers', 'lighter-workload'],
    questions: ['prescription-how-long', 'medicine-not-listed', ...COMMON],
    link: 'repeat_prescriptions_url',
    searchWords: ['medicines', 'medication', 'repeats', 'pharmacy', 'tablets', 'script', 'prescription'],
  },
  appointments: {
    id: 'appointments',
    name: 'Booking and cancelling appointments online',
    staffDescription:
      'Booking and cancelling some types of appointment in the NHS App or on the surgery website, at any time. Cancelling online frees the slot for someone else, which matters for people who often miss appointments.',
    guidanceName: 'Direct booking and cancellation for certain appointments',
    benefits: ['less-disruption', 'easier-for-carers', 'sensory-access', 'lighter-workload'],
    questions: ['which-appointments', 'cancel-appointment', ...COMMON],
    link: 'appointments_url',
    searchWords: ['book', 'booking', 'cancel', 'appointment', 'rebook', 'did not attend', 'DNA', 'missed'],
  },
  'test-results': {
    id: 'test-results',
    name: 'Test results in the NHS App',
    staffDescription:
      'Seeing test results in the health record in the NHS App, usually once a clinician has reviewed them, instead of phoning. One surgery halved its test-result calls (50 to 25 a day) this way.',
    guidanceName: 'Seeing parts of the health record: test results',
    benefits: ['less-disruption', 'more-involved', 'easier-for-carers', 'shared-decisions', 'lighter-workload'],
    questions: ['results-when', 'result-worry', ...COMMON, 'how-old'],
    link: 'test_results_url',
    searchWords: ['results', 'blood test', 'bloods', 'pathology', 'x-ray', 'scan', 'swab', 'urine'],
  },
  'health-record': {
    id: 'health-record',
    name: 'Your health record in the NHS App',
    staffDescription:
      'Seeing parts of the GP health record in the NHS App: medicines, allergies, vaccinations, test results and letters between the surgery and other services. Clinicians can show patients where things are during a consultation.',
    guidanceName: 'Seeing parts of the health record (medicines, vaccinations, test results, communications)',
    benefits: ['more-involved', 'shared-decisions', 'information-sharing', 'easier-for-carers', 'lighter-workload'],
    questions: ['record-what-can-i-see', 'record-upsetting', 'record-mistake', ...COMMON, 'how-old'],
    link: 'health_record_url',
    searchWords: ['record', 'notes', 'medicines', 'vaccinations', 'immunisations', 'letters', 'allergies', 'records access'],
  },
  'full-record': {
    id: 'full-record',
    name: 'Your full health record',
    staffDescription:
      'Access to the full GP record, including older (historic) entries, on request. The surgery may check the record before switching it on.',
    guidanceName: 'Viewing the full record',
    benefits: ['more-involved', 'shared-decisions', 'information-sharing'],
    questions: ['record-older-entries', 'record-upsetting', 'record-mistake', 'is-it-safe', 'carer-use'],
    link: 'health_record_url',
    searchWords: ['full record', 'historic record', 'older records', 'coded record', 'detailed record', 'subject access'],
  },
  'update-details': {
    id: 'update-details',
    name: 'Updating your details online',
    staffDescription:
      'Telling the surgery a new name, address, phone number or email online. Up-to-date contact details mean reminders, texts and letters reach the patient.',
    guidanceName: 'Updating personal demographics online',
    benefits: ['less-disruption', 'lighter-workload'],
    questions: ['details-what-can-i-change', 'do-i-have-to', 'carer-use'],
    link: 'update_details_url',
    searchWords: ['change of address', 'moved', 'new address', 'change of name', 'phone number', 'email', 'demographics'],
  },
  'text-messages': {
    id: 'text-messages',
    name: 'Text messages from your GP surgery',
    staffDescription:
      'Text messages from the surgery: reminders, reviews, information and links to forms. Needs a current mobile number. Helps proactive care and people who find phone calls hard.',
    guidanceName: 'Text messaging',
    benefits: ['proactive-care', 'sensory-access', 'more-involved', 'lighter-workload'],
    questions: ['text-why', 'text-is-it-real', 'details-what-can-i-change', 'do-i-have-to'],
    link: 'update_details_url',
    searchWords: ['text', 'mobile', 'reminder', 'message', 'recall', 'mobile number'],
  },
  'online-requests': {
    id: 'online-requests',
    name: 'Contacting us using our online form',
    staffDescription:
      'Sending the surgery a request for care or advice with its online form, handled as promptly and safely as a phone call. Not a video call, and not for emergencies. To patients say "online form", never "online consultation".',
    guidanceName: 'Online requests for care or advice (online consultation tool)',
    benefits: ['embarrassing-problems', 'sensory-access', 'less-disruption', 'easier-for-carers', 'more-involved', 'lighter-workload'],
    questions: ['form-what-happens-next', 'form-is-it-video', 'form-urgent', 'form-personal', ...COMMON],
    link: 'online_form_url',
    searchWords: ['online form', 'request', 'contact', 'question', 'admin', 'follow-up', 'e-consult', 'online consultation', 'ask reception'],
  },
  'home-monitoring': {
    id: 'home-monitoring',
    name: 'Sending us readings from home',
    staffDescription:
      'Patients take readings at home (blood pressure, weight, peak flow) and send them to the surgery online, so clinicians can monitor without a visit and act early when a condition flares.',
    guidanceName: 'Home (remote) monitoring',
    benefits: ['earlier-help', 'proactive-care', 'less-disruption', 'more-involved'],
    questions: ['monitoring-what-to-do', 'monitoring-no-machine', 'do-i-have-to', 'carer-use'],
    link: 'home_monitoring_url',
    searchWords: ['blood pressure', 'BP', 'weight', 'peak flow', 'readings', 'remote monitoring', 'asthma', 'hypertension'],
  },
  'video-consultations': {
    id: 'video-consultations',
    name: 'Video appointments',
    staffDescription:
      'Appointments by video where the problem suits it, so patients with complex needs, housebound patients and care home residents are seen without travelling. The link comes by text message.',
    guidanceName: 'Video consultations',
    benefits: ['proactive-care', 'less-disruption', 'easier-for-carers'],
    questions: ['video-what-do-i-need', 'video-instead-of-visit', 'do-i-have-to', 'is-it-safe'],
    link: 'appointments_url',
    searchWords: ['video', 'video call', 'remote', 'virtual', 'camera'],
  },
  'fit-notes': {
    id: 'fit-notes',
    name: 'Asking for a fit note online',
    staffDescription:
      'Asking for a fit note (sick note) with the online form, the most common reason patients used one surgery\'s online services. Not needed for the first 7 days off sick (self-certification).',
    guidanceName: 'Fit note requests (a common reason for using online services)',
    benefits: ['less-disruption', 'lighter-workload'],
    questions: ['fit-note-how', 'fit-note-first-week', 'do-i-have-to'],
    link: 'fit_note_url',
    searchWords: ['fit note', 'sick note', 'Med3', 'off work', 'sickness', 'employer'],
  },
  registration: {
    id: 'registration',
    name: 'Registering with us and signing up to GP online services',
    staffDescription:
      'New patient registration online, and signing up to GP online services as part of it: the best moment to sign someone up, even by default with the choice to opt out.',
    guidanceName: 'Registration (new patients and online services)',
    benefits: ['less-disruption', 'more-involved', 'lighter-workload'],
    questions: ['register-online', 'register-no-id', 'register-online-services', 'how-old', 'is-it-safe', 'no-smartphone'],
    link: 'registration_url',
    searchWords: ['register', 'registration', 'new patient', 'joining', 'moved to the area', 'GMS1', 'sign up'],
  },
  'digital-skills': {
    id: 'digital-skills',
    name: 'Help with digital skills',
    staffDescription:
      'Local and national help for people who want support getting online (Learn My Way, libraries, Age UK, the National Digital Inclusion Network), with the reassurance that phone and in person still work. Support, never pressure.',
    guidanceName: 'Help with digital skills and inclusive access',
    benefits: ['more-involved', 'less-disruption', 'easier-for-carers'],
    questions: ['still-phone-or-visit', 'help-getting-online', 'do-i-have-to', 'no-smartphone', 'carer-use'],
    link: 'digital_support_url',
    searchWords: ['help', 'digital', 'internet', 'not online', 'no smartphone', 'reassurance', 'phone', 'come in', 'library', 'Age UK'],
  },
};

/** What patients call a service, or the id itself for one this version does not know (from an imported file, say). */
export function serviceName(id: string): string {
  return Object.prototype.hasOwnProperty.call(SERVICES, id) ? SERVICES[id as ServiceId].name : id;
}
