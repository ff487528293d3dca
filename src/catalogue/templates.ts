import type { ServiceId } from './services';

/** A ready-worded text message. `body` uses ((placeholders)); see src/templates/render.ts. */
export interface Template {
  id: string;
  service: ServiceId;
  title: string;
  length: 'short' | 'full';
  language: string;
  body: string;
}

/** The first templates of the default pack. Every sentence written for Nudge from the facts in CONTENT.md. */
export const DEFAULT_TEMPLATES: Template[] = [
  {
    id: 'nhs-app-signup-short',
    service: 'nhs-app',
    title: 'Sign up to the NHS App',
    length: 'short',
    language: 'en',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). You can order repeat prescriptions, see your health record and contact us in the NHS App. Get it at ((nhs_app_url))',
  },
  {
    id: 'repeat-prescriptions-short',
    service: 'repeat-prescriptions',
    title: 'Order repeat prescriptions online',
    length: 'short',
    language: 'en',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). Next time, you can order your repeat medicines online without phoning us: ((repeat_prescriptions_url))',
  },
  {
    id: 'test-results-short',
    service: 'test-results',
    title: 'See test results in the NHS App',
    length: 'short',
    language: 'en',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). You can see your test results in the NHS App, usually as soon as we have checked them. Find out how: ((test_results_url))',
  },
  {
    id: 'online-form-short',
    service: 'online-requests',
    title: 'Contact us using our online form',
    length: 'short',
    language: 'en',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). You can contact us any time using our online form and we will reply as quickly as we would to a phone call: ((online_form_url))',
  },
  {
    id: 'digital-skills-short',
    service: 'digital-skills',
    title: 'Help getting online',
    length: 'short',
    language: 'en',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). If you would like help using the internet, free courses are at ((digital_support_url)) or ask ((digital_support_contact)). You can still phone us or come in.',
  },
];
