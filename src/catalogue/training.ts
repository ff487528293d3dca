/**
 * Staff training (issue 17, item 4): for each service, how to demonstrate it and a role-play
 * scenario to practise with the panel in training mode; and a short quiz built from the catalogue's
 * questions. Staff-facing words, written for Nudge from the guidance's "Staff training", "At
 * reception" and "In consultations" sections and the facts in CONTENT.md.
 *
 * A service added to SERVICE_IDS needs a DEMONSTRATIONS entry and a role play:
 * tests/unit/training.test.ts fails until both are written.
 */
import type { Outcome, Role, Setting } from '../log/types';
import { GUIDANCE } from './promotion';
import { QUESTIONS, type Question, type QuestionId } from './questions';
import { SERVICES, type ServiceId } from './services';

const REVIEWED = '2026-12-01';
const TRAINING = `${GUIDANCE}: Supporting patients, staff training`;

/** The rule for every demonstration. */
export const DEMONSTRATION_RULE =
  'Use your own phone and account, or the patient’s phone in their own hands. Never ask for their password or log in for them.';

export interface Demonstration {
  steps: string[];
  source: string;
  reviewed: string;
}

const demo = (...steps: string[]): Demonstration => ({ steps, source: `${GUIDANCE}: Supporting patients, at reception and special clinics`, reviewed: REVIEWED });

// Partial, so that a service added to SERVICE_IDS still compiles: the unit test names what is missing.
export const DEMONSTRATIONS: Partial<Record<ServiceId, Demonstration>> = {
  'nhs-app': demo(
    'Open the NHS App on your own phone, or the NHS App pages of the NHS website on a computer.',
    'Show the home screen: prescriptions, appointments, the health record and messages.',
    'Show where to turn on notifications, so messages from us are not missed.',
    'Explain the first step: NHS login asks them to prove who they are, usually with photo ID. If they cannot, we may be able to help at the desk.',
  ),
  'self-care': demo(
    'Open the Health A to Z on the NHS website and search for a common condition.',
    'Show the parts on looking after yourself at home and on when to get help.',
    'Explain that a text from us can take them straight to the page you talked about.',
  ),
  'repeat-prescriptions': demo(
    'In the NHS App, open Prescriptions and show the list of repeat medicines.',
    'Show choosing a medicine and where the nominated pharmacy is shown.',
    'Remind them to order a few working days before they run low.',
  ),
  appointments: demo(
    'Open the appointments page in the NHS App or on our website.',
    'Show which types of appointment can be booked online here.',
    'Show how to cancel, and say it frees the appointment for someone else.',
  ),
  'test-results': demo(
    'In the NHS App, open the health record, then test results.',
    'Show a result and where a comment from the surgery appears.',
    'Explain that results usually appear once a clinician has looked at them, and to contact us if one worries them.',
  ),
  'health-record': demo(
    'In the NHS App, open the health record.',
    'Show medicines, allergies, vaccinations, test results, documents and notes from appointments.',
    'Mention that a result can appear before we have talked about it, and who to contact if it worries them.',
    'Say that the record is private, and to tell us if anyone pressures them to show it.',
  ),
  'full-record': demo(
    'Show where new entries appear in the health record in the NHS App.',
    'Show how to ask for older entries using our online form, and explain we may check the record first.',
  ),
  'update-details': demo(
    'Open the page on our website for changing details, or our online form.',
    'Show which details can be changed online.',
    'Check together that the mobile number we hold is right.',
  ),
  'text-messages': demo(
    'Show an example text from the Nudge panel in training mode, and how it names the surgery.',
    'Show where to turn on notifications in the NHS App.',
    'Explain how to spot a real message: it names the surgery and never asks for bank details or passwords.',
  ),
  'online-requests': demo(
    'Open our online form on your phone and go through the first screens without sending anything.',
    'Point out that it is a written request, not a video call.',
    'Explain what happens next: we read it and tell them within one working day.',
    'Explain it is not for urgent problems, and what to do instead: phone us, 111 when we are closed, 999 in an emergency.',
  ),
  'home-monitoring': demo(
    'Open the page or form for sending home readings.',
    'Show what to enter: the date, the time and the reading.',
    'Explain what to do if a reading worries them: do not wait for us to see it; phone us, or 111 when we are closed, or 999 in an emergency.',
  ),
  'video-consultations': demo(
    'Explain what they need: a phone, tablet or computer with a camera, and a quiet, private place.',
    'Show an example of the text message with the video link, and that they open it at the time of the appointment.',
    'If they would like to, check the camera and microphone work on their own device.',
  ),
  'fit-notes': demo(
    'Open our online form and find where to ask for a fit note.',
    'Explain self-certification: no fit note is needed for 7 days off sick or less, counting weekends and bank holidays.',
    'Explain that hospital teams give fit notes for hospital treatment.',
  ),
  registration: demo(
    'Show the registration page on our website (or NHS England’s Register with a GP surgery service, if we use it).',
    'Explain that no proof of address, ID, immigration status or NHS number is needed.',
    'Once they are registered, show how the NHS App connects to us with NHS login.',
  ),
  'digital-skills': demo(
    'Show the Learn My Way website and its free courses.',
    'Have the details of local help to hand: the library, Age UK, and the National Digital Inclusion Network.',
    'Reassure them that they do not have to go online: phoning and coming in still work, with the same care.',
  ),
  travel: demo(
    'Open our travel form on your phone and go through the first screens without sending anything.',
    'Point out the timing: at least 6 to 8 weeks before they travel, as some vaccines take time. If they go sooner, they should still ask.',
    'Explain what happens after they send it, the way our surgery handles travel forms.',
  ),
  'family-carer-access': demo(
    'Open the NHS App help page on family and carer access (the link on the prompt card) and go through who can use it.',
    'Explain the rules: both people registered with us, each with their own NHS App account and login; the helper cannot send us messages for the person or change their nominated pharmacy.',
    'If you have family and carer access yourself, show where the people you help appear in your own NHS App (linked profiles).',
    'Explain how to ask for it here, and that for a child, or an adult who cannot agree, we follow our own process.',
  ),
  'nhs-app-messages': demo(
    'In the NHS App on your own phone, open Messages and show where messages from a GP surgery appear.',
    'Show where to turn on notifications in the app’s settings, so the phone says when a message comes.',
    'Explain that if a message is not read, a text may come from the sender NHSApp instead, and that we never ask for bank details or passwords.',
  ),
  'pharmacy-nomination': demo(
    'In the NHS App, open Prescriptions and show where the nominated pharmacy is shown.',
    'Show how to choose or change the pharmacy: one near home or work, or an online pharmacy that delivers.',
    'Explain that someone with family and carer access cannot change it for them.',
  ),
  'pharmacy-first': demo(
    'Open our Pharmacy First page and show what local pharmacies can help with.',
    'Explain that most times they do not need to book, and that the pharmacist tells them if they need to see us.',
    'Follow your care navigation protocol first: anything urgent goes the usual urgent way (phone us, 111 when we are closed, 999 in an emergency).',
  ),
  'self-referral': demo(
    'Open our page of services patients can contact themselves, and show one, such as physiotherapy.',
    'Show how to get in touch with it: the form or phone number on that service’s own page.',
    'Explain that which services they can use depends on where they live, and that they can still ask us if they are not sure.',
  ),
  reviews: demo(
    'Open our reviews page and show how to book a review online or fill in the review form.',
    'Explain what a review is for: how they are, and whether their medicines are still right for them.',
    'Explain that if they feel unwell they should not wait for the review: phone us, 111 when we are closed, 999 in an emergency.',
  ),
  'ask-reception': demo(
    'Open our online form and find where to ask reception a question, without sending anything.',
    'Explain what happens next: we read it and tell them within one working day.',
    'Explain it is not for urgent problems: for those they phone us.',
  ),
  'accessible-formats': demo(
    'Ask how they would like us to contact them and in what format, and record it where our system keeps communication needs (the Accessible Information Standard).',
    'Show how to contact us in writing using our online form, if phoning is hard for them.',
    'Tell them how we arrange an interpreter, BSL or spoken language, for an appointment here.',
  ),
};

/** Free help with digital skills that staff can point patients to (national; the practice adds its own in Settings). */
export const NATIONAL_DIGITAL_HELP: { name: string; what: string; url: string }[] = [
  { name: 'Learn My Way', what: 'free online courses, including using the NHS website and the NHS App', url: 'https://www.learnmyway.com' },
  { name: 'National Digital Inclusion Network (Good Things Foundation)', what: 'local places that help people get online', url: 'https://www.goodthingsfoundation.org' },
  { name: 'Age UK', what: 'help for older people getting online, in many local branches', url: 'https://www.ageuk.org.uk' },
  { name: 'Local libraries', what: 'free computers, wifi and often help to use them', url: '' },
];

export interface RolePlay {
  id: string;
  service: ServiceId;
  title: string;
  /** Who practises it, and where. */
  role: Exclude<Role, 'manager'>;
  setting: Setting;
  /** What the caller or patient says. */
  says: string;
  /** What to find in the panel. */
  find: string;
  /** The prompt card or texts to look for (ids in the catalogue: tests/unit/training.test.ts checks they exist). */
  prompt?: string;
  templates: string[];
  /** What a good outcome is. */
  good: string;
  /** The outcome to record in the panel when it goes well. */
  outcome: Outcome;
  source: string;
  reviewed: string;
}

const rp = (r: Omit<RolePlay, 'source' | 'reviewed'>): RolePlay => ({
  ...r,
  source: r.role === 'clinician' ? `${GUIDANCE}: Supporting patients, in consultations; staff training (role play)` : `${TRAINING} (role play); at reception`,
  reviewed: REVIEWED,
});

export const ROLE_PLAYS: RolePlay[] = [
  rp({
    id: 'rp-nhs-app-ringing-for-everything',
    service: 'nhs-app',
    title: 'A caller who rings for everything',
    role: 'receptionist',
    setting: 'phone',
    says: '“I seem to ring you for everything. Is there an easier way to order my tablets and see my results?”',
    find: 'Search the panel for “app” and find the text “Sign up to the NHS App”.',
    templates: ['nhs-app-signup-short', 'nhs-app-one-part'],
    good: 'You say something like: “You can do a lot of this in the NHS App. It is free, and you can order your tablets and see your results in it.” You add that it is for anyone 13 or over registered with a GP surgery in England, and send the text with their agreement. You record Accepted, or Already uses it if they have the app.',
    outcome: 'accepted',
  }),
  rp({
    id: 'rp-self-care-leaflet',
    service: 'self-care',
    title: 'A patient who asks for a leaflet',
    role: 'clinician',
    setting: 'consultation',
    says: '“Have you got a leaflet about this I can take home?”',
    find: 'Find the prompt card “Offer to text them information about their condition instead of giving a paper leaflet”.',
    prompt: 'clinician-condition-info-by-text',
    templates: ['condition-info-short', 'condition-info-full'],
    good: 'You offer to text the NHS website page instead of paper: “Shall I text you a link to the NHS page on this? You can read it again at home.” You give the page for their condition when the panel asks for it, and offer paper if they prefer. You record the outcome on the card.',
    outcome: 'accepted',
  }),
  rp({
    id: 'rp-repeat-nearly-run-out',
    service: 'repeat-prescriptions',
    title: 'Ordering a repeat prescription by phone',
    role: 'receptionist',
    setting: 'phone',
    says: '“I’m ringing to order my repeat prescription. I’ve nearly run out.”',
    find: 'Find the prompt card for ordering a repeat prescription, and the text “Order repeat prescriptions online”.',
    prompt: 'reception-repeat-prescription',
    templates: ['repeat-prescriptions-short'],
    good: 'You deal with today’s order in the usual way first, then offer ordering online for next time: “Next time, you can order your repeat medicines online, with no wait on the phone. Please order a few working days before you run low.”',
    outcome: 'accepted',
  }),
  rp({
    id: 'rp-appointments-cancel',
    service: 'appointments',
    title: 'A caller who needs to cancel',
    role: 'receptionist',
    setting: 'phone',
    says: '“I can’t make my appointment tomorrow. I need to cancel it.”',
    find: 'Find the prompt card for booking and cancelling, and the text “Cancel online if you cannot come”.',
    prompt: 'reception-appointments',
    templates: ['appointments-cancel-short', 'appointments-short'],
    good: 'You cancel the appointment first. Then you mention, kindly: “Thank you for letting us know. Next time, you can cancel online in the NHS App or on our website, if that is easier.” You record the outcome.',
    outcome: 'offered',
  }),
  rp({
    id: 'rp-test-results-call',
    service: 'test-results',
    title: 'A caller asking for test results',
    role: 'receptionist',
    setting: 'phone',
    says: '“I had a blood test last week. Are my results back?”',
    find: 'Find the prompt card for test results, and the text “See test results in the NHS App”.',
    prompt: 'reception-test-results',
    templates: ['test-results-short', 'test-results-full'],
    good: 'You answer today’s question in the usual way first, then offer the NHS App: “Next time, you can see your results in the NHS App. Most show once a doctor or nurse here has looked at them.”',
    outcome: 'accepted',
  }),
  rp({
    id: 'rp-health-record-hospital-letter',
    service: 'health-record',
    title: 'A patient who forgets what the hospital said',
    role: 'clinician',
    setting: 'consultation',
    says: '“I can never remember what the hospital said about my scan.”',
    find: 'Find the prompt card “Show them their health record in the NHS App”.',
    prompt: 'clinician-show-record',
    templates: ['health-record-short', 'health-record-full'],
    good: 'With the patient holding their own phone, you say: “Letters from the hospital are in your health record in the NHS App. Let me show you where.” You show them letters and results, and mention that a result may appear before you have talked about it. You record Shown.',
    outcome: 'shown',
  }),
  rp({
    id: 'rp-full-record-old-notes',
    service: 'full-record',
    title: 'A patient who wants their old records',
    role: 'receptionist',
    setting: 'front-desk',
    says: '“Can I see my old records from years ago in the app? I can only see recent things.”',
    find: 'Search the panel for “full record” and find the text “Ask to see your full health record”.',
    templates: ['full-record-short', 'full-record-full'],
    good: 'You explain: “You can ask us to see your older records. We may need to check them first, so it can take a few weeks.” You send the text with the link.',
    outcome: 'accepted',
  }),
  rp({
    id: 'rp-update-details-moved',
    service: 'update-details',
    title: 'A caller who has moved house',
    role: 'receptionist',
    setting: 'phone',
    says: '“I’ve moved house. I need to give you my new address.”',
    find: 'Find the prompt card for changing details, and the text “Tell us about a change of name or address online”.',
    prompt: 'reception-change-details',
    templates: ['update-details-short', 'text-messages-short'],
    good: 'You update their details first and check the mobile number you hold. Then you mention: “Next time, you can tell us about a change like this online.”',
    outcome: 'offered',
  }),
  rp({
    id: 'rp-text-is-it-real',
    service: 'text-messages',
    title: 'A patient unsure whether a text is real',
    role: 'receptionist',
    setting: 'front-desk',
    says: '“I got a text saying it was from you, with a link in it. Is it real?”',
    find: 'Search the panel for “mobile” and find the text “How to spot a real text from us”.',
    templates: ['text-messages-full'],
    good: 'You check the message with them and explain: “Our texts always give our name, and we never ask for bank details or passwords. If you are not sure, do not use the link: phone us.” You check their mobile number is up to date.',
    outcome: 'offered',
  }),
  rp({
    id: 'rp-online-form-follow-up',
    service: 'online-requests',
    title: 'A patient asking about follow-up',
    role: 'clinician',
    setting: 'consultation',
    says: '“What should I do if this hasn’t settled in a couple of weeks?”',
    find: 'Find the prompt card “Suggest they use our online form for follow-up”.',
    prompt: 'clinician-online-request-follow-up',
    templates: ['online-form-follow-up-short'],
    good: 'You suggest the online form for follow-up and what to do if things get worse: “If it has not settled, send us a request using our online form. It is not a video call. If you get worse, phone us, or call 111 when we are closed.”',
    outcome: 'accepted',
  }),
  rp({
    id: 'rp-home-monitoring-readings',
    service: 'home-monitoring',
    title: 'Starting blood pressure checks at home',
    role: 'clinician',
    setting: 'consultation',
    says: '“You want me to check my blood pressure at home? How do I get the readings to you?”',
    find: 'Search the panel for “blood pressure” and find the text “Send us your readings from home”.',
    templates: ['home-monitoring-short', 'home-monitoring-full'],
    good: 'You explain how to send readings online and how often, and what to do if a reading worries them: “If a reading worries you or you feel unwell, do not wait: phone us, or call 111 when we are closed. In an emergency, call 999.”',
    outcome: 'accepted',
  }),
  rp({
    id: 'rp-video-housebound',
    service: 'video-consultations',
    title: 'A carer of someone who is housebound',
    role: 'receptionist',
    setting: 'phone',
    says: '“My mum is housebound and it’s really hard to bring her in.”',
    find: 'Search the panel for “video” and find the text “Video appointments from home”.',
    templates: ['video-short', 'video-full'],
    good: 'You explain: “A video appointment may be possible, if it suits the problem. The doctor or nurse will decide with you.” A home visit or an appointment in person is still there when needed.',
    outcome: 'offered',
  }),
  rp({
    id: 'rp-fit-note-off-since-monday',
    service: 'fit-notes',
    title: 'A caller who needs a fit note',
    role: 'receptionist',
    setting: 'phone',
    says: '“I need a sick note for work. I’ve been off since Monday.”',
    find: 'Find the prompt card for fit notes, and the text “Ask for a fit note online”.',
    prompt: 'reception-fit-note',
    templates: ['fit-note-short', 'fit-note-full'],
    good: 'You check how long they have been off, then say: “If you are off sick for 7 days or less, counting weekends, you do not need a fit note. For longer, you can ask us online.” The online form asks for what the doctor or nurse needs.',
    outcome: 'accepted',
  }),
  rp({
    id: 'rp-registration-no-bill',
    service: 'registration',
    title: 'A new patient with no proof of address',
    role: 'receptionist',
    setting: 'front-desk',
    says: '“I’ve just moved here and want to register, but I haven’t got a bill with my address on yet.”',
    find: 'Find the prompt card for new patients, and the text “How to register with us as a new patient”.',
    prompt: 'reception-new-patient',
    templates: ['registration-short', 'registration-full'],
    good: 'You reassure them: “You do not need proof of address or ID to register with us.” You help them register, and offer the NHS App as part of registering, which they can say no to.',
    outcome: 'accepted',
  }),
  rp({
    id: 'rp-digital-skills-not-good-with-computers',
    service: 'digital-skills',
    title: 'A caller who finds computers hard',
    role: 'receptionist',
    setting: 'phone',
    says: '“I’m not good with computers. Do I have to use this app?”',
    find: 'Find the prompt card for help with digital skills, and the text “Help getting online”.',
    prompt: 'reception-digital-support',
    templates: ['phone-or-visit-short', 'digital-skills-short'],
    good: 'You reassure them: “You do not have to. You can always phone or come in, and you get the same care.” If they would like help, you point them to free help and record Needs support. Support, never pressure.',
    outcome: 'needs-support',
  }),
  // The services issue 11 added.
  rp({
    id: 'rp-travel-summer-trip',
    service: 'travel',
    title: 'A caller planning a trip abroad',
    role: 'receptionist',
    setting: 'phone',
    says: '“We’re going to Kenya in the summer holidays. Do we need any jabs?”',
    find: 'Find the prompt card for travel, and the text “Going abroad? Our travel form, 6 to 8 weeks before”.',
    prompt: 'reception-travel',
    templates: ['travel-short', 'travel-full'],
    good: 'You say something like: “You can fill in our travel form online. Please do it at least 6 to 8 weeks before you go.” If they travel sooner, they should still ask. You send the text with their agreement and record Accepted.',
    outcome: 'accepted',
  }),
  rp({
    id: 'rp-family-carer-mums-tablets',
    service: 'family-carer-access',
    title: 'A caller ordering for their mum',
    role: 'receptionist',
    setting: 'phone',
    says: '“I’m ringing to order my mum’s tablets again. She can’t manage the phone any more.”',
    find: 'Find the prompt card “Calling for someone else? Offer family and carer access”, and the text “Let someone you trust help you in the NHS App”.',
    prompt: 'reception-family-carer',
    templates: ['family-carer-short', 'family-carer-full'],
    good: 'You deal with today’s order first. Then you say: “If your mum agrees, you can order her medicines in your own NHS App. It is called family and carer access.” You check they are both registered with us, say what a helper cannot do (send us messages for her, change her pharmacy), and offer to text her about it. You record Offered.',
    outcome: 'offered',
  }),
  rp({
    id: 'rp-nhs-app-messages-never-saw-it',
    service: 'nhs-app-messages',
    title: 'A patient who missed a message in the app',
    role: 'receptionist',
    setting: 'front-desk',
    says: '“Apparently you sent me a message about my review. I never saw it.”',
    find: 'Search the panel for “notifications” and find the text “Turn on NHS App notifications”.',
    templates: ['nhs-app-notifications-short', 'nhs-app-notifications-full'],
    good: 'You help with the review first and check the mobile number we hold. Then you say: “We send a lot of our messages in the NHS App now. If you turn on notifications, your phone will tell you when one comes.” You send the text that shows how, and record Accepted.',
    outcome: 'accepted',
  }),
  rp({
    id: 'rp-pharmacy-nomination-near-work',
    service: 'pharmacy-nomination',
    title: 'A caller who wants a pharmacy near work',
    role: 'receptionist',
    setting: 'phone',
    says: '“Can my prescriptions go to the chemist near my work instead? I’m never home when the local one is open.”',
    find: 'Find the prompt card for ordering a repeat prescription, and the text “Choose the pharmacy your prescriptions go to”.',
    prompt: 'reception-repeat-prescription',
    templates: ['nominate-pharmacy-short', 'nominate-pharmacy-full'],
    good: 'You say something like: “Yes. In the NHS App you can choose the pharmacy we send your prescriptions to, near home or work.” You send the text with their agreement and record Accepted. If they do not use the app, you change it for them in the usual way.',
    outcome: 'accepted',
  }),
  rp({
    id: 'rp-pharmacy-first-sore-throat',
    service: 'pharmacy-first',
    title: 'A caller with a sore throat',
    role: 'receptionist',
    setting: 'phone',
    says: '“I’ve had a really sore throat for a few days. Can I see a doctor?”',
    find: 'Find the prompt card “A common illness, or a service they can contact themselves?”, and the text “Pharmacy First: see a pharmacist, no GP appointment needed”.',
    prompt: 'reception-pharmacy-first',
    templates: ['pharmacy-first-short', 'pharmacy-first-full'],
    good: 'You follow your care navigation protocol first and check nothing is urgent. If it suits, you say: “A pharmacist may be able to treat this through Pharmacy First, often with no appointment. They will tell you if you need to see us.” You send the text and record Accepted.',
    outcome: 'accepted',
  }),
  rp({
    id: 'rp-self-referral-bad-back',
    service: 'self-referral',
    title: 'A caller who thinks they need physio',
    role: 'receptionist',
    setting: 'phone',
    says: '“My back has been bad for weeks. I think I need physio. Do I have to see the doctor first?”',
    find: 'Find the prompt card “A common illness, or a service they can contact themselves?”, and the text “Services you can contact without seeing a GP”.',
    prompt: 'reception-pharmacy-first',
    templates: ['self-referral-short', 'self-referral-full'],
    good: 'You follow your care navigation protocol first. If it suits, you say: “Our website lists services you can contact yourself, such as physio. I can text you the link.” If they are not sure, or it sounds urgent, you deal with it the usual way. You record the outcome.',
    outcome: 'accepted',
  }),
  rp({
    id: 'rp-reviews-keep-forgetting',
    service: 'reviews',
    title: 'A caller overdue a review',
    role: 'receptionist',
    setting: 'phone',
    says: '“I keep getting letters about my asthma review, but I always forget to ring.”',
    find: 'Find the prompt card for people overdue a review, and the text “Your review is due: book it online”.',
    prompt: 'reception-overdue-review',
    templates: ['review-due-short', 'review-due-full'],
    good: 'No blame: you thank them for calling and offer to book it now. Then you say: “I can book it for you now. Next time, you can also book your review online, or fill in the review form, so you do not need to ring.” You record Accepted.',
    outcome: 'accepted',
  }),
  rp({
    id: 'rp-ask-reception-employer-form',
    service: 'ask-reception',
    title: 'A caller chasing a form',
    role: 'receptionist',
    setting: 'phone',
    says: '“I dropped off a form from my employer last week. Has anyone looked at it yet?”',
    find: 'Find the prompt card “A question about a letter, a form or their details?”, and the text “Ask our reception team a question online”.',
    prompt: 'reception-ask-question',
    templates: ['ask-reception-short', 'ask-reception-full'],
    good: 'You answer today’s question first. Then you say: “Next time, you can ask us questions like this using our online form. We will tell you what happens next within one working day.” You make clear it is not for urgent problems, and record the outcome.',
    outcome: 'offered',
  }),
  rp({
    id: 'rp-accessible-formats-small-print',
    service: 'accessible-formats',
    title: 'A patient who cannot read our letters',
    role: 'receptionist',
    setting: 'front-desk',
    says: '“I can’t read the small writing on your letters any more.”',
    find: 'Search the panel for “large print” and find the text “Large print, easy read, other languages or an interpreter”.',
    templates: ['accessible-formats-short', 'accessible-formats-full'],
    good: 'You say something like: “We can send you letters in large print. I will note it on your record, so we get it right each time.” You record their need where our system keeps communication needs, and record Accepted.',
    outcome: 'accepted',
  }),
];

export function rolePlaysFor(service: ServiceId): RolePlay[] {
  return ROLE_PLAYS.filter((r) => r.service === service);
}

export const QUIZ_LENGTH = 5;

export interface QuizItem {
  question: Question;
  /** The answers to choose from, one of them right, in a fixed order. */
  choices: { id: QuestionId; text: string }[];
  answer: QuestionId;
}

/** A small stable hash, so the quiz's order is the same every time. */
function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * A short quiz for a service from the catalogue's questions: up to QUIZ_LENGTH of its questions, each
 * with its own answer and two others to choose from (from the service's other questions first).
 */
export function quizFor(service: ServiceId): QuizItem[] {
  const ids = [...new Set(SERVICES[service].questions)];
  const pool = [...ids, ...(Object.keys(QUESTIONS) as QuestionId[]).filter((q) => !ids.includes(q))];
  return ids.slice(0, QUIZ_LENGTH).map((id) => {
    const others = pool.filter((q) => q !== id && QUESTIONS[q].answer !== QUESTIONS[id].answer).sort((a, b) => hash(`${id}|${a}`) - hash(`${id}|${b}`));
    const near = others.filter((q) => ids.includes(q)).slice(0, 2);
    const distractors = near.length === 2 ? near : [...near, ...others.filter((q) => !near.includes(q))].slice(0, 2);
    const choices = [id, ...distractors].sort((a, b) => hash(`${service}|${a}`) - hash(`${service}|${b}`)).map((q) => ({ id: q, text: QUESTIONS[q].answer }));
    return { question: QUESTIONS[id], choices, answer: id };
  });
}
