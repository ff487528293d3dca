/** The practice's details that fill the templates. Defaults are a fictional surgery. */
export interface PracticeSettings {
  surgeryName: string;
  surgeryPhone: string;
  websiteUrl: string;
  onlineFormUrl: string;
  nhsAppUrl: string;
  repeatPrescriptionsUrl: string;
  testResultsUrl: string;
  digitalSupportContact: string;
  digitalSupportUrl: string;
  /** Most message parts a text may use before the panel warns. */
  partLimit: number;
  countingRules: 'gsm' | 'notify';
}

export const DEFAULT_PRACTICE: PracticeSettings = {
  surgeryName: 'Riverside Surgery',
  surgeryPhone: '01632 960123',
  websiteUrl: 'https://www.riverside-surgery.example',
  onlineFormUrl: 'https://www.riverside-surgery.example/contact-us',
  nhsAppUrl: 'https://www.nhs.uk/nhs-app/',
  repeatPrescriptionsUrl: 'https://www.riverside-surgery.example/prescriptions',
  testResultsUrl: 'https://www.nhs.uk/nhs-app/nhs-app-help-and-support/health-records-in-the-nhs-app/',
  digitalSupportContact: 'our reception team',
  digitalSupportUrl: 'https://www.learnmyway.com',
  partLimit: 2,
  countingRules: 'gsm',
};
