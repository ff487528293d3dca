import type { PlaceholderName } from '../templates/render';
import type { ServiceId } from './services';
import { SOURCES, both, dec2026, type Provenance } from './sources';

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
   * True when the text fits one message part (160 GSM-7 characters) with a first name of up to 10
   * letters, both for the example surgery and for a realistic one with a long name and long links
   * (tests/unit/practice-fixture.ts). tests/unit/catalogue.test.ts holds us to it; the panel
   * counts each text as rendered with the practice's own details. Never said in a title: a longer
   * surgery name or link can make it two parts, and only the panel's count knows (issue 11, item 5).
   */
  onePart?: boolean;
  /** The placeholder holding the text's main link (for the QR code and print view). */
  link?: PlaceholderName;
  /** What the text is for when it is not offering a service itself. */
  purpose?: 'offer' | 'reassurance' | 'support';
}

/** A text of the default pack: with where its facts come from and when it was last reviewed. */
export type DefaultTemplate = Template & Provenance;

/**
 * The default pack. Every sentence written for Nudge from the facts in CONTENT.md, in NHS content
 * style: says who it is from, one clear action, a full link, GSM-7 characters only (straight
 * quotes, no dashes), "GP surgery", "health record", "text message", "online form".
 */
export const DEFAULT_TEMPLATES: DefaultTemplate[] = [
  // NHS App and NHS login
  {
    id: 'nhs-app-signup-short',
    service: 'nhs-app',
    title: 'Sign up to the NHS App',
    length: 'short',
    language: 'en',
    link: 'nhs_app_url',
    ...dec2026(SOURCES.guidance),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). You can order repeat prescriptions, see your health record and contact us in the NHS App. Get it at ((nhs_app_url))',
  },
  {
    id: 'nhs-app-one-part',
    service: 'nhs-app',
    title: 'Get the NHS App (shortest text)',
    length: 'short',
    language: 'en',
    onePart: true,
    link: 'nhs_app_url',
    ...dec2026(SOURCES.guidance),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). Get the NHS App to order medicines, see your health record and contact us: ((nhs_app_url))',
  },
  {
    id: 'nhs-app-signup-full',
    service: 'nhs-app',
    title: 'The NHS App: what it does and who can use it',
    length: 'full',
    language: 'en',
    link: 'nhs_app_url',
    ...dec2026(both(SOURCES.nhsAppGuide, SOURCES.under16)),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nIn the free NHS App you can order repeat prescriptions, book some appointments and see your health record.\nIt is for people aged 13 and over. If you are 13 to 15, ask us first.\nGet it at ((nhs_app_url))\nYou can still phone or come in.',
  },

  // NHS App messages and notifications
  {
    id: 'nhs-app-notifications-short',
    service: 'nhs-app-messages',
    title: 'Turn on NHS App notifications',
    length: 'short',
    language: 'en',
    link: 'notifications_url',
    ...dec2026(SOURCES.notifications),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). We may send you messages in the NHS App. Turn on notifications so you know when one comes: ((notifications_url))',
  },
  {
    id: 'nhs-app-notifications-full',
    service: 'nhs-app-messages',
    title: 'Messages from us in the NHS App, and how to see them',
    length: 'full',
    language: 'en',
    link: 'notifications_url',
    ...dec2026(SOURCES.notifications),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nWe may send you messages in the NHS App instead of texts, such as reminders.\nTurn on notifications so you know when one comes: ((notifications_url))\nIf you do not use the app, we can still text you.',
  },

  // Signposting and self-care
  {
    id: 'condition-info-short',
    service: 'self-care',
    title: 'Information about your condition, instead of a leaflet',
    length: 'short',
    language: 'en',
    link: 'condition_url',
    ...dec2026(both(SOURCES.guidance, SOURCES.review)),
    body: 'Hello ((first_name|there)), this is ((surgery_name)). Here is the NHS web page we talked about today: ((condition_url))',
  },
  {
    id: 'condition-info-full',
    service: 'self-care',
    title: 'Information about your condition and when to get help',
    length: 'full',
    language: 'en',
    link: 'condition_url',
    ...dec2026(both(SOURCES.guidance, SOURCES.charter)),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nHere is the NHS web page we talked about today: ((condition_url))\nKeep this text to read again.\nIf you get worse, phone us, or call 111 when we are closed. In a life-threatening emergency, call 999.',
  },
  {
    id: 'self-care-short',
    service: 'self-care',
    title: 'Look after yourself and know when to get help',
    length: 'short',
    language: 'en',
    onePart: true,
    link: 'self_care_url',
    ...dec2026(SOURCES.guidance),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). For advice on common illnesses and when to get help, see the NHS website: ((self_care_url))',
  },

  // Pharmacy First and services patients can refer themselves to
  {
    id: 'pharmacy-first-short',
    service: 'pharmacy-first',
    title: 'Pharmacy First: see a pharmacist, no GP appointment needed',
    length: 'short',
    language: 'en',
    link: 'pharmacy_first_url',
    ...dec2026(SOURCES.pharmacyFirst),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). A pharmacist can treat some common illnesses, with no need to see a GP first. Find out more: ((pharmacy_first_url))',
  },
  {
    id: 'pharmacy-first-full',
    service: 'pharmacy-first',
    title: 'What a pharmacist can do for you, and when they send you to us',
    length: 'full',
    language: 'en',
    link: 'pharmacy_first_url',
    ...dec2026(SOURCES.pharmacyFirst),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nWith Pharmacy First, a pharmacist can treat some common illnesses. You do not need to see a GP first, or book.\nSee what they can help with: ((pharmacy_first_url))\nIf you need to see us, they will tell you.',
  },
  {
    id: 'self-referral-short',
    service: 'self-referral',
    title: 'Services you can contact without seeing a GP',
    length: 'short',
    language: 'en',
    link: 'self_referral_url',
    ...dec2026(SOURCES.selfReferral),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). You can refer yourself to some NHS services, such as physio, without seeing a GP first: ((self_referral_url))',
  },
  {
    id: 'self-referral-full',
    service: 'self-referral',
    title: 'Refer yourself: physio, talking therapies, foot care and more',
    length: 'full',
    language: 'en',
    link: 'self_referral_url',
    ...dec2026(SOURCES.selfReferral),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nYou do not always need to see a GP first. You can contact some NHS services yourself, such as physio, NHS Talking Therapies, foot care and maternity care.\nSee which ones and how: ((self_referral_url))',
  },

  // Repeat prescriptions and nominating a pharmacy
  {
    id: 'repeat-prescriptions-short',
    service: 'repeat-prescriptions',
    title: 'Order repeat prescriptions online',
    length: 'short',
    language: 'en',
    link: 'repeat_prescriptions_url',
    ...dec2026(SOURCES.guidance),
    body: 'Hello ((first_name|there)), this is ((surgery_name)). You can order your repeat medicines online, with no need to phone: ((repeat_prescriptions_url))',
  },
  {
    id: 'repeat-prescriptions-full',
    service: 'repeat-prescriptions',
    title: 'Repeat medicines online: how to order and why it helps',
    length: 'full',
    language: 'en',
    link: 'repeat_prescriptions_url',
    ...dec2026(SOURCES.guidance),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nYou can order repeat medicines in the NHS App or on our website. There is no phone queue, and ordering online means fewer mix-ups with medicines.\nOrder a few working days before you run low: ((repeat_prescriptions_url))',
  },
  {
    id: 'nominate-pharmacy-short',
    service: 'pharmacy-nomination',
    title: 'Choose the pharmacy your prescriptions go to',
    length: 'short',
    language: 'en',
    link: 'nominate_pharmacy_url',
    ...dec2026(SOURCES.nominatePharmacy),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). In the NHS App you can choose which pharmacy we send your prescriptions to: ((nominate_pharmacy_url))',
  },
  {
    id: 'nominate-pharmacy-full',
    service: 'pharmacy-nomination',
    title: 'Nominate a pharmacy near home or work, or one that delivers',
    length: 'full',
    language: 'en',
    link: 'nominate_pharmacy_url',
    ...dec2026(SOURCES.nominatePharmacy),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nIn the NHS App you can choose the pharmacy we send your prescriptions to: one near home or work, or online with delivery.\nFind out how: ((nominate_pharmacy_url))',
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
    ...dec2026(SOURCES.guidance),
    body: 'Hello ((first_name|there)), this is ((surgery_name)). You can book and cancel some appointments online: ((appointments_url))',
  },
  {
    id: 'appointments-cancel-short',
    service: 'appointments',
    title: 'Cancel online if you cannot come',
    length: 'short',
    language: 'en',
    link: 'appointments_url',
    ...dec2026(SOURCES.guidance),
    body: 'Hello ((first_name|there)), this is ((surgery_name)). If you cannot come to your appointment, you can cancel it online: ((appointments_url))',
  },
  {
    id: 'appointments-full',
    service: 'appointments',
    title: 'Appointments online: how booking and cancelling work',
    length: 'full',
    language: 'en',
    link: 'appointments_url',
    ...dec2026(SOURCES.guidance),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nYou can book and cancel some appointments in the NHS App or on our website, with no phone queue.\nIf you cannot come, cancel online so someone else can have the appointment.\nFind out how: ((appointments_url))',
  },

  // People who missed an appointment (the guidance's targeted groups, issue 17 item 2): a kind word and
  // the way back, never blame; the full text adds cancelling online for next time.
  {
    id: 'missed-appointment-short',
    service: 'appointments',
    title: 'Sorry we missed you: book again online or by phone',
    length: 'short',
    language: 'en',
    link: 'appointments_url',
    ...dec2026(SOURCES.guidance),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). We missed you at your recent appointment and hope all is well. To book again, go to ((appointments_url)) or phone us.',
  },
  {
    id: 'missed-appointment-full',
    service: 'appointments',
    title: 'After a missed appointment: book again, and cancel online next time',
    length: 'full',
    language: 'en',
    link: 'appointments_url',
    ...dec2026(SOURCES.guidance),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nWe missed you at your recent appointment and hope you are OK.\nTo book again, go to ((appointments_url)) or phone us.\nIf you cannot come next time, you can cancel online with the same link.',
  },

  // Reviews for people who are overdue one
  {
    id: 'review-due-short',
    service: 'reviews',
    title: 'Your review is due: book it online',
    length: 'short',
    language: 'en',
    link: 'reviews_url',
    ...dec2026(SOURCES.guidance),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). Your review with us is due. You can book it or fill in the review form online: ((reviews_url)) If you feel unwell, phone us, or call 111 when we are closed. In a life-threatening emergency, call 999.',
  },
  {
    id: 'review-due-full',
    service: 'reviews',
    title: 'Why your review matters, and how to do it online',
    length: 'full',
    language: 'en',
    link: 'reviews_url',
    ...dec2026(both(SOURCES.guidance, SOURCES.charter)),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nIt is time for your review of how you are and your medicines. Book it or fill in the form online: ((reviews_url))\nIf you feel unwell, phone us, or call 111 if we are closed. In a life-threatening emergency, call 999.',
  },

  // Test results
  {
    id: 'test-results-short',
    service: 'test-results',
    title: 'See test results in the NHS App',
    length: 'short',
    language: 'en',
    link: 'test_results_url',
    ...dec2026(SOURCES.testResults),
    body: 'Hello ((first_name|there)), this is ((surgery_name)). You can see your test results in the NHS App. Find out how: ((test_results_url))',
  },
  {
    id: 'test-results-full',
    service: 'test-results',
    title: 'Test results in the NHS App, with no need to phone',
    length: 'full',
    language: 'en',
    link: 'test_results_url',
    ...dec2026(SOURCES.testResults),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nYou can see results of tests we arranged in the NHS App, usually once a doctor or nurse here has looked at them. You do not need to phone us.\nQuestions about a result? Contact us.\nFind out how: ((test_results_url))',
  },

  // Seeing the health record
  {
    id: 'health-record-short',
    service: 'health-record',
    title: 'See your health record in the NHS App',
    length: 'short',
    language: 'en',
    link: 'nhs_app_url',
    ...dec2026(SOURCES.gpRecord),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). See your health record in the NHS App, with your medicines, test results, letters and notes from appointments: ((nhs_app_url))',
  },
  {
    id: 'health-record-full',
    service: 'health-record',
    title: 'Where to find things in your health record',
    length: 'full',
    language: 'en',
    link: 'health_record_url',
    ...dec2026(SOURCES.gpRecord),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nThe NHS App shows your health record, with notes from your appointments since late 2023.\nIf someone pushes you to show them your record, tell us.\nSee what is in it: ((health_record_url))',
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
    ...dec2026(SOURCES.gpRecord),
    body: 'Hello ((first_name|there)), this is ((surgery_name)). To see the older parts of your health record too, ask us here: ((online_form_url))',
  },
  {
    id: 'full-record-full',
    service: 'full-record',
    title: 'Older entries in your health record: how to ask',
    length: 'full',
    language: 'en',
    link: 'online_form_url',
    ...dec2026(SOURCES.gpRecord),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nThe NHS App shows what was added to your health record from late 2023. To see older entries too, ask us here: ((online_form_url))\nWe may need to check your record first, so it can take a few weeks.',
  },

  // Updating personal details
  {
    id: 'update-details-short',
    service: 'update-details',
    title: 'Tell us about a change of name or address online',
    length: 'short',
    language: 'en',
    link: 'update_details_url',
    ...dec2026(SOURCES.guidance),
    body: 'Hello ((first_name|there)), this is ((surgery_name)). New address, name or phone number? Tell us online: ((update_details_url))',
  },
  {
    id: 'update-details-full',
    service: 'update-details',
    title: 'Keep your details up to date online',
    length: 'full',
    language: 'en',
    link: 'update_details_url',
    ...dec2026(SOURCES.guidance),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nIf you move house, change your name or get a new phone number or email address, you can tell us online: ((update_details_url))\nThen our texts and letters will reach you.',
  },

  // Text messages
  {
    id: 'text-messages-short',
    service: 'text-messages',
    title: 'Keep your mobile number up to date for our text messages',
    length: 'short',
    language: 'en',
    link: 'update_details_url',
    ...dec2026(SOURCES.guidance),
    body: 'Hello ((first_name|there)), this is ((surgery_name)). New mobile number? Tell us so you get our text messages: ((update_details_url))',
  },
  {
    id: 'text-messages-full',
    service: 'text-messages',
    title: 'How to spot a real text from us',
    length: 'full',
    language: 'en',
    link: 'update_details_url',
    ...dec2026(both(SOURCES.review, SOURCES.notifications)),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nOur texts always give our name, and we never ask for bank details or passwords. Not sure a text is from us? Do not use its link: phone us.\nIf your mobile number changes, tell us: ((update_details_url))',
  },

  // Online requests for care or advice
  {
    id: 'online-form-short',
    service: 'online-requests',
    title: 'Contact us using our online form',
    length: 'short',
    language: 'en',
    link: 'online_form_url',
    ...dec2026(both(SOURCES.contract, SOURCES.charter)),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). For things that are not urgent, use our online form: ((online_form_url)) If it is urgent, phone us, or call 111 when we are closed. In a life-threatening emergency, call 999.',
  },
  {
    id: 'online-form-follow-up-short',
    service: 'online-requests',
    title: 'Use our online form for your follow-up',
    length: 'short',
    language: 'en',
    link: 'online_form_url',
    ...dec2026(both(SOURCES.guidance, SOURCES.charter)),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). For your follow-up, send us a request using our online form: ((online_form_url)) If you get worse, phone us, or call 111 when we are closed. In a life-threatening emergency, call 999.',
  },
  {
    id: 'online-form-full',
    service: 'online-requests',
    title: 'Our online form: what happens after you send it',
    length: 'full',
    language: 'en',
    link: 'online_form_url',
    ...dec2026(both(SOURCES.charter, SOURCES.contract)),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nFor anything not urgent, use our online form: ((online_form_url))\nWe will tell you what happens next within one working day.\nIf it is urgent, phone us, or call 111 when we are closed. In a life-threatening emergency, call 999.',
  },

  // Asking reception a question
  {
    id: 'ask-reception-short',
    service: 'ask-reception',
    title: 'Ask our reception team a question online',
    length: 'short',
    language: 'en',
    link: 'online_form_url',
    ...dec2026(both(SOURCES.guidance, SOURCES.contract)),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). A question for our reception team, such as about a letter or form? Ask us online: ((online_form_url)) If it is urgent, phone us, or call 111 when we are closed. In a life-threatening emergency, call 999.',
  },
  {
    id: 'ask-reception-full',
    service: 'ask-reception',
    title: 'Questions for reception: letters, forms and more, online',
    length: 'full',
    language: 'en',
    link: 'online_form_url',
    ...dec2026(both(SOURCES.guidance, SOURCES.charter)),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nYou can ask our reception team about a letter, a form or your details online: ((online_form_url))\nIf it is urgent, phone us, or call 111 when we are closed. In a life-threatening emergency, call 999.',
  },

  // Home monitoring
  {
    id: 'home-monitoring-short',
    service: 'home-monitoring',
    title: 'Send us your readings from home',
    length: 'short',
    language: 'en',
    link: 'home_monitoring_url',
    ...dec2026(both(SOURCES.guidance, SOURCES.charter)),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). Send us your home readings, like blood pressure, online: ((home_monitoring_url)) If a reading worries you, phone us, or call 111 when we are closed. In a life-threatening emergency, call 999.',
  },
  {
    id: 'home-monitoring-full',
    service: 'home-monitoring',
    title: 'Home readings such as blood pressure: why they help',
    length: 'full',
    language: 'en',
    link: 'home_monitoring_url',
    ...dec2026(both(SOURCES.guidance, SOURCES.charter)),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nSend us readings you take at home, like blood pressure: ((home_monitoring_url))\nIf a reading worries you or you feel unwell, phone us, or call 111 when we are closed. In a life-threatening emergency, call 999.',
  },

  // Video consultations
  {
    id: 'video-short',
    service: 'video-consultations',
    title: 'Video appointments from home',
    length: 'short',
    language: 'en',
    link: 'appointments_url',
    ...dec2026(SOURCES.guidance),
    body: 'Hello ((first_name|there)), this is ((surgery_name)). Some of our appointments can be by video, from home: ((appointments_url))',
  },
  {
    id: 'video-full',
    service: 'video-consultations',
    title: 'Video appointments: what you need',
    length: 'full',
    language: 'en',
    link: 'appointments_url',
    ...dec2026(SOURCES.guidance),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nWhen it suits your problem, you can see a doctor or nurse by video from home. You need a phone, tablet or computer with a camera. We text you a link at the time.\nFind out more: ((appointments_url))',
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
    ...dec2026(SOURCES.fitNotes),
    body: 'Hello ((first_name|there)), this is ((surgery_name)). Need a fit note? You can ask us for one online: ((fit_note_url))',
  },
  {
    id: 'fit-note-full',
    service: 'fit-notes',
    title: 'Fit notes online, and when you need one',
    length: 'full',
    language: 'en',
    link: 'fit_note_url',
    ...dec2026(SOURCES.fitNotes),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nYou can ask us for a fit note online: ((fit_note_url))\nYou do not need one if you are off sick for 7 days or less, counting weekends and bank holidays. In hospital care? Ask the hospital team.',
  },

  // Registration
  {
    id: 'registration-short',
    service: 'registration',
    title: 'How to register with us as a new patient',
    length: 'short',
    language: 'en',
    link: 'registration_url',
    ...dec2026(SOURCES.register),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). You can register with us online: ((registration_url)) You do not need proof of address, ID or an NHS number.',
  },
  {
    id: 'registration-full',
    service: 'registration',
    title: 'Registering with us: what you need and the NHS App',
    length: 'full',
    language: 'en',
    link: 'registration_url',
    ...dec2026(SOURCES.register),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nYou can register with us online: ((registration_url))\nYou do not need proof of address, ID, an NHS number or proof of your right to live here.\nOnce you are registered, you can set up the NHS App yourself with NHS login.',
  },
  {
    id: 'registration-welcome-short',
    service: 'registration',
    title: 'Welcome: now use the NHS App with us',
    length: 'short',
    language: 'en',
    onePart: true,
    link: 'nhs_app_url',
    ...dec2026(both(SOURCES.register, SOURCES.nhsAppGuide)),
    body:
      'Hello ((first_name|there)), welcome to ((surgery_name)). Now you are registered with us, you can set up the NHS App yourself: ((nhs_app_url))',
  },

  // Travel
  {
    id: 'travel-short',
    service: 'travel',
    title: 'Going abroad? Our travel form, 6 to 8 weeks before',
    length: 'short',
    language: 'en',
    link: 'travel_url',
    ...dec2026(SOURCES.travel),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). Going abroad? Fill in our travel form at least 6 to 8 weeks before you go: ((travel_url))',
  },
  {
    id: 'travel-full',
    service: 'travel',
    title: 'Travel vaccines and advice: use our travel form in good time',
    length: 'full',
    language: 'en',
    link: 'travel_url',
    ...dec2026(SOURCES.travel),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nIf you are going abroad, you may need vaccines or other advice for your trip.\nFill in our travel form at least 6 to 8 weeks before you go, as some vaccines take time: ((travel_url))',
  },

  // Family and carer access
  {
    id: 'family-carer-short',
    service: 'family-carer-access',
    title: 'Let someone you trust help you in the NHS App',
    length: 'short',
    language: 'en',
    link: 'family_access_url',
    ...dec2026(SOURCES.familyCarer),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). Someone you trust can help with your care in their own NHS App, if you agree: ((family_access_url))',
  },
  {
    id: 'family-carer-full',
    service: 'family-carer-access',
    title: 'Family and carer access: what a helper can and cannot do',
    length: 'full',
    language: 'en',
    link: 'family_access_url',
    ...dec2026(SOURCES.familyCarer),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nWith family and carer access, someone you trust can help with your care in their own NHS App. You must both be our patients.\nThey cannot message us for you or change your pharmacy. More: ((family_access_url))',
  },

  // Information in other formats and languages
  {
    id: 'accessible-formats-short',
    service: 'accessible-formats',
    title: 'Large print, easy read, other languages or an interpreter',
    length: 'short',
    language: 'en',
    link: 'website_url',
    ...dec2026(SOURCES.accessibleInfo),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)). Do you need large print, easy read, another language or a BSL or other interpreter? Tell us by phone or online: ((website_url))',
  },
  {
    id: 'accessible-formats-full',
    service: 'accessible-formats',
    title: 'Tell us how you need us to talk to you',
    length: 'full',
    language: 'en',
    link: 'website_url',
    ...dec2026(SOURCES.accessibleInfo),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nTell us if you need large print, easy read, braille or another language, or a BSL or other interpreter. We will note it so we get it right each time.\nPhone us on ((surgery_phone)) or see ((website_url))',
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
    ...dec2026(SOURCES.digitalInclusion),
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
    ...dec2026(SOURCES.digitalInclusion),
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
    ...dec2026(SOURCES.guidance),
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
    ...dec2026(both(SOURCES.guidance, SOURCES.charter)),
    body:
      'Hello ((first_name|there)), this is ((surgery_name)).\nYou can contact us online, by phone on ((surgery_phone)) or in person. Whichever you choose, you get the same care.\nAll the ways to reach us are on our website: ((website_url))',
  },
];
