/**
 * Prompt cards: the moments the guidance names for offering online services, for clinicians in a
 * consultation and receptionists on the phone or at the desk. Shaped like CDS Hooks cards
 * (summary of at most 140 characters, indicator, detail, source, suggestions, links) so they are
 * familiar to anyone who has built clinical decision support. Staff-facing words.
 */
import type { Outcome, Role, Setting } from '../log/types';
import type { BenefitId } from './benefits';
import type { QuestionId } from './questions';
import type { ServiceId } from './services';

/** The roles that see prompt cards (managers see the dashboard). */
export type PromptRole = Exclude<Role, 'manager'>;

/** As in CDS Hooks: how urgently the card asks for attention. Nearly all of ours are 'info'. */
export type Indicator = 'info' | 'warning' | 'critical';

// ---------------------------------------------------------------------------------------------
// Page cues

export const CUE_IDS = [
  'consultation-screen',
  'results-screen',
  'prescriptions-screen',
  'appointments-screen',
  'registration-screen',
  'patient-details-screen',
  'fit-note-screen',
] as const;

export type CueId = (typeof CUE_IDS)[number];

/**
 * A kind of screen in a clinical or booking system, recognised without a site profile.
 * `urlWords` are matched against the words of the page's path (lower case, split on "/", "-",
 * "_", "."); `textWords` are phrases of visible text, such as headings. Phrases are chosen to
 * name the screen itself, not a navigation link that every screen shows (so "Test results", not
 * "Results"). Site profiles can add cues with the same ids for a particular system.
 */
export interface Cue {
  id: CueId;
  /** What staff call the screen, for settings and the training view. */
  label: string;
  urlWords: string[];
  textWords: string[];
}

export const GENERIC_CUES: Cue[] = [
  {
    id: 'consultation-screen',
    label: 'Consultation',
    urlWords: ['consultation', 'consult', 'encounter', 'journal'],
    textWords: ['Journal', 'Consultation notes', 'Presenting complaint', 'Examination findings', 'Problem list', 'Add consultation'],
  },
  {
    id: 'results-screen',
    label: 'Test results',
    urlWords: ['results', 'result', 'pathology', 'investigations', 'labs'],
    textWords: ['Test results', 'Results received', 'Pathology results', 'Investigation results', 'Awaiting review'],
  },
  {
    id: 'prescriptions-screen',
    label: 'Medication and repeat prescriptions',
    urlWords: ['prescriptions', 'prescription', 'prescribing', 'medication', 'medications', 'repeats', 'eps'],
    textWords: ['Repeat medication', 'Repeat prescriptions', 'Issue prescription', 'Repeat templates', 'Medication review'],
  },
  {
    id: 'appointments-screen',
    label: 'Appointments',
    urlWords: ['appointments', 'appointment', 'booking', 'book', 'diary', 'slots'],
    textWords: ['Book an appointment', 'Free appointments', 'Appointment book', 'Cancel appointment', 'Available slots'],
  },
  {
    id: 'registration-screen',
    label: 'New patient registration',
    urlWords: ['registration', 'register', 'registrations', 'newpatient'],
    textWords: ['New patient registration', 'Register a patient', 'Register patient', 'Registration details', 'GMS1'],
  },
  {
    id: 'patient-details-screen',
    label: 'Patient details',
    urlWords: ['demographics', 'details', 'address', 'contacts'],
    textWords: ['Change of address', 'Patient details', 'Demographics', 'Contact details', 'Change of name'],
  },
  {
    id: 'fit-note-screen',
    label: 'Fit notes',
    urlWords: ['fitnote', 'fitnotes', 'med3', 'sicknote'],
    textWords: ['Fit note', 'Med3', 'Statement of fitness for work', 'Sick note'],
  },
];

/**
 * The cues as single-condition entries, one per word or phrase, for the page reader (a page
 * matches a cue when any of its entries matches). Same shape as a site profile's `cues`.
 */
export function cueConditions(cues: readonly Cue[] = GENERIC_CUES): { id: CueId; urlWord?: string; text?: string }[] {
  return cues.flatMap((c) => [...c.urlWords.map((urlWord) => ({ id: c.id, urlWord })), ...c.textWords.map((text) => ({ id: c.id, text }))]);
}

// ---------------------------------------------------------------------------------------------
// Cards

export interface PromptSource {
  label: string;
  url?: string;
}

/** A link for staff. `url` may be a ((placeholder)) that practice settings fill (render.ts). */
export interface PromptLink {
  label: string;
  url: string;
}

export interface PromptCard {
  id: string;
  roles: PromptRole[];
  /** The settings the card is for; the first is the usual one. */
  settings: Setting[];
  service: ServiceId;
  /** At most 140 characters, as in CDS Hooks. */
  summary: string;
  indicator: Indicator;
  /** Talking points, plain text, one a line. Quotes are things staff can say as they are. */
  detail: string[];
  source: PromptSource;
  /** Benefits for this patient (never the surgery-only ones). */
  benefits: BenefitId[];
  questions: QuestionId[];
  /** Suggested texts, best first. */
  templates: string[];
  links: PromptLink[];
  /** Screens where this card is most likely to be wanted: matching cards rise to the top. */
  cues: CueId[];
  /** The one-click outcomes the card offers. */
  outcomes: Outcome[];
}

/** The outcomes every card offers. */
export const STANDARD_OUTCOMES: Outcome[] = ['offered', 'accepted', 'declined', 'already-uses', 'needs-support'];

const GUIDANCE_URL = 'https://www.england.nhs.uk/long-read/promoting-online-services/';
const guidance = (section: string): PromptSource => ({
  label: `RCGP and NHS England, Promoting online services (2023): ${section}`,
  url: GUIDANCE_URL,
});

const NHS_APP_HELP: PromptLink = { label: 'NHS App help and support', url: 'https://www.nhs.uk/nhs-app/nhs-app-help-and-support/' };

export const PROMPTS: PromptCard[] = [
  // Clinician, in a consultation: the guidance's three moves.
  {
    id: 'clinician-condition-info-by-text',
    roles: ['clinician'],
    settings: ['consultation'],
    service: 'self-care',
    summary: 'Offer to text them information about their condition instead of giving a paper leaflet.',
    indicator: 'info',
    detail: [
      '"Shall I send you this information by text message instead of a leaflet?"',
      'The link goes to the NHS website, so the information stays up to date and cannot get lost.',
      'They can read it again at home, make the text bigger on their phone, and share it with a carer or family.',
      'If they would rather have paper, that is fine.',
    ],
    source: guidance('In consultations'),
    benefits: ['more-involved', 'shared-decisions', 'easier-for-carers', 'sensory-access'],
    questions: ['reliable-information', 'no-smartphone', 'do-i-have-to'],
    templates: ['condition-info-short', 'condition-info-full', 'self-care-short'],
    links: [{ label: 'Health information link (practice setting)', url: '((self_care_url))' }],
    cues: ['consultation-screen'],
    outcomes: STANDARD_OUTCOMES,
  },
  {
    id: 'clinician-online-request-follow-up',
    roles: ['clinician'],
    settings: ['consultation'],
    service: 'online-requests',
    summary: 'Suggest they use our online form for follow-up, so their request reaches the right person first time.',
    indicator: 'info',
    detail: [
      '"If you need to follow this up, you can send us a request using our online form."',
      'It is a written request, not a video call. Say "online form", not "online consultation".',
      'We answer it as quickly as a phone call, and they hear what happens next.',
      'They can take their time, which helps with things that are easier to write than say.',
      'It is not for emergencies: for something urgent they should phone, and in an emergency call 999.',
    ],
    source: guidance('In consultations'),
    benefits: ['embarrassing-problems', 'less-disruption', 'sensory-access', 'more-involved'],
    questions: ['form-what-happens-next', 'form-is-it-video', 'form-urgent', 'form-personal'],
    templates: ['online-form-follow-up-short', 'online-form-full', 'online-form-short'],
    links: [{ label: 'Our online form', url: '((online_form_url))' }],
    cues: ['consultation-screen'],
    outcomes: STANDARD_OUTCOMES,
  },
  {
    id: 'clinician-show-record',
    roles: ['clinician'],
    settings: ['consultation'],
    service: 'health-record',
    summary: 'Show them their health record in the NHS App, and where to find test results, medicines and letters.',
    indicator: 'info',
    detail: [
      'If they have the NHS App, open it together on their phone and go to their health record.',
      'Point out where the results of today\'s tests will appear, so they do not need to phone for them.',
      'Show where their medicines, vaccinations and letters from hospitals and other services are.',
      'Mention that a result can appear before you have talked about it, and to contact us if anything worries them.',
      'Not using the app yet? Send the NHS App text.',
    ],
    source: guidance('In consultations'),
    benefits: ['more-involved', 'shared-decisions', 'information-sharing', 'less-disruption'],
    questions: ['record-what-can-i-see', 'results-when', 'record-upsetting', 'record-mistake', 'record-older-entries'],
    templates: ['health-record-short', 'health-record-full', 'test-results-short', 'nhs-app-one-part'],
    links: [{ label: 'Health records in the NHS App (practice setting)', url: '((health_record_url))' }, NHS_APP_HELP],
    cues: ['consultation-screen', 'results-screen'],
    outcomes: [...STANDARD_OUTCOMES, 'shown'],
  },

  // Receptionist, on the phone or at the desk.
  {
    id: 'reception-test-results',
    roles: ['receptionist'],
    settings: ['phone', 'front-desk'],
    service: 'test-results',
    summary: 'Calling about test results? Offer the NHS App, where they can see results without phoning next time.',
    indicator: 'info',
    detail: [
      'Deal with today\'s call in the usual way first.',
      '"Next time, you can see your results in the NHS App, usually once a clinician has looked at them."',
      'Results sit in their health record, with their medicines and letters.',
      'No smartphone? The NHS App also works in a web browser on a computer or tablet.',
      'One surgery halved its results calls this way, from 50 to 25 a day.',
    ],
    source: guidance('At reception'),
    benefits: ['less-disruption', 'more-involved', 'easier-for-carers'],
    questions: ['results-when', 'result-worry', 'how-old', 'no-smartphone', 'carer-use'],
    templates: ['test-results-short', 'test-results-full', 'nhs-app-signup-short'],
    links: [{ label: 'Test results help (practice setting)', url: '((test_results_url))' }, NHS_APP_HELP],
    cues: ['results-screen'],
    outcomes: STANDARD_OUTCOMES,
  },
  {
    id: 'reception-repeat-prescription',
    roles: ['receptionist'],
    settings: ['phone', 'front-desk'],
    service: 'repeat-prescriptions',
    summary: 'Ordering a repeat prescription? Offer ordering online next time, in the NHS App or on our website.',
    indicator: 'info',
    detail: [
      'Deal with today\'s request in the usual way first.',
      '"Next time you can order your repeat medicines online, at any time, with no phone queue."',
      'Ordering online means fewer mistakes with medicines.',
      'A carer or someone they trust can order for them, with their agreement.',
      'Remind them to order a few working days before they run low.',
    ],
    source: guidance('At reception'),
    benefits: ['safer-prescribing', 'less-disruption', 'easier-for-carers'],
    questions: ['prescription-how-long', 'medicine-not-listed', 'carer-use', 'no-smartphone'],
    templates: ['repeat-prescriptions-short', 'repeat-prescriptions-full'],
    links: [{ label: 'Repeat prescriptions page (practice setting)', url: '((repeat_prescriptions_url))' }],
    cues: ['prescriptions-screen'],
    outcomes: STANDARD_OUTCOMES,
  },
  {
    id: 'reception-appointments',
    roles: ['receptionist'],
    settings: ['phone', 'front-desk'],
    service: 'appointments',
    summary: 'Booking or cancelling? Offer booking and cancelling online next time, at any time of day.',
    indicator: 'info',
    detail: [
      'Book or cancel today\'s appointment in the usual way first.',
      '"You can book and cancel some appointments in the NHS App or on our website, whenever suits you."',
      'Cancelling online when they cannot come means someone else gets the appointment.',
      'For someone who has missed appointments before, the cancel text can help: offer it kindly.',
      'If what they need cannot be booked online, the online form and the phone still work.',
    ],
    source: guidance('At reception'),
    benefits: ['less-disruption', 'easier-for-carers', 'sensory-access'],
    questions: ['which-appointments', 'cancel-appointment', 'carer-use', 'do-i-have-to'],
    templates: ['appointments-short', 'appointments-cancel-short', 'appointments-full', 'video-short'],
    links: [{ label: 'Appointments page (practice setting)', url: '((appointments_url))' }],
    cues: ['appointments-screen'],
    outcomes: STANDARD_OUTCOMES,
  },
  {
    id: 'reception-change-details',
    roles: ['receptionist'],
    settings: ['phone', 'front-desk'],
    service: 'update-details',
    summary: 'Changing name or address? Next time they can tell us online. Check their mobile number for our texts too.',
    indicator: 'info',
    detail: [
      'Update their details in the usual way first.',
      '"Next time, you can tell us about a change like this online, at any time."',
      'Check their mobile number while you are at it, so our text messages reach them.',
      'For a change of name we may ask to see a document.',
    ],
    source: guidance('Informing patients: common reasons for using online services'),
    benefits: ['less-disruption'],
    questions: ['details-what-can-i-change', 'text-is-it-real', 'do-i-have-to'],
    templates: ['update-details-short', 'update-details-full', 'text-messages-short'],
    links: [{ label: 'Change your details page (practice setting)', url: '((update_details_url))' }],
    cues: ['patient-details-screen'],
    outcomes: STANDARD_OUTCOMES,
  },
  {
    id: 'reception-fit-note',
    roles: ['receptionist'],
    settings: ['phone', 'front-desk'],
    service: 'fit-notes',
    summary: 'Asking for a fit note? They can ask using our online form, with no phone call. Not needed for the first 7 days.',
    indicator: 'info',
    detail: [
      '"You can ask for a fit note using our online form, at any time."',
      'The form asks for what the clinician needs, so it reaches the right person first time.',
      'For the first 7 days off sick, they can fill in a self-certification form instead.',
      'Fit notes were the most common reason patients used one surgery\'s online services.',
    ],
    source: guidance('Informing patients: common reasons for using online services'),
    benefits: ['less-disruption'],
    questions: ['fit-note-how', 'fit-note-first-week', 'do-i-have-to'],
    templates: ['fit-note-short', 'fit-note-full'],
    links: [{ label: 'Fit notes page (practice setting)', url: '((fit_note_url))' }],
    cues: ['fit-note-screen'],
    outcomes: STANDARD_OUTCOMES,
  },
  {
    id: 'reception-new-patient',
    roles: ['receptionist'],
    settings: ['registration', 'front-desk', 'phone'],
    service: 'registration',
    summary: 'New patient registering? Sign them up to GP online services as part of registration: the best moment to do it.',
    indicator: 'info',
    detail: [
      'Offer online services as a normal part of registering. They can say no, now or later.',
      'They can order medicines, book appointments, see their record and results, and contact us.',
      'The NHS App is for people aged 13 and over registered with a GP surgery in England. They set up NHS login and prove who they are.',
      'They do not need proof of address or ID to register with us.',
      'If they cannot prove who they are in the app, we may be able to check their ID here.',
    ],
    source: guidance('At registration'),
    benefits: ['more-involved', 'less-disruption', 'easier-for-carers'],
    questions: ['register-online-services', 'register-no-id', 'how-old', 'what-is-nhs-login', 'cannot-prove-identity', 'is-it-safe'],
    templates: ['registration-short', 'registration-full', 'nhs-app-signup-short', 'nhs-app-signup-full'],
    links: [{ label: 'Registration page (practice setting)', url: '((registration_url))' }, NHS_APP_HELP],
    cues: ['registration-screen'],
    outcomes: STANDARD_OUTCOMES,
  },
  {
    id: 'reception-digital-support',
    roles: ['receptionist'],
    settings: ['phone', 'front-desk'],
    service: 'digital-skills',
    summary: 'Finds digital hard? Offer help getting online, and reassure them that phoning and coming in still work.',
    indicator: 'info',
    detail: [
      'Support, never pressure: "You can always phone or come in, and you get the same care."',
      'Free help: Learn My Way courses, local libraries, Age UK, and the National Digital Inclusion Network.',
      'Someone they trust can help, or act for them with their agreement.',
      'Choose "Needs support" if they would like help, so the surgery can see how many people need it.',
    ],
    source: guidance('Supporting patients: at reception'),
    benefits: ['more-involved', 'easier-for-carers'],
    questions: ['still-phone-or-visit', 'help-getting-online', 'carer-use', 'no-smartphone'],
    templates: ['phone-or-visit-short', 'digital-skills-short', 'digital-skills-full', 'phone-or-visit-full'],
    links: [
      { label: 'Digital skills help (practice setting)', url: '((digital_support_url))' },
      { label: 'Learn My Way', url: 'https://www.learnmyway.com' },
      { label: 'Age UK', url: 'https://www.ageuk.org.uk' },
      { label: 'Good Things Foundation', url: 'https://www.goodthingsfoundation.org' },
    ],
    cues: [],
    outcomes: STANDARD_OUTCOMES,
  },
];
