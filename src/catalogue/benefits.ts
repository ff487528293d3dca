/**
 * The benefits of online services that the guidance lists (its summary of benefits for patients
 * and practices). Its benefit-by-service grid did not survive as text, so each service's benefits
 * (services.ts) are mapped from the guidance's narrative instead.
 */
import { SOURCES, dec2026, type Provenance } from './sources';

export const BENEFIT_IDS = [
  'more-involved',
  'easier-for-carers',
  'sensory-access',
  'less-disruption',
  'lighter-workload',
  'safer-prescribing',
  'information-sharing',
  'embarrassing-problems',
  'shared-decisions',
  'proactive-care',
  'earlier-help',
] as const;

export type BenefitId = (typeof BENEFIT_IDS)[number];

export interface Benefit extends Provenance {
  id: BenefitId;
  /** A short label for staff ("Easier for carers"). */
  label: string;
  /** Who gains: the patient (and their carer), the surgery, or both. */
  for: 'patient' | 'surgery' | 'both';
  /** Why it is a benefit, for staff training and the dashboard. */
  staffNote: string;
  /** One sentence staff can say to a patient, or '' when it is a benefit to the surgery only. */
  say: string;
}

export const BENEFITS: Record<BenefitId, Benefit> = {
  'more-involved': {
    id: 'more-involved',
    label: 'More involved in their own care',
    for: 'patient',
    staffNote:
      'Seeing their own information helps patients understand their conditions and stick to agreed plans, and come to appointments better prepared.',
    say: 'When you can see your own health record, you know more about your health and get more from your visits.',
    ...dec2026(SOURCES.guidance),
  },
  'easier-for-carers': {
    id: 'easier-for-carers',
    label: 'Easier for carers',
    for: 'patient',
    staffNote:
      'Carers can arrange care and keep up with tests and referrals without bringing the patient in or waiting on the phone.',
    say: 'If someone helps look after you, they can do some of this for you. They can do it if you agree, with no wait on the phone.',
    ...dec2026(SOURCES.guidance),
  },
  'sensory-access': {
    id: 'sensory-access',
    label: 'Better access for people with sensory impairment',
    for: 'patient',
    staffNote:
      'Writing and reading at their own pace suits people who find phone calls hard, for example because of hearing loss, and people still learning English.',
    say: 'You can read and write at your own pace, with no phone call needed.',
    ...dec2026(SOURCES.guidance),
  },
  'less-disruption': {
    id: 'less-disruption',
    label: 'Less disruption to daily life',
    for: 'patient',
    staffNote: 'No phone queue and no time off work: patients do it when it suits them.',
    say: 'You can do it at a time that suits you, without waiting on the phone or taking time off work.',
    ...dec2026(SOURCES.guidance),
  },
  'lighter-workload': {
    id: 'lighter-workload',
    label: 'Lighter workload for the surgery',
    for: 'surgery',
    staffNote:
      'Fewer calls for routine tasks frees staff time: one surgery halved its test-result calls (50 to 25 a day), about 75 staff minutes a day.',
    say: '',
    ...dec2026(SOURCES.guidance),
  },
  'safer-prescribing': {
    id: 'safer-prescribing',
    label: 'Safer prescribing',
    for: 'both',
    staffNote: 'Ordering repeat medicines digitally reduces the risk of prescribing errors.',
    say: 'If you order online, it is less likely that your medicines get mixed up.',
    ...dec2026(SOURCES.guidance),
  },
  'information-sharing': {
    id: 'information-sharing',
    label: 'Information shared between services',
    for: 'both',
    staffNote: 'Patients with access to their record can share information with other health and care staff.',
    say: 'You can show your record to other nurses and doctors, such as in hospital.',
    ...dec2026(SOURCES.guidance),
  },
  'embarrassing-problems': {
    id: 'embarrassing-problems',
    label: 'Easier to raise embarrassing problems',
    for: 'patient',
    staffNote:
      'Some patients find it easier to describe personal or stigmatised symptoms fully in writing than at the desk or on the phone.',
    say: 'It can be easier to write about something private than to say it out loud.',
    ...dec2026(SOURCES.guidance),
  },
  'shared-decisions': {
    id: 'shared-decisions',
    label: 'Supports shared decisions',
    for: 'both',
    staffNote: 'Patients who can read their record share decisions about their care with clinicians more easily.',
    say: 'When you see your record, it is easier for us to make plans for your care with you.',
    ...dec2026(SOURCES.guidance),
  },
  'proactive-care': {
    id: 'proactive-care',
    label: 'More proactive care',
    for: 'both',
    staffNote:
      'Text reminders, video and home monitoring let clinicians keep an eye on people with complex needs, including housebound patients and care home residents.',
    say: 'We can keep an eye on how you are doing and remind you when something is due.',
    ...dec2026(SOURCES.guidance),
  },
  'earlier-help': {
    id: 'earlier-help',
    label: 'Earlier help when a condition flares up',
    for: 'patient',
    staffNote: 'Regular readings from home show changes early, so clinicians can act before a condition gets worse.',
    say: 'If your readings change, we can spot it early and help sooner.',
    ...dec2026(SOURCES.guidance),
  },
};
