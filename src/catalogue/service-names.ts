/**
 * The services' ids and the names patients call them: all the side panel needs at start (its texts
 * list and search name each text's service). Everything else about a service (what staff need to
 * know, benefits, questions, sources) is in services.ts, which takes its names from here.
 */

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
  // Added in issue 11 (content review section 5).
  'travel',
  'family-carer-access',
  'nhs-app-messages',
  'pharmacy-nomination',
  'pharmacy-first',
  'self-referral',
  'reviews',
  'ask-reception',
  'accessible-formats',
] as const;

export type ServiceId = (typeof SERVICE_IDS)[number];

/** What patients call each service (patient-facing: NHS content style). */
export const SERVICE_NAMES: Record<ServiceId, string> = {
  'nhs-app': 'NHS App',
  'self-care': 'Health information and self-care',
  'repeat-prescriptions': 'Ordering repeat prescriptions online',
  appointments: 'Booking and cancelling appointments online',
  'test-results': 'Test results in the NHS App',
  'health-record': 'Your health record in the NHS App',
  'full-record': 'Your full health record',
  'update-details': 'Updating your details online',
  'text-messages': 'Text messages from your GP surgery',
  'online-requests': 'Contacting us using our online form',
  'home-monitoring': 'Sending us readings from home',
  'video-consultations': 'Video appointments',
  'fit-notes': 'Asking for a fit note online',
  registration: 'Registering with us',
  'digital-skills': 'Help with digital skills',
  travel: 'Travel vaccines and advice',
  'family-carer-access': 'Family and carer access in the NHS App',
  'nhs-app-messages': 'Messages from us in the NHS App',
  'pharmacy-nomination': 'Choosing your pharmacy',
  'pharmacy-first': 'Pharmacy First',
  'self-referral': 'Services you can refer yourself to',
  reviews: 'Booking your review online',
  'ask-reception': 'Asking our reception team a question',
  'accessible-formats': 'Information in a format or language that suits you',
};

/** What patients call a service, or the id itself for one this version does not know (from an imported file, say). */
export function serviceName(id: string): string {
  return Object.prototype.hasOwnProperty.call(SERVICE_NAMES, id) ? SERVICE_NAMES[id as ServiceId] : id;
}
