import { EXAMPLE_PRACTICE, type PracticeSettings } from '@/src/settings/practice';

/**
 * A practice that has been set up, with a realistic name and links (longer than the example
 * surgery's). Not a real surgery: 01632 is a fictional area code, outside Ofcom's drama range.
 */
export const SET_UP_PRACTICE: PracticeSettings = {
  ...EXAMPLE_PRACTICE,
  surgeryName: 'Castle Mead Medical Centre',
  surgeryPhone: '01632 961234',
  websiteUrl: 'https://www.castlemeadmedicalcentre.nhs.uk',
  onlineFormUrl: 'https://florey.accurx.com/p/Y01234',
  repeatPrescriptionsUrl: 'https://www.castlemeadmedicalcentre.nhs.uk/prescriptions',
  appointmentsUrl: 'https://www.castlemeadmedicalcentre.nhs.uk/appointments',
  testResultsUrl: 'https://www.castlemeadmedicalcentre.nhs.uk/test-results',
  updateDetailsUrl: 'https://www.castlemeadmedicalcentre.nhs.uk/change-your-details',
  homeMonitoringUrl: 'https://www.castlemeadmedicalcentre.nhs.uk/blood-pressure',
  registrationUrl: 'https://www.castlemeadmedicalcentre.nhs.uk/register',
  fitNoteUrl: 'https://www.castlemeadmedicalcentre.nhs.uk/fit-notes',
  travelUrl: 'https://www.castlemeadmedicalcentre.nhs.uk/travel-health',
  pharmacyFirstUrl: 'https://www.castlemeadmedicalcentre.nhs.uk/pharmacy-first',
  selfReferralUrl: 'https://www.castlemeadmedicalcentre.nhs.uk/refer-yourself',
  reviewsUrl: 'https://www.castlemeadmedicalcentre.nhs.uk/reviews',
};
