/** The practice's details that fill the templates. Defaults are a fictional surgery. */
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
  /** Most message parts a text may use before the panel warns. */
  partLimit: number;
  countingRules: 'gsm' | 'notify';
}

const SITE = 'https://www.riverside-surgery.example';

export const DEFAULT_PRACTICE: PracticeSettings = {
  surgeryName: 'Riverside Surgery',
  surgeryPhone: '01632 960123',
  websiteUrl: SITE,
  onlineFormUrl: `${SITE}/contact-us`,
  nhsAppUrl: 'https://www.nhs.uk/nhs-app/',
  repeatPrescriptionsUrl: `${SITE}/prescriptions`,
  appointmentsUrl: `${SITE}/appointments`,
  testResultsUrl: `${SITE}/test-results`,
  healthRecordUrl: 'https://www.nhs.uk/nhs-app/nhs-app-help-and-support/health-records-in-the-nhs-app/',
  updateDetailsUrl: `${SITE}/change-your-details`,
  homeMonitoringUrl: `${SITE}/blood-pressure`,
  registrationUrl: `${SITE}/register`,
  fitNoteUrl: `${SITE}/fit-notes`,
  selfCareUrl: 'https://www.nhs.uk/conditions/',
  digitalSupportContact: 'our reception team',
  digitalSupportUrl: 'https://www.learnmyway.com',
  partLimit: 2,
  countingRules: 'gsm',
};
