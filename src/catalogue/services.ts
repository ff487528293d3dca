/** The online services a GP surgery offers (from the guidance), one source of truth. */
export const SERVICE_IDS = [
  'nhs-app',
  'repeat-prescriptions',
  'test-results',
  'online-requests',
  'digital-skills',
] as const;

export type ServiceId = (typeof SERVICE_IDS)[number];

export interface Service {
  id: ServiceId;
  /** What patients call it. */
  name: string;
  /** What staff need to know, in a line. */
  staffDescription: string;
}

export const SERVICES: Record<ServiceId, Service> = {
  'nhs-app': {
    id: 'nhs-app',
    name: 'NHS App',
    staffDescription: 'Signing up to the NHS App with NHS login, for people aged 13 and over registered with a GP surgery in England.',
  },
  'repeat-prescriptions': {
    id: 'repeat-prescriptions',
    name: 'Ordering repeat prescriptions online',
    staffDescription: 'Ordering repeat medicines in the NHS App or on the surgery website instead of by phone or paper slip.',
  },
  'test-results': {
    id: 'test-results',
    name: 'Test results in the NHS App',
    staffDescription: 'Seeing test results, medicines and letters in the health record in the NHS App.',
  },
  'online-requests': {
    id: 'online-requests',
    name: 'Contacting the surgery online',
    staffDescription: "Sending the surgery a request with its online form; handled as promptly as a phone call. Not a video call.",
  },
  'digital-skills': {
    id: 'digital-skills',
    name: 'Help with digital skills',
    staffDescription: 'Local and national help for people who want support getting online, and the reassurance that phone and in person still work.',
  },
};
