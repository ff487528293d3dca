/**
 * Prompt cards: the moments the guidance names for offering online services, for clinicians in a
 * consultation and receptionists on the phone or at the desk. Shaped like CDS Hooks cards
 * (summary of at most 140 characters, indicator, detail, source, suggestions, links) so they are
 * familiar to anyone who has built clinical decision support. Staff-facing words.
 */
import { OUTCOMES_AFTER_SENDING, type Outcome, type Role, type Setting } from '../log/vocabulary';
import type { BenefitId } from './benefits';
import type { QuestionId } from './questions';
import type { ServiceId } from './services';
import { SOURCES, REVIEWED_DEC_2026, both, type Source } from './sources';

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
  'travel-screen',
  'recall-screen',
  'missed-appointment-screen',
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
  {
    id: 'travel-screen',
    label: 'Travel health',
    urlWords: ['travel', 'travelhealth', 'travelvaccines'],
    textWords: ['Travel risk assessment', 'Travel vaccinations', 'Travel vaccines', 'Travel health', 'Travel clinic'],
  },
  {
    id: 'recall-screen',
    label: 'Recalls and reviews due',
    urlWords: ['recall', 'recalls', 'overdue'],
    textWords: ['Recall list', 'Overdue reviews', 'Reviews due', 'Review overdue', 'Patients due a review'],
  },
  {
    id: 'missed-appointment-screen',
    label: 'Missed appointments (did not attend)',
    urlWords: ['dna', 'dnas', 'didnotattend', 'missedappointments'],
    textWords: ['Did not attend list', 'DNA list', 'DNA report', 'Missed appointments list', 'Did not attend report'],
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

/** Where a card's facts come from (the same shape as every content item's source). */
export type PromptSource = Source;

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
  /** The date the card was last reviewed against its source (YYYY-MM-DD). */
  reviewed: string;
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

/** The outcomes every card offers (the vocabulary's outcomes after sending). */
export const STANDARD_OUTCOMES: Outcome[] = [...OUTCOMES_AFTER_SENDING];

const GUIDANCE_URL = 'https://www.england.nhs.uk/long-read/promoting-online-services/';
const guidance = (section: string, also?: Source): PromptSource => {
  const g = { label: `RCGP and NHS England, Promoting online services (2023): ${section}`, url: GUIDANCE_URL };
  return also ? both(g, also) : g;
};

/** NHS App help has lived under /nhs-app/help/ since 2026 (content review section 3). */
const NHS_APP_HELP: PromptLink = { label: 'NHS App help and support', url: 'https://www.nhs.uk/nhs-app/help/' };

/** Every card was checked in the December 2026 content review. */
const reviewed = REVIEWED_DEC_2026;

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
      '"Shall I text you a link to this, instead of giving you a leaflet?"',
      'Find the page for their condition (the NHS Health A to Z below), then send the text: the panel asks for that page\'s link each time, so it is never a general one.',
      'The full text tells them what to do if they get worse: phone us, 111 when we are closed, 999 in a life-threatening emergency.',
      'They can read it again at home, make the text bigger on their phone, and share it with a carer or family.',
      'If they would rather have paper, that is fine.',
    ],
    source: guidance('In consultations'),
    reviewed,
    benefits: ['more-involved', 'shared-decisions', 'easier-for-carers', 'sensory-access'],
    questions: ['reliable-information', 'no-smartphone', 'do-i-have-to'],
    templates: ['condition-info-short', 'condition-info-full', 'self-care-short'],
    links: [{ label: 'NHS Health A to Z, to find the page (practice setting)', url: '((self_care_url))' }],
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
      'It is for things that are not urgent. They hear what happens next within one working day.',
      'They can take their time, which helps with things that are easier to write than say.',
      '"If you get worse, phone us, or call 111 when we are closed. In a life-threatening emergency, call 999."',
    ],
    source: guidance('In consultations', SOURCES.charter),
    reviewed,
    benefits: ['embarrassing-problems', 'less-disruption', 'sensory-access', 'more-involved'],
    questions: ['form-urgent', 'form-what-happens-next', 'form-when-open', 'form-is-it-video', 'form-personal'],
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
      'Show where their medicines, vaccinations and letters are. Since the 31 October 2023 switch-on, they can also read the notes from their appointments, including today\'s.',
      'Mention that a result can appear before you have talked about it, and to contact us if anything worries them.',
      'Ask, when you are alone with them: "If anyone ever pushes you to show them your record, tell us." Access can be turned off.',
      'Not using the app yet? Send the NHS App text.',
    ],
    source: guidance('In consultations', SOURCES.gpRecord),
    reviewed,
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
      '"Next time, you can see your results in the NHS App. Most show once a doctor or nurse here has looked at them."',
      'This is for tests we arranged; some hospital tests do not show there, and results from before late 2023 may not.',
      'Offer to turn on NHS App notifications too, so messages from us reach them.',
      'No smartphone? The NHS App also works in a web browser on a computer or tablet.',
      'One surgery halved its results calls this way, from 50 to 25 a day.',
    ],
    source: guidance('At reception'),
    reviewed,
    benefits: ['less-disruption', 'more-involved', 'easier-for-carers'],
    questions: ['results-when', 'result-worry', 'how-old', 'no-smartphone', 'carer-use'],
    templates: ['test-results-short', 'test-results-full', 'nhs-app-signup-short', 'nhs-app-notifications-short'],
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
      '"Next time you can order your repeat medicines online, with no phone queue."',
      'Ordering online means fewer mistakes with medicines.',
      'In the NHS App they can choose (nominate) the pharmacy we send it to, near home or work or one that delivers. A carer cannot change it for them.',
      'A family member or carer can order for them with family and carer access, if they agree.',
      'Remind them to order a few working days before they run low.',
    ],
    source: guidance('At reception'),
    reviewed,
    benefits: ['safer-prescribing', 'less-disruption', 'easier-for-carers'],
    questions: ['prescription-how-long', 'medicine-not-listed', 'nominate-what', 'carer-use', 'no-smartphone'],
    templates: ['repeat-prescriptions-short', 'repeat-prescriptions-full', 'nominate-pharmacy-short', 'nominate-pharmacy-full'],
    links: [
      { label: 'Repeat prescriptions page (practice setting)', url: '((repeat_prescriptions_url))' },
      { label: 'Nominating a pharmacy (practice setting)', url: '((nominate_pharmacy_url))' },
    ],
    cues: ['prescriptions-screen'],
    outcomes: STANDARD_OUTCOMES,
  },
  {
    id: 'reception-appointments',
    roles: ['receptionist'],
    settings: ['phone', 'front-desk'],
    service: 'appointments',
    summary: 'Booking or cancelling? Offer booking and cancelling online next time, with no phone queue.',
    indicator: 'info',
    detail: [
      'Book or cancel today\'s appointment in the usual way first.',
      '"You can book and cancel some appointments online, in the NHS App or on our website. There is no phone queue."',
      'Cancelling online when they cannot come means someone else gets the appointment.',
      'For someone who has missed appointments before, the cancel text can help: offer it kindly.',
      'If what they need cannot be booked online, the online form and the phone still work.',
    ],
    source: guidance('At reception'),
    reviewed,
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
      '"Next time, you can tell us about a change like this online."',
      'Check their mobile number while you are at it, so our text messages reach them.',
      'Uses the NHS App? The NHS now sends messages there first: ask them to turn on notifications so they see ours. Texts from the app itself come from NHSApp.',
      'For a change of name we may ask to see a document.',
      'Ask if they need information in another format or language, or an interpreter, and record it.',
    ],
    source: guidance('Informing patients: common reasons for using online services', SOURCES.notifications),
    reviewed,
    benefits: ['less-disruption'],
    questions: ['details-what-can-i-change', 'text-is-it-real', 'notifications-how', 'messages-why-app', 'accessible-formats', 'do-i-have-to'],
    templates: ['update-details-short', 'update-details-full', 'text-messages-short', 'nhs-app-notifications-short', 'accessible-formats-short'],
    links: [{ label: 'Change your details page (practice setting)', url: '((update_details_url))' }],
    cues: ['patient-details-screen'],
    outcomes: STANDARD_OUTCOMES,
  },
  {
    id: 'reception-fit-note',
    roles: ['receptionist'],
    settings: ['phone', 'front-desk'],
    service: 'fit-notes',
    summary: 'Asking for a fit note? They can ask us online, with no phone call. Not needed for 7 days or less off sick.',
    indicator: 'info',
    detail: [
      '"You can ask for a fit note online, with no need to phone."',
      'The form asks for what the clinician needs, so it reaches the right person first time.',
      'For 7 days or less off sick, counting every day (weekends and bank holidays too), they self-certify instead.',
      'In hospital treatment? The hospital team issues it. Nurses, pharmacists, occupational therapists and physiotherapists can issue fit notes too.',
      'Fit notes were the most common reason patients used one surgery\'s online services.',
    ],
    source: guidance('Informing patients: common reasons for using online services', SOURCES.fitNotes),
    reviewed,
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
    summary: 'New patient registering? Offer the NHS App as part of registration: the best moment to do it.',
    indicator: 'info',
    detail: [
      'Offer the NHS App as a normal part of registering. They can say no, now or later.',
      'With NHS login they connect the app to us themselves once we have processed the registration: in most cases no separate sign-up is needed.',
      'The NHS App is for people aged 13 and over. 13 to 15-year-olds must ask us before they get record access.',
      'They do not need proof of address, immigration status, ID or an NHS number to register with us.',
      'Ask if they need information in another format or language, or an interpreter, and record it.',
      'If they cannot prove who they are in the app, we may be able to check their ID here.',
    ],
    source: guidance('At registration', SOURCES.register),
    reviewed,
    benefits: ['more-involved', 'less-disruption', 'easier-for-carers'],
    questions: ['register-online-services', 'register-no-id', 'how-old', 'what-is-nhs-login', 'cannot-prove-identity', 'is-it-safe', 'accessible-formats'],
    templates: ['registration-welcome-short', 'registration-short', 'registration-full', 'nhs-app-signup-full', 'accessible-formats-short'],
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
      'Someone they trust can help, or act for them with family and carer access, if they agree.',
      'Choose "Needs support" if they would like help, so the surgery can see how many people need it.',
    ],
    source: guidance('Supporting patients: at reception'),
    reviewed,
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
  // Added in issue 11: moments the guidance and today's NHS name (content review section 5).
  {
    id: 'reception-travel',
    roles: ['receptionist'],
    settings: ['phone', 'front-desk'],
    service: 'travel',
    summary: 'Asking about travel vaccines? Point them to our travel form, at least 6 to 8 weeks before they go.',
    indicator: 'info',
    detail: [
      '"You can fill in our travel form online. Please do it at least 6 to 8 weeks before you travel."',
      'Some vaccines take time, so earlier is better. If they travel sooner, they should still ask.',
      'Travel was one of the most common reasons patients used one surgery\'s online services.',
    ],
    source: guidance('Informing patients: common reasons for using online services', SOURCES.travel),
    reviewed,
    benefits: ['less-disruption'],
    questions: ['travel-when', 'do-i-have-to', 'no-smartphone'],
    templates: ['travel-short', 'travel-full'],
    links: [{ label: 'Travel form (practice setting)', url: '((travel_url))' }],
    cues: ['travel-screen'],
    outcomes: STANDARD_OUTCOMES,
  },
  {
    id: 'reception-family-carer',
    roles: ['receptionist'],
    settings: ['phone', 'front-desk'],
    service: 'family-carer-access',
    summary: 'Calling for someone else? Offer family and carer access, so they can help in their own NHS App.',
    indicator: 'info',
    detail: [
      'Deal with today\'s call in the usual way first.',
      '"If they agree, you can use your own NHS App to order their medicines or book for them. It is called family and carer access."',
      'Both must be registered with us. The helper uses their own NHS App account.',
      'A helper cannot send us messages for them or change their nominated pharmacy.',
      'For a child, or an adult who cannot agree, follow our own process: ask the practice manager.',
    ],
    source: guidance('Benefits: easier participation for carers', SOURCES.familyCarer),
    reviewed,
    benefits: ['easier-for-carers', 'less-disruption'],
    questions: ['carer-use', 'family-how-to-apply', 'how-old', 'is-it-safe'],
    templates: ['family-carer-short', 'family-carer-full'],
    links: [{ label: 'Family and carer access help (practice setting)', url: '((family_access_url))' }, NHS_APP_HELP],
    cues: [],
    outcomes: STANDARD_OUTCOMES,
  },
  {
    id: 'reception-pharmacy-first',
    roles: ['receptionist'],
    settings: ['phone', 'front-desk'],
    service: 'pharmacy-first',
    summary: 'A common illness, or a service they can contact themselves? Offer Pharmacy First or self-referral.',
    indicator: 'info',
    detail: [
      'Follow your care navigation protocol first. Anything urgent goes the usual urgent way.',
      '"A pharmacist can treat this through Pharmacy First, often with no appointment. They will tell you if you need us."',
      'Some services take self-referrals, such as physio or NHS Talking Therapies. Our page lists them.',
      'Send the text so they have the link to hand.',
    ],
    source: both(SOURCES.pharmacyFirst, SOURCES.selfReferral),
    reviewed,
    benefits: ['less-disruption'],
    questions: ['pharmacy-first-what', 'self-referral-which', 'do-i-have-to'],
    templates: ['pharmacy-first-short', 'pharmacy-first-full', 'self-referral-short', 'self-referral-full'],
    links: [
      { label: 'Pharmacy First page (practice setting)', url: '((pharmacy_first_url))' },
      { label: 'Self-referral services page (practice setting)', url: '((self_referral_url))' },
    ],
    cues: [],
    outcomes: STANDARD_OUTCOMES,
  },
  {
    id: 'reception-overdue-review',
    roles: ['receptionist'],
    settings: ['phone', 'other'],
    service: 'reviews',
    summary: 'Someone overdue a review? Invite them to book it or fill in the review form online, with phone still open.',
    indicator: 'info',
    detail: [
      'The guidance names people overdue a review as a group worth a kind, targeted offer.',
      '"Your review is due. You can book it or fill in the form online, or we can book it now."',
      'The full text tells them to phone, not wait, if they feel unwell.',
      'Support, never pressure: if getting to reviews is hard, ask what would help. Booking by phone still works.',
    ],
    source: guidance('Informing patients: specific groups and regular communications'),
    reviewed,
    benefits: ['proactive-care', 'earlier-help', 'less-disruption'],
    questions: ['review-why', 'do-i-have-to', 'no-smartphone'],
    templates: ['review-due-short', 'review-due-full'],
    links: [{ label: 'Reviews page (practice setting)', url: '((reviews_url))' }],
    cues: ['recall-screen'],
    outcomes: STANDARD_OUTCOMES,
  },
  {
    id: 'reception-ask-question',
    roles: ['receptionist'],
    settings: ['phone', 'front-desk'],
    service: 'ask-reception',
    summary: 'A question about a letter, a form or their details? Next time they can ask us online.',
    indicator: 'info',
    detail: [
      'Answer today\'s question in the usual way first.',
      '"Next time, you can ask us questions like this using our online form. We will tell you what happens next within one working day."',
      'It is not for urgent problems: those are phoned through.',
      'Asking reception a question was one of the most common reasons patients used one surgery\'s online services.',
    ],
    source: guidance('Informing patients: common reasons for using online services', SOURCES.charter),
    reviewed,
    benefits: ['less-disruption', 'sensory-access'],
    questions: ['ask-reception-what', 'form-urgent', 'form-what-happens-next', 'do-i-have-to'],
    templates: ['ask-reception-short', 'ask-reception-full'],
    links: [{ label: 'Our online form', url: '((online_form_url))' }],
    cues: [],
    outcomes: STANDARD_OUTCOMES,
  },
  // Added in issue 17 (item 2): the guidance's targeted groups (src/catalogue/groups.ts). People overdue
  // a review have reception-overdue-review and people who need help getting online
  // reception-digital-support; this card is for people who missed an appointment.
  {
    id: 'reception-missed-appointment',
    roles: ['receptionist'],
    settings: ['phone', 'other'],
    service: 'appointments',
    summary: 'Someone missed an appointment? Check they are OK, help them book again, and offer cancelling online for next time.',
    indicator: 'info',
    detail: [
      'No blame: people miss appointments for many reasons, such as illness, caring, work, or a reminder that did not reach them.',
      '"We missed you at your appointment. We hope you are OK. Would you like to book another one?"',
      'Book again in the usual way first, if they still need it. If they sound unwell, deal with it the usual urgent way.',
      '"Next time, if you cannot come, you can cancel online in the NHS App or on our website. It only takes a minute."',
      'Check the mobile number we hold, and offer to turn on NHS App notifications, so reminders reach them.',
      'If going online is hard for them, phoning to cancel is fine too. Offer help getting online, never pressure.',
      'Sending the text while you work through the list of missed appointments, not on a call? Set where you are to Other, so these offers are counted apart from calls.',
    ],
    source: guidance('Informing patients: for specific groups (patients who do not attend booked appointments)', SOURCES.notifications),
    reviewed,
    benefits: ['less-disruption', 'easier-for-carers'],
    questions: ['cancel-appointment', 'which-appointments', 'do-i-have-to', 'no-smartphone', 'carer-use'],
    templates: ['missed-appointment-short', 'missed-appointment-full', 'appointments-cancel-short', 'nhs-app-notifications-short', 'digital-skills-short'],
    links: [{ label: 'Appointments page (practice setting)', url: '((appointments_url))' }],
    cues: ['missed-appointment-screen'],
    outcomes: STANDARD_OUTCOMES,
  },
];
