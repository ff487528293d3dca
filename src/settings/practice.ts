/**
 * The practice's details that fill the templates.
 *
 * A fresh install has none of the surgery's own details: its name, phone number and its own pages
 * start empty ("not set yet"), and the panel refuses to send a text that needs one until the
 * practice is set up (src/settings/setup.ts; issue 11, content review finding 1). Links to national
 * pages (nhs.uk, digital-skills help) are real and start filled in. The fictional surgery of
 * EXAMPLE_PRACTICE is for training mode and previews only, never for a patient.
 */
export interface PracticeSettings {
  surgeryName: string;
  surgeryPhone: string;
  websiteUrl: string;
  onlineFormUrl: string;
  nhsAppUrl: string;
  repeatPrescriptionsUrl: string;
  appointmentsUrl: string;
  testResultsUrl: string;
  healthRecordUrl: string;
  updateDetailsUrl: string;
  homeMonitoringUrl: string;
  registrationUrl: string;
  fitNoteUrl: string;
  selfCareUrl: string;
  digitalSupportContact: string;
  digitalSupportUrl: string;
  /** The surgery's travel health page or travel form (vaccines, travel risk assessment). */
  travelUrl: string;
  /** The surgery's page on Pharmacy First (conditions a pharmacy can treat). */
  pharmacyFirstUrl: string;
  /** The surgery's page of services patients can refer themselves to (physiotherapy, talking therapies...). */
  selfReferralUrl: string;
  /** Where patients book a review or fill in a review form. */
  reviewsUrl: string;
  /** NHS App help on family and carer access. */
  familyAccessUrl: string;
  /** NHS App help on turning on notifications (messages from the surgery arrive in the app). */
  notificationsUrl: string;
  /** NHS App help on nominating a pharmacy. */
  nominatePharmacyUrl: string;
  /** Most message parts a text may use before the panel warns. */
  partLimit: number;
  countingRules: 'gsm' | 'notify';
}

/** Details only the practice can give: no default is safe to send, so they start empty. */
export const OWN_PRACTICE_FIELDS = [
  'surgeryName',
  'surgeryPhone',
  'websiteUrl',
  'onlineFormUrl',
  'repeatPrescriptionsUrl',
  'appointmentsUrl',
  'updateDetailsUrl',
  'homeMonitoringUrl',
  'registrationUrl',
  'fitNoteUrl',
  'travelUrl',
  'pharmacyFirstUrl',
  'selfReferralUrl',
  'reviewsUrl',
] as const satisfies readonly (keyof PracticeSettings)[];
export type OwnPracticeField = (typeof OWN_PRACTICE_FIELDS)[number];

export const DEFAULT_PRACTICE: PracticeSettings = {
  surgeryName: '',
  surgeryPhone: '',
  websiteUrl: '',
  onlineFormUrl: '',
  nhsAppUrl: 'https://www.nhs.uk/nhs-app/',
  repeatPrescriptionsUrl: '',
  appointmentsUrl: '',
  // NHS App help on results: the texts say "find out how" (content review section 3).
  testResultsUrl: 'https://www.nhs.uk/nhs-app/help/test-results/',
  healthRecordUrl: 'https://www.nhs.uk/nhs-app/help/health-records-in-the-nhs-app/gp-health-record/',
  updateDetailsUrl: '',
  homeMonitoringUrl: '',
  registrationUrl: '',
  fitNoteUrl: '',
  selfCareUrl: 'https://www.nhs.uk/conditions/',
  digitalSupportContact: 'our reception team',
  digitalSupportUrl: 'https://www.learnmyway.com',
  travelUrl: '',
  pharmacyFirstUrl: '',
  selfReferralUrl: '',
  reviewsUrl: '',
  familyAccessUrl: 'https://www.nhs.uk/nhs-app/help/profile/family-and-carer-access/',
  notificationsUrl: 'https://www.nhs.uk/nhs-app/help/profile/managing-notifications/',
  nominatePharmacyUrl: 'https://www.nhs.uk/nhs-app/help/prescriptions/nominating-a-pharmacy/',
  partLimit: 2,
  countingRules: 'gsm',
};

const SITE = 'https://www.riverside-surgery.example';

/**
 * A fictional surgery for training mode, previews and tests: a name no patient should ever see in a
 * text, Ofcom's drama phone range and the reserved `.example` domain (which never resolves).
 */
export const EXAMPLE_PRACTICE: PracticeSettings = {
  ...DEFAULT_PRACTICE,
  surgeryName: 'Riverside Surgery',
  surgeryPhone: '01632 960123',
  websiteUrl: SITE,
  onlineFormUrl: `${SITE}/contact-us`,
  repeatPrescriptionsUrl: `${SITE}/prescriptions`,
  appointmentsUrl: `${SITE}/appointments`,
  updateDetailsUrl: `${SITE}/change-your-details`,
  homeMonitoringUrl: `${SITE}/blood-pressure`,
  registrationUrl: `${SITE}/register`,
  fitNoteUrl: `${SITE}/fit-notes`,
  travelUrl: `${SITE}/travel`,
  pharmacyFirstUrl: `${SITE}/pharmacy-first`,
  selfReferralUrl: `${SITE}/refer-yourself`,
  reviewsUrl: `${SITE}/reviews`,
};

/**
 * Default links Nudge used to ship that have since moved (NHS App help moved under
 * https://www.nhs.uk/nhs-app/help/ in 2026), with where they went. Stored settings holding one are
 * updated (migrations/v3-to-v4.ts); a policy holding one is flagged on the set-up page.
 */
export const RETIRED_LINKS: Readonly<Record<string, string>> = {
  'https://www.nhs.uk/nhs-app/nhs-app-help-and-support/health-records-in-the-nhs-app/': 'https://www.nhs.uk/nhs-app/help/health-records-in-the-nhs-app/gp-health-record/',
  'https://www.nhs.uk/nhs-app/nhs-app-help-and-support/': 'https://www.nhs.uk/nhs-app/help/',
};
