import type { PlaceholderName } from '../templates/render';
import type { ServiceId } from './services';

/** A ready-worded text message. `body` uses ((placeholders)); see src/templates/render.ts. */
export interface Template {
  id: string;
  service: ServiceId;
  /** What staff see in the panel: the one thing the text asks the patient to do. */
  title: string;
  length: 'short' | 'full';
  language: string;
  body: string;
  /**
   * True when the text fits one message part (160 GSM-7 characters) with the default practice
   * settings and a first name of up to 10 letters. tests/unit/catalogue.test.ts holds us to it.
   */
  onePart?: boolean;
  /** The placeholder holding the text's main link (for the QR code and print view). */
  link?: PlaceholderName;
  /** What the text is for when it is not offering a service itself. */
  purpose?: 'offer' | 'reassurance' | 'support';
}

/**
 * The default pack. Every sentence written for Nudge from the facts in CONTENT.md, in NHS content
 * style: says who it is from, one clear action, a full link, GSM-7 characters only (straight
 * quotes, no dashes), "GP surgery", "health record", "text message", "online form".
 */
export const DEFAULT_TEMPLATES: Template[] = [
  // NHS App and NHS login
  {
    id: 'nhs-app-signup-short',
    service: 'nhs-app',
    title: 'Sign up to the NHS App',
    length: 'short',
    language: 'en',
    link: 'nhs_app_url',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). You can order repeat prescriptions, see your health record and contact us in the NHS App. Get it at ((nhs_app_url))',
  },
  {
    id: 'nhs-app-one-part',
    service: 'nhs-app',
    title: 'Get the NHS App (one part)',
    length: 'short',
    language: 'en',
    onePart: true,
    link: 'nhs_app_url',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). Get the free NHS App to order medicines, see your health record and contact us: ((nhs_app_url))',
  },
  {
    id: 'nhs-app-signup-full',
    service: 'nhs-app',
    title: 'The NHS App: what it does and who can use it',
    length: 'full',
    language: 'en',
    link: 'nhs_app_url',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nIn the free NHS App you can order repeat prescriptions, book some appointments, see your health record and contact us.\nIt is for anyone 13 or over registered with a GP surgery in England. Get it at ((nhs_app_url))\nYou can still phone or come in.',
  },

  // Signposting and self-care
  {
    id: 'condition-info-short',
    service: 'self-care',
    title: 'Information about your condition, instead of a leaflet',
    length: 'short',
    language: 'en',
    onePart: true,
    link: 'self_care_url',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). Here is the information we talked about today, on the NHS website: ((self_care_url))',
  },
  {
    id: 'condition-info-full',
    service: 'self-care',
    title: 'Information about your condition and when to get help',
    length: 'full',
    language: 'en',
    link: 'self_care_url',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nAs we talked about today, the NHS website explains your condition, its treatment, how to look after yourself and when to get more help: ((self_care_url))\nKeep this text message to read again when you need it. If you have questions, contact us.',
  },
  {
    id: 'self-care-short',
    service: 'self-care',
    title: 'Look after yourself and know when to get help',
    length: 'short',
    language: 'en',
    onePart: true,
    link: 'self_care_url',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). For advice on common illnesses and when to get help, see the NHS website: ((self_care_url))',
  },

  // Repeat prescriptions
  {
    id: 'repeat-prescriptions-short',
    service: 'repeat-prescriptions',
    title: 'Order repeat prescriptions online',
    length: 'short',
    language: 'en',
    onePart: true,
    link: 'repeat_prescriptions_url',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). You can order repeat medicines online, no phone call needed: ((repeat_prescriptions_url))',
  },
  {
    id: 'repeat-prescriptions-full',
    service: 'repeat-prescriptions',
    title: 'Repeat medicines online: how to order and why it helps',
    length: 'full',
    language: 'en',
    link: 'repeat_prescriptions_url',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nYou can order repeat medicines in the NHS App or on our website, at any time. There is no phone queue, and ordering online means fewer mix-ups with medicines.\nOrder a few working days before you run low: ((repeat_prescriptions_url))',
  },

  // Booking and cancelling appointments
  {
    id: 'appointments-short',
    service: 'appointments',
    title: 'Book and cancel appointments online',
    length: 'short',
    language: 'en',
    onePart: true,
    link: 'appointments_url',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). You can book and cancel some appointments online, at any time: ((appointments_url))',
  },
  {
    id: 'appointments-cancel-short',
    service: 'appointments',
    title: 'Cancel online if you cannot come',
    length: 'short',
    language: 'en',
    onePart: true,
    link: 'appointments_url',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). If you cannot come to an appointment, you can cancel it online: ((appointments_url))',
  },
  {
    id: 'appointments-full',
    service: 'appointments',
    title: 'Appointments online: how booking and cancelling work',
    length: 'full',
    language: 'en',
    link: 'appointments_url',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nYou can book and cancel some appointments in the NHS App or on our website, at any time, with no phone queue.\nIf you cannot come, cancelling online means someone else can have the appointment.\nFind out how: ((appointments_url))',
  },

  // Test results
  {
    id: 'test-results-short',
    service: 'test-results',
    title: 'See test results in the NHS App',
    length: 'short',
    language: 'en',
    onePart: true,
    link: 'test_results_url',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). You can see your test results in the NHS App. Find out how: ((test_results_url))',
  },
  {
    id: 'test-results-full',
    service: 'test-results',
    title: 'Test results in the NHS App, with no need to phone',
    length: 'full',
    language: 'en',
    link: 'test_results_url',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nYou can see your test results in the NHS App, usually once a clinician here has looked at them. You do not need to phone us to find out.\nIf you have a question about a result, contact us.\nFind out how: ((test_results_url))',
  },

  // Seeing the health record
  {
    id: 'health-record-short',
    service: 'health-record',
    title: 'See your health record in the NHS App',
    length: 'short',
    language: 'en',
    onePart: true,
    link: 'nhs_app_url',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). See your medicines, vaccinations, test results and letters in the NHS App: ((nhs_app_url))',
  },
  {
    id: 'health-record-full',
    service: 'health-record',
    title: 'Where to find things in your health record',
    length: 'full',
    language: 'en',
    link: 'health_record_url',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nYour health record in the NHS App shows your medicines, allergies, vaccinations, test results and letters from hospitals and other services.\nFind out where to look for each one: ((health_record_url))',
  },

  // The full record
  {
    id: 'full-record-short',
    service: 'full-record',
    title: 'Ask to see your full health record',
    length: 'short',
    language: 'en',
    onePart: true,
    link: 'online_form_url',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). To see older entries in your health record too, ask us here: ((online_form_url))',
  },
  {
    id: 'full-record-full',
    service: 'full-record',
    title: 'Older entries in your health record: how to ask',
    length: 'full',
    language: 'en',
    link: 'online_form_url',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nThe NHS App shows recent entries in your health record. If you would like to see older entries too, ask us using our online form: ((online_form_url))\nWe may need to check your record first, so it can take a little time.',
  },

  // Updating personal details
  {
    id: 'update-details-short',
    service: 'update-details',
    title: 'Tell us about a change of name or address online',
    length: 'short',
    language: 'en',
    onePart: true,
    link: 'update_details_url',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). New address, name or phone number? Tell us online: ((update_details_url))',
  },
  {
    id: 'update-details-full',
    service: 'update-details',
    title: 'Keep your details up to date online',
    length: 'full',
    language: 'en',
    link: 'update_details_url',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nIf you move house, change your name or get a new phone number or email address, you can tell us online: ((update_details_url))\nUp-to-date details mean our reminders and letters reach you.',
  },

  // Text messages
  {
    id: 'text-messages-short',
    service: 'text-messages',
    title: 'Keep your mobile number up to date for our text messages',
    length: 'short',
    language: 'en',
    onePart: true,
    link: 'update_details_url',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). New mobile number? Tell us so you get our text messages: ((update_details_url))',
  },
  {
    id: 'text-messages-full',
    service: 'text-messages',
    title: 'What our text messages are for and how to spot a real one',
    length: 'full',
    language: 'en',
    link: 'update_details_url',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nWe send text messages to remind you about appointments and reviews. Our texts always name the surgery and never ask for bank details.\nIf your mobile number changes, please tell us: ((update_details_url))',
  },

  // Online requests for care or advice
  {
    id: 'online-form-short',
    service: 'online-requests',
    title: 'Contact us using our online form',
    length: 'short',
    language: 'en',
    onePart: true,
    link: 'online_form_url',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). You can contact us at any time using our online form: ((online_form_url))',
  },
  {
    id: 'online-form-follow-up-short',
    service: 'online-requests',
    title: 'Use our online form for your follow-up',
    length: 'short',
    language: 'en',
    onePart: true,
    link: 'online_form_url',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). For your follow-up, send us a request using our online form: ((online_form_url))',
  },
  {
    id: 'online-form-full',
    service: 'online-requests',
    title: 'Our online form: what happens after you send it',
    length: 'full',
    language: 'en',
    link: 'online_form_url',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nSend us a question or request using our online form: ((online_form_url))\nWe answer it as quickly as a phone call and tell you what happens next. It is not a video call.\nFor something urgent, phone us. In an emergency, call 999.',
  },

  // Home monitoring
  {
    id: 'home-monitoring-short',
    service: 'home-monitoring',
    title: 'Send us your readings from home',
    length: 'short',
    language: 'en',
    onePart: true,
    link: 'home_monitoring_url',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). Send us your home readings, like blood pressure, online: ((home_monitoring_url))',
  },
  {
    id: 'home-monitoring-full',
    service: 'home-monitoring',
    title: 'Home readings such as blood pressure: why they help',
    length: 'full',
    language: 'en',
    link: 'home_monitoring_url',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nYou can take readings at home, such as your blood pressure, weight or peak flow, and send them to us online. We can then spot changes early, with fewer trips to see us.\nFind out how: ((home_monitoring_url))',
  },

  // Video consultations
  {
    id: 'video-short',
    service: 'video-consultations',
    title: 'Video appointments from home',
    length: 'short',
    language: 'en',
    onePart: true,
    link: 'appointments_url',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). Some appointments with us can be by video, from home: ((appointments_url))',
  },
  {
    id: 'video-full',
    service: 'video-consultations',
    title: 'Video appointments: what you need',
    length: 'full',
    language: 'en',
    link: 'appointments_url',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nWhen it suits your problem, you can see a clinician by video from home. You need a phone, tablet or computer with a camera. We send you a link by text message at the time.\nFind out more: ((appointments_url))',
  },

  // Fit notes
  {
    id: 'fit-note-short',
    service: 'fit-notes',
    title: 'Ask for a fit note online',
    length: 'short',
    language: 'en',
    onePart: true,
    link: 'fit_note_url',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). Need a fit note? You can ask for one using our online form: ((fit_note_url))',
  },
  {
    id: 'fit-note-full',
    service: 'fit-notes',
    title: 'Fit notes online, and when you need one',
    length: 'full',
    language: 'en',
    link: 'fit_note_url',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nYou can ask us for a fit note (sick note) using our online form, with no need to phone: ((fit_note_url))\nFor the first 7 days off sick you do not need one from us: you can fill in a self-certification form instead.',
  },

  // Registration
  {
    id: 'registration-short',
    service: 'registration',
    title: 'Register with us and sign up to GP online services',
    length: 'short',
    language: 'en',
    onePart: true,
    link: 'registration_url',
    body:
      'Hello ((first_name|there)), welcome to ((surgery_name)). Register with us and sign up to GP online services here: ((registration_url))',
  },
  {
    id: 'registration-full',
    service: 'registration',
    title: 'Registering with us: online services included',
    length: 'full',
    language: 'en',
    link: 'registration_url',
    body:
      'Hello ((first_name|there)), welcome to ((surgery_name)).\nYou can register with us online: ((registration_url))\nYou do not need proof of address or ID. When you register, you can also sign up to GP online services to use the NHS App with us. You can say no and sign up later.',
  },

  // Help with digital skills and the reassurance that phone and in person still work
  {
    id: 'digital-skills-short',
    service: 'digital-skills',
    title: 'Help getting online',
    length: 'short',
    language: 'en',
    onePart: true,
    purpose: 'support',
    link: 'digital_support_url',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). Free help to get online, at your own pace: ((digital_support_url)) You can still phone us or come in.',
  },
  {
    id: 'digital-skills-full',
    service: 'digital-skills',
    title: 'Free courses and local help to get online',
    length: 'full',
    language: 'en',
    purpose: 'support',
    link: 'digital_support_url',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nIf you would like help using the internet or the NHS App, there are free courses at ((digital_support_url))\nLocal libraries and Age UK help people get online too, or ask ((digital_support_contact)).\nYou can always still phone us or come in.',
  },
  {
    id: 'phone-or-visit-short',
    service: 'digital-skills',
    title: 'Reassurance: phoning and coming in still work',
    length: 'short',
    language: 'en',
    onePart: true,
    purpose: 'reassurance',
    link: 'website_url',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). Online is one way to reach us. You can still phone or come in: ((website_url))',
  },
  {
    id: 'phone-or-visit-full',
    service: 'digital-skills',
    title: 'Every way to contact us, and the same care whichever you choose',
    length: 'full',
    language: 'en',
    purpose: 'reassurance',
    link: 'website_url',
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nYou can contact us online, by phone on ((surgery_phone)) or in person. Whichever you choose, you get the same care and we answer just as quickly.\nAll the ways to reach us are on our website: ((website_url))',
  },
];
