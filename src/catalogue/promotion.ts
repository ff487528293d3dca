/**
 * The promotion kit's channels and its ready wording: for every online service, words for every
 * channel the guidance names outside the call and the consultation (issue 17, item 1; content review
 * section 1e). Every sentence written for Nudge from the facts in CONTENT.md, in NHS content style:
 * "GP surgery", "health record", "online form" (never "online consultation", except where a website
 * explains that word), "text message", full links, no formatting, and the reassurance that phoning
 * or coming in still works.
 *
 * Bodies use the template placeholders (src/templates/render.ts) and are filled with the practice's
 * own details. A line ending "Some words: ((a_url))" becomes a link with those words as its text in
 * the HTML for a website (src/promotion/html.ts); in plain text it stays as written.
 *
 * New services (SERVICE_IDS) need wording for every channel: tests/unit/promotion.test.ts fails until
 * an entry is added to WORDING below, in the same shape (ServiceWording).
 */
import type { PlaceholderName } from '../templates/render';
import { serviceName, type ServiceId } from './services';

/** The guidance, as each item's `source` names it. */
export const GUIDANCE = 'RCGP and NHS England, Promoting online services (v1.2, 2023)';
export const GUIDANCE_URL = 'https://www.england.nhs.uk/long-read/promoting-online-services/';
/** The facts that changed since the guidance (online form hours, the patient charter, the 2023 record switch-on...). */
export const CONTENT_FACTS = 'Nudge CONTENT.md, facts checked December 2026';

/** When the wording below was last checked against its sources. */
export const PROMOTION_REVIEWED = '2026-12-01';

/** A recorded phone message is read at this pace: a calm, clear speaking rate, a little slower than conversation. */
export const SPEAKING_RATE_WPM = 150;

export const CHANNEL_IDS = [
  'website-banner',
  'website-section',
  'newsletter',
  'letter-footer',
  'review-reminder',
  'phone-message',
  'social-post',
  'ppg-info-point',
] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];

/**
 * How a channel's length is measured:
 * - words: words a reader sees, links left out (a link is read as a link, not as words);
 * - characters: every character, links included;
 * - gsm-characters: text message characters as the practice's counting rules count them (GSM 03.38 or GOV.UK Notify);
 * - spoken-seconds: seconds to read aloud at SPEAKING_RATE_WPM (a number of 3 or more digits is read digit by digit);
 * - x-characters: characters as X counts them (every link 23, most other characters 1).
 */
export type LimitUnit = 'words' | 'characters' | 'gsm-characters' | 'spoken-seconds' | 'x-characters';

export interface ChannelLimit {
  unit: LimitUnit;
  /** The most allowed (for spoken-seconds, the script must take less than this). */
  max: number;
  /** Why this limit, and where it comes from. */
  why: string;
}

export interface PromotionChannel {
  id: ChannelId;
  name: string;
  /** Where and how the wording is used, for the practice manager. */
  use: string;
  limit: ChannelLimit;
  /** The guidance section the channel comes from. */
  source: string;
  /** The wording must carry a full link (not a phone message: links cannot be read aloud). */
  needsLink: boolean;
  /** The wording must name the surgery (where it is not already on the surgery's own page, letter or account). */
  namesSurgery: boolean;
  /** Show a QR code for the wording's link (printed channels). */
  qr: boolean;
  /** Part of the HTML download for the practice's website. */
  website: boolean;
  reviewed: string;
}

const section = (name: string) => `${GUIDANCE}: ${name}`;

export const CHANNELS: Record<ChannelId, PromotionChannel> = {
  'website-banner': {
    id: 'website-banner',
    name: 'Website banner',
    use: 'A large banner link near the top of the surgery website’s front page. Check it shows in the right place on a phone as well as on a computer.',
    limit: {
      unit: 'words',
      max: 20,
      why: 'At most 20 words (the link not counted): about 3 lines on a phone 320 pixels wide (the width WCAG 2.2 success criterion 1.4.10, Reflow, tests at), so the banner and its link show without scrolling. The guidance asks for banners that work on mobile devices.',
    },
    source: section('Ways of promoting online services, practice website'),
    needsLink: true,
    namesSurgery: false,
    qr: false,
    website: true,
    reviewed: PROMOTION_REVIEWED,
  },
  'website-section': {
    id: 'website-section',
    name: 'Website section',
    use: 'The first thing in the matching section of the surgery website (appointments, repeat prescriptions, test results...), with the direct link near the top. The first line is its heading.',
    limit: {
      unit: 'words',
      max: 150,
      why: 'At most 150 words (links not counted): about a minute’s reading at 150 words a minute, the pace of a less confident reader. The NHS digital service manual asks for short, plain content that puts the most important thing first.',
    },
    source: section('Ways of promoting online services, practice website'),
    needsLink: true,
    namesSurgery: false,
    qr: false,
    website: true,
    reviewed: PROMOTION_REVIEWED,
  },
  newsletter: {
    id: 'newsletter',
    name: 'Newsletter item',
    use: 'An item for the surgery’s newsletter for patients. The guidance suggests adding a patient’s own story: see the prompt below the wording.',
    limit: {
      unit: 'words',
      max: 200,
      why: 'At most 200 words (links not counted): one column of a two-column A4 newsletter in 12 point type, leaving room for a heading, a patient’s story and a QR code. Nudge’s own limit.',
    },
    source: section('Ways of promoting online services, in the practice newsletter'),
    needsLink: true,
    namesSurgery: false,
    qr: true,
    website: false,
    reviewed: PROMOTION_REVIEWED,
  },
  'letter-footer': {
    id: 'letter-footer',
    name: 'Letter footer',
    use: 'A line at the foot of every letter to patients, with a direct link to a popular part of the website.',
    limit: {
      unit: 'characters',
      max: 270,
      why: 'At most 270 characters, links included: 3 lines of about 90 characters, the width of an A4 letter’s text (170 mm) in 11 point type, so it fits a letter’s footer.',
    },
    source: section('Ways of promoting online services, in regular communications'),
    needsLink: true,
    namesSurgery: false,
    qr: true,
    website: false,
    reviewed: PROMOTION_REVIEWED,
  },
  'review-reminder': {
    id: 'review-reminder',
    name: 'Review reminder footer',
    use: 'A line to add to the end of review reminders (for example a yearly asthma or blood pressure review), which the guidance suggests should offer online options first. Usually sent as a text message.',
    limit: {
      unit: 'gsm-characters',
      max: 150,
      why: 'At most 150 text message characters in GSM-7, counted with your surgery’s counting rules: it fits within one part of a long text message (153 characters, GSM 03.38), with room for the line break that joins it to the reminder.',
    },
    source: section('Ways of promoting online services, in regular communications'),
    needsLink: true,
    namesSurgery: false,
    qr: false,
    website: false,
    reviewed: PROMOTION_REVIEWED,
  },
  'phone-message': {
    id: 'phone-message',
    name: 'Phone message',
    use: 'A short recorded message for the phone system, for example while callers wait in the queue, so they do not hear a long message every time they call. The guidance notes these work best recorded by a GP patients know.',
    limit: {
      unit: 'spoken-seconds',
      max: 30,
      why: `Under 30 seconds read aloud, at ${SPEAKING_RATE_WPM} words a minute (a calm, clear pace for a recorded message): fewer than ${(30 * SPEAKING_RATE_WPM) / 60} words. A number of 3 or more digits, such as 999, is counted a word a digit. The guidance asks practices to avoid making every caller listen to a long message.`,
    },
    source: section('Ways of promoting online services, in phone messages'),
    needsLink: false,
    namesSurgery: true,
    qr: false,
    website: false,
    reviewed: PROMOTION_REVIEWED,
  },
  'social-post': {
    id: 'social-post',
    name: 'Social media post',
    use: 'Posts for the surgery’s social media pages. The guidance finds posts work best when they link to a topical moment, such as winter or a holiday: seasonal posts are marked, and those in season now come first.',
    limit: {
      unit: 'x-characters',
      max: 280,
      why: 'At most 280 characters, counted as X (formerly Twitter) counts them for a standard account: every link counts as 23 characters. Facebook, Instagram and Nextdoor allow longer posts, so a post that fits X works everywhere.',
    },
    source: section('Ways of promoting online services, on social media'),
    needsLink: true,
    namesSurgery: false,
    qr: false,
    website: false,
    reviewed: PROMOTION_REVIEWED,
  },
  'ppg-info-point': {
    id: 'ppg-info-point',
    name: 'Patient group information point',
    use: 'A card for the patient participation group’s information point, where patients can find out about online services and get help to start. Written in the patient group’s voice.',
    limit: {
      unit: 'words',
      max: 120,
      why: 'At most 120 words (links not counted): fits an A5 card in 14 point type with a QR code. RNIB’s clear print guidance asks for at least 12 point, and 14 point for many readers. Nudge’s own limit.',
    },
    source: section('Supporting patients, from patients (patient participation group)'),
    needsLink: true,
    namesSurgery: true,
    qr: true,
    website: false,
    reviewed: PROMOTION_REVIEWED,
  },
};

/** Topical moments for social media posts (the guidance names winter and major holidays). */
export const SEASONS = {
  winter: { label: 'Winter', months: [12, 1, 2] },
  christmas: { label: 'Christmas and New Year bank holidays', months: [11, 12] },
  'new-year': { label: 'New year', months: [1] },
  'summer-holidays': { label: 'Summer holidays', months: [6, 7, 8] },
  'back-to-school': { label: 'Back to school, college or university', months: [8, 9] },
  autumn: { label: 'Autumn vaccinations', months: [9, 10, 11] },
} as const satisfies Record<string, { label: string; months: readonly number[] }>;
export type SeasonId = keyof typeof SEASONS;
export const SEASON_IDS = Object.keys(SEASONS) as SeasonId[];

/** True when `season` is topical in `month` (1 to 12). */
export function inSeason(season: SeasonId, month: number): boolean {
  return (SEASONS[season].months as readonly number[]).includes(month);
}

export interface PromotionWording {
  /** "<service>--<channel>" (and "--<season>" for a seasonal post). */
  id: string;
  service: ServiceId;
  channel: ChannelId;
  /** What the practice sees above the wording. */
  title: string;
  body: string;
  /** For a seasonal social media post. */
  season?: SeasonId;
  /** Newsletter items: who to ask for a patient's story, and what about (staff-facing). */
  storyPrompt?: string;
  source: string;
  reviewed: string;
}

/** What every patient story needs, whatever the service (staff-facing). */
export const STORY_CONSENT =
  'Ask for two or three sentences: what they used, what it saved them, and one tip for others. Get their written agreement to print it, use their first name only or no name, and leave out anything about their health they have not chosen to share.';

/** The wording for one service, a body per channel. */
export interface ServiceWording {
  banner: string;
  section: string;
  newsletter: string;
  storyPrompt: string;
  letter: string;
  review: string;
  phone: string;
  social: string;
  seasonal: { season: SeasonId; body: string };
  ppg: string;
  /** Where service facts come from beyond the guidance's channel section. */
  facts?: string;
}

/** Placeholders used below, named once so a typo fails to compile. */
const P = (name: PlaceholderName) => `((${name}))`;
const NAME = P('surgery_name');
const PHONE = P('surgery_phone');

// Partial, so that a service added to SERVICE_IDS still compiles: the unit test names what is missing.
const WORDING: Partial<Record<ServiceId, ServiceWording>> = {
  'nhs-app': {
    banner: `Order repeat prescriptions, see your health record and contact us in the free NHS App.\nGet the NHS App: ${P('nhs_app_url')}`,
    section: [
      'The NHS App',
      'The NHS App is free. In the app you can order repeat prescriptions, book and cancel some appointments, see your health record and test results, and contact us.',
      'You can use it if you are 13 or over and registered with a GP surgery in England. If you are 13 to 15, ask us before you can see your health record.',
      'The first time, you set up NHS login, which checks who you are and keeps your information safe. Turn on notifications in the app so you see our messages.',
      'No smartphone? The NHS App also works in a web browser on a computer or tablet.',
      'You can still phone us or come in, and you will get the same care.',
      `Get the NHS App: ${P('nhs_app_url')}`,
    ].join('\n'),
    newsletter: [
      'Get more done with the free NHS App',
      'Did you know you can order repeat prescriptions, book some appointments and see your test results in the NHS App? It saves a phone call, and you can do it when it suits you.',
      'The app is free for anyone aged 13 or over who is registered with a GP surgery in England. The first time, you set up NHS login, which checks who you are. If you cannot prove who you are in the app, ask at reception: we may be able to help.',
      'Turn on notifications so you see our messages in the app.',
      'You do not have to use it. You can still phone us or come in whenever you need to.',
      `Get the NHS App: ${P('nhs_app_url')}`,
    ].join('\n'),
    storyPrompt: 'Ask a patient who started using the NHS App recently what it has saved them, such as a phone call for a repeat prescription or a trip in for a result.',
    letter: `Did you know? You can order repeat prescriptions, book some appointments and see your test results in the free NHS App: ${P('nhs_app_url')} You can still phone us or come in.`,
    review: `You can book some appointments and see your test results in the NHS App: ${P('nhs_app_url')}`,
    phone: `Thank you for calling ${NAME}. Did you know you can order repeat prescriptions, book some appointments and see your test results in the free NHS App? It could save you waiting on the phone next time. Search for NHS App in your app store, or ask our team for help. If you need us today, please stay on the line.`,
    social: `Order repeat prescriptions, book some appointments and see your test results in the free NHS App, when it suits you. It is for anyone aged 13 or over registered with a GP surgery in England.\nGet the NHS App: ${P('nhs_app_url')}`,
    seasonal: {
      season: 'new-year',
      body: `New year, less time on hold. Set up the free NHS App this January to order repeat prescriptions, book some appointments and see your test results.\nGet the NHS App: ${P('nhs_app_url')}`,
    },
    ppg: [
      `${NAME} patient group`,
      'Ask us about the NHS App. We can show you what the free app can do: order repeat prescriptions, book some appointments, and see your health record and test results.',
      'It is for anyone aged 13 or over registered with a GP surgery in England. We can help you get started, or tell you where to find free help getting online.',
      'You do not have to use it. You can still phone the surgery or go in.',
      `Scan the code or go to ${P('nhs_app_url')}`,
    ].join('\n'),
    facts: 'NHS App age limits and notifications: CONTENT.md',
  },

  'self-care': {
    banner: `Find out how to look after common illnesses at home, and when to get help.\nNHS health advice: ${P('self_care_url')}`,
    section: [
      'Look after yourself and know when to get help',
      'The NHS website explains conditions and treatments, how to look after yourself at home, and when you should get help.',
      'Pharmacists can give advice on many minor illnesses, and can treat some common conditions without you needing to see a GP.',
      'If you need help urgently, use 111 online or call 111. In a life-threatening emergency, call 999.',
      'You can still phone us or come in.',
      `NHS advice on conditions and treatments: ${P('self_care_url')}`,
    ].join('\n'),
    newsletter: [
      'Health advice you can trust',
      'When you or your child feel unwell, the NHS website is a good place to start. It explains common conditions, what you can do at home, and when to get help. It is written and checked by the NHS.',
      'If we talk about a condition in your appointment, we can send you a link to the right page by text message instead of a paper leaflet. You can read it again at home or share it with someone who cares for you.',
      'For advice on minor illnesses, you can also ask a pharmacist. If you need help urgently, use 111 online or call 111. In a life-threatening emergency, call 999. You can still phone us or come in.',
      `NHS advice on conditions and treatments: ${P('self_care_url')}`,
    ].join('\n'),
    storyPrompt: 'Ask a patient or parent who used the NHS website or a pharmacist to deal with a minor illness at home how it went and what they would tell others.',
    letter: `For advice on conditions, treatments and when to get help, see the NHS website: ${P('self_care_url')} If you need help urgently, use 111 online or call 111.`,
    review: `For advice on how to look after your condition, see the NHS website: ${P('self_care_url')}`,
    phone: `Thank you for calling ${NAME}. For advice on common illnesses, and when to get help, the NHS website is a good place to start. A pharmacist can also help with many minor illnesses. If you need help urgently and we are closed, call 111. In a life-threatening emergency, call 999.`,
    social: `Feeling unwell? The NHS website explains common illnesses, what you can do at home and when to get help. A pharmacist can help with many minor illnesses too.\nNHS advice: ${P('self_care_url')}`,
    seasonal: {
      season: 'winter',
      body: `Colds, coughs and flu are common in winter. The NHS website explains how to look after yourself and when to get help, and a pharmacist can advise too.\nNHS advice: ${P('self_care_url')}`,
    },
    ppg: [
      `${NAME} patient group`,
      'Ask us how to find health advice you can trust on the NHS website. It explains conditions and treatments, how to look after yourself at home, and when to get help.',
      'We can show you how to search it on your phone.',
      'If you need help urgently, use 111 online or call 111. In a life-threatening emergency, call 999.',
      `Scan the code or go to ${P('self_care_url')}`,
    ].join('\n'),
    facts: 'Pharmacy First (since January 2024): CONTENT.md',
  },

  'repeat-prescriptions': {
    banner: `You can order your repeat medicines online. There is no need to phone.\nOrder a repeat prescription: ${P('repeat_prescriptions_url')}`,
    section: [
      'Repeat prescriptions',
      'You can order your repeat medicines online, in the NHS App or on our website, without phoning us.',
      'Ordering online means fewer mistakes, because you choose from the list of medicines your GP has agreed.',
      'Order a few working days before you run low. You can choose the pharmacy your prescription goes to.',
      'Someone who cares for you can order for you through family and carer access, if you agree. If a medicine is not on your list, contact us.',
      'If you cannot order online, phone us or come in and ask about other ways to order.',
      `Order a repeat prescription: ${P('repeat_prescriptions_url')}`,
    ].join('\n'),
    newsletter: [
      'Order repeat medicines without picking up the phone',
      'Many people now order their repeat medicines in the NHS App or on our website. You pick from the medicines your GP has agreed. So there is less chance of a mistake, and no queue to wait in.',
      'Order a few working days before you run low, and in good time before a bank holiday. You can also choose which pharmacy we send it to.',
      'If someone cares for you, they can order for you through family and carer access, if you agree.',
      'If you cannot order online, ask us about other ways to order.',
      `Order a repeat prescription: ${P('repeat_prescriptions_url')}`,
    ].join('\n'),
    storyPrompt: 'Ask a patient or carer who orders repeat medicines online how it fits into their week, and whether it has saved them a trip or a call.',
    letter: `You can order your repeat medicines in the NHS App or on our website. There is no need to phone: ${P('repeat_prescriptions_url')}`,
    review: `You can order your repeat medicines online, with no need to phone: ${P('repeat_prescriptions_url')}`,
    phone: `Thank you for calling ${NAME}. You can order repeat medicines in the NHS App or on our website, with no wait on the phone. It also means fewer mix-ups with medicines. Please order a few working days before you run low.`,
    social: `Skip the phone queue: order your repeat medicines in the NHS App or on our website. Order a few working days before you run low.\nOrder online: ${P('repeat_prescriptions_url')}`,
    seasonal: {
      season: 'christmas',
      body: `We are closed on the bank holidays over Christmas and New Year. Order your repeat medicines online in good time, a few working days before you run low.\nOrder online: ${P('repeat_prescriptions_url')}`,
    },
    ppg: [
      `${NAME} patient group`,
      'Ask us how to order your repeat medicines in the NHS App or on the surgery website. We can show you where to find your list of medicines and how to choose your pharmacy.',
      'Ordering online saves a phone call and means fewer mistakes with medicines.',
      'If you cannot order online, ask at reception about other ways to order.',
      `Scan the code or go to ${P('repeat_prescriptions_url')}`,
    ].join('\n'),
    facts: 'Family and carer access: CONTENT.md',
  },

  appointments: {
    banner: `Book and cancel some appointments online, in the NHS App or on our website.\nBook or cancel an appointment: ${P('appointments_url')}`,
    section: [
      'Appointments',
      'You can book and cancel some types of appointment online, in the NHS App or on our website.',
      'Some appointments need us to check what you need first. If you cannot see the one you need, contact us using our online form or phone us.',
      'If you cannot come to an appointment, please cancel it so someone else can have it. Cancelling online takes a minute.',
      'You can still book by phone or in person.',
      `Book or cancel an appointment: ${P('appointments_url')}`,
    ].join('\n'),
    newsletter: [
      'Book or cancel appointments online',
      'You can book and cancel some types of appointment in the NHS App or on our website, when it suits you, without waiting on the phone.',
      'When an appointment is missed, someone else could have had it. If you cannot come, cancelling online takes a minute and frees the appointment for another patient.',
      'Not every type of appointment can be booked online, because some need us to check what you need first. If you cannot see what you need, use our online form or phone us.',
      `Book or cancel an appointment: ${P('appointments_url')}`,
    ].join('\n'),
    storyPrompt: 'Ask a patient who books or cancels online, for example around shifts or childcare, how it has helped them.',
    letter: `You can book and cancel some appointments online, in the NHS App or on our website: ${P('appointments_url')} If you cannot come, please cancel so someone else can have it.`,
    review: `You may be able to book your review online: ${P('appointments_url')}`,
    phone: `Thank you for calling ${NAME}. You can book and cancel some appointments in the NHS App or on our website, with no wait on the phone. If you cannot come, please cancel, so someone else can have the slot.`,
    social: `Cannot make your appointment? Cancel it online in the NHS App or on our website, so someone else can have it. You can book some appointments online too.\nBook or cancel: ${P('appointments_url')}`,
    seasonal: {
      season: 'back-to-school',
      body: `Back to work or school? You can book and cancel some appointments online, at a time that suits you, without waiting on the phone.\nBook or cancel: ${P('appointments_url')}`,
    },
    ppg: [
      `${NAME} patient group`,
      'Ask us how to book and cancel appointments in the NHS App or on the surgery website. Some types of appointment can be booked online.',
      'If you cannot come, cancelling online frees the appointment for someone else.',
      'You can still book by phone or in person.',
      `Scan the code or go to ${P('appointments_url')}`,
    ].join('\n'),
  },

  'test-results': {
    banner: `See your test results in the NHS App, with no need to phone us.\nHow to see your results: ${P('test_results_url')}`,
    section: [
      'Test results',
      'You can see your test results in your health record in the NHS App. They usually appear once a doctor or nurse here has looked at them, so you do not need to phone us.',
      'Some results come with a comment from us. If a result worries you or you do not understand it, contact us using our online form or phone us.',
      'No smartphone? The NHS App also works in a web browser.',
      'You can still phone us if you cannot get online.',
      `Find out how to see your test results: ${P('test_results_url')}`,
    ].join('\n'),
    newsletter: [
      'Your test results, without the phone call',
      'One GP surgery halved its calls about test results, from 50 a day to 25, when more of its patients started checking results online. That means shorter queues for everyone who needs to phone.',
      'You can see your test results in your health record in the NHS App, usually once a doctor or nurse here has looked at them. Some results come with a comment from us.',
      'If a result worries you, contact us using our online form or phone us.',
      `Find out how to see your test results: ${P('test_results_url')}`,
    ].join('\n'),
    storyPrompt: 'Ask a patient who checks their results in the NHS App whether it saved them a call, and how it felt to see the result for themselves.',
    letter: `You can see your test results in the NHS App, with no need to phone us. Most show once a doctor or nurse here has looked at them: ${P('test_results_url')}`,
    review: `Before your review, you can see your test results in the NHS App: ${P('test_results_url')}`,
    phone: `Thank you for calling ${NAME}. If you are calling about a test result, you may be able to see it in the NHS App. Most show once a doctor or nurse here has looked at them. If a result worries you, please stay on the line.`,
    social: `Waiting for a test result? You can see it in the NHS App, usually once a doctor or nurse has looked at it, so there is no need to phone.\nHow to see your results: ${P('test_results_url')}`,
    seasonal: {
      season: 'winter',
      body: `Our phone lines are often busy in winter. Check your test results in the NHS App instead of phoning, and keep the line free for people who need it.\nHow to see your results: ${P('test_results_url')}`,
    },
    ppg: [
      `${NAME} patient group`,
      'Ask us how to find your test results in the NHS App. They usually appear once a doctor or nurse at the surgery has looked at them, so you do not need to phone.',
      'If a result worries you, contact the surgery.',
      'You can still phone the surgery if you cannot get online.',
      `Scan the code or go to ${P('test_results_url')}`,
    ].join('\n'),
    facts: 'The Swan practice case study (50 to 25 calls a day): the guidance, Informing patients',
  },

  'health-record': {
    banner: `See your medicines, test results, letters and notes from appointments in the NHS App.\nYour health record: ${P('health_record_url')}`,
    section: [
      'Your health record',
      'In the NHS App you can see your GP health record: your medicines, allergies, vaccinations, test results and letters. New entries also include notes from your appointments, your conditions and documents.',
      'Sometimes you may see a result or letter before we have talked to you about it. If anything worries you, contact us.',
      'Your record is private. If someone is pressuring you to show it to them, tell us and we will help.',
      'If you are 13 to 15, ask us before you can see your record. To see older entries, ask us too. You can still phone us or come in.',
      `Find out more about your health record: ${P('health_record_url')}`,
    ].join('\n'),
    newsletter: [
      'Your health record in your pocket',
      'In the NHS App you can see your GP health record: medicines, allergies, vaccinations, test results and letters from hospitals and other services. Since late 2023, new entries also show notes from your appointments.',
      'Checking it can help you remember what was agreed, prepare for your next appointment and share information with others who care for you.',
      'You may sometimes see a result before we have talked to you about it. If anything worries you, contact us.',
      'Your record is private. If anyone pressures you to show it to them, tell us. You can phone us or come in.',
      `Find out more about your health record: ${P('health_record_url')}`,
    ].join('\n'),
    storyPrompt: 'Ask a patient with a long-term condition how seeing their record has helped them, for example before an appointment or when talking to a hospital.',
    letter: `In the NHS App you can see your health record. It shows your medicines, test results and letters, and notes from your appointments: ${P('health_record_url')}`,
    review: `Check your medicines and results in the NHS App before your review: ${P('nhs_app_url')}`,
    phone: `Thank you for calling ${NAME}. In the NHS App you can see your health record, with your medicines, test results and letters, and notes from your appointments. It can help you get ready for the next one.`,
    social: `Your medicines, vaccinations, test results and letters are in your health record in the NHS App. New entries include notes from your appointments too.\nYour health record: ${P('health_record_url')}`,
    seasonal: {
      season: 'summer-holidays',
      body: `Going away this summer? Your health record in the NHS App shows your medicines, allergies and vaccinations, which can help if you need care away from home.\nYour health record: ${P('health_record_url')}`,
    },
    ppg: [
      `${NAME} patient group`,
      'Ask us how to find your health record in the NHS App: your medicines, allergies, vaccinations, test results, letters and notes from appointments.',
      'Your record is private. You choose who sees it. If anyone pressures you to show it, tell the surgery.',
      'You can still phone the surgery or go in.',
      `Scan the code or go to ${P('health_record_url')}`,
    ].join('\n'),
    facts: 'The 31 October 2023 record switch-on, coercion and age 13 to 15: CONTENT.md',
  },

  'full-record': {
    banner: `Ask us to see older entries in your health record, not only new ones.\nAsk us using our online form: ${P('online_form_url')}`,
    section: [
      'Older entries in your health record',
      'The NHS App shows new entries in your GP health record. If you would like to see older entries too, ask us.',
      'We may need to check your record before we give you access, so it can take a little time.',
      'Some older entries may be hard to read or bring back difficult memories. If something is unclear or worries you, phone us or come in.',
      `Ask us using our online form: ${P('online_form_url')}`,
      `Find out more about your health record: ${P('health_record_url')}`,
    ].join('\n'),
    newsletter: [
      'Seeing your whole health record',
      'The NHS App shows new entries in your GP health record, including notes from appointments. If you would like to see older entries as well, you can ask us.',
      'We may need to check your record first, so it can take a little time. Some older entries can be hard to read or bring back difficult memories. If anything worries you, contact us and we will explain.',
      'Your record is private. If anyone pressures you to show it to them, tell us. You can also ask by phone or in person.',
      `Ask us using our online form: ${P('online_form_url')}`,
    ].join('\n'),
    storyPrompt: 'Ask a patient who asked for their full record what they found useful, for example the dates of past vaccinations or operations.',
    letter: `You can ask to see older entries in your health record in the NHS App. Ask us using our online form: ${P('online_form_url')}`,
    review: `To see older entries in your health record, ask us: ${P('online_form_url')}`,
    phone: `Thank you for calling ${NAME}. If you would like to see older entries in your health record in the NHS App, you can ask us using our online form, on our website. We may need to check your record first, so it can take a little time.`,
    social: `The NHS App shows new entries in your GP health record. To see older entries too, ask us.\nAsk us using our online form: ${P('online_form_url')}`,
    seasonal: {
      season: 'new-year',
      body: `New year, new start: ask to see the older entries in your health record, not only the new ones.\nAsk us using our online form: ${P('online_form_url')}`,
    },
    ppg: [
      `${NAME} patient group`,
      'Ask us how to ask the surgery for the older entries in your health record, not only the new ones. The surgery may need to check your record first.',
      'Your record is private. If anyone pressures you to show it, tell the surgery.',
      'You can still phone the surgery or go in.',
      `Scan the code or go to ${P('online_form_url')}`,
    ].join('\n'),
    facts: 'Older entries on request: the guidance; coercion: CONTENT.md',
  },

  'update-details': {
    banner: `Moved house, or changed your name, phone number or email? Tell us online.\nUpdate your details: ${P('update_details_url')}`,
    section: [
      'Changing your details',
      'You can tell us about a new address, phone number, email address or name online, at a time that suits you.',
      'Keeping your mobile number up to date means you get our text messages, such as appointment reminders.',
      'For a change of name we may ask to see a document.',
      'You can still tell us by phone or in person.',
      `Update your details: ${P('update_details_url')}`,
    ].join('\n'),
    newsletter: [
      'Moved house or got a new phone number?',
      'Please tell us when your contact details change, so appointment reminders, test results and letters reach you. You can do this online, at a time that suits you.',
      'Check that we have your current mobile number: many of our messages come by text message or in the NHS App.',
      'For a change of name we may ask to see a document.',
      `Update your details: ${P('update_details_url')}`,
    ].join('\n'),
    storyPrompt: 'Ask a patient who updated their details online how quick it was, and whether it meant a reminder reached them.',
    letter: `Moved, or got a new phone number or email? Tell us online so our letters and texts reach you: ${P('update_details_url')}`,
    review: `Changed your mobile number or address? Tell us online: ${P('update_details_url')}`,
    phone: `Thank you for calling ${NAME}. If you need to change your address, phone number or name, you can tell us on our website instead. Please check we have your mobile number, so our texts reach you.`,
    social: `New address, phone number or email? Tell us online so you get our reminders and messages.\nUpdate your details: ${P('update_details_url')}`,
    seasonal: {
      season: 'back-to-school',
      body: `Moving for work, college or university? Tell us your new address and phone number, or register with a GP near your new home.\nUpdate your details: ${P('update_details_url')}`,
    },
    ppg: [
      `${NAME} patient group`,
      'Ask us how to tell the surgery about a new address, phone number, email or name online.',
      'An up-to-date mobile number means you get reminders and messages from the surgery.',
      'You can still tell the surgery by phone or in person.',
      `Scan the code or go to ${P('update_details_url')}`,
    ].join('\n'),
  },

  'text-messages': {
    banner: `We send reminders and information by text message. Make sure we have your current mobile number.\nUpdate your details: ${P('update_details_url')}`,
    section: [
      'Text messages and NHS App messages',
      'We send reminders, invitations to reviews, information and links to forms by text message or as messages in the NHS App.',
      'If you have the NHS App, turn on notifications so you see our messages. If not, make sure we have your current mobile number.',
      'We will never ask for your bank details or passwords in a message. If you are not sure a message is from us, phone us.',
      `Update your mobile number: ${P('update_details_url')}`,
    ].join('\n'),
    newsletter: [
      'Messages from us: in the NHS App or by text',
      'We send appointment reminders, invitations to reviews and links to forms by text message or in the NHS App. It is quicker for you than a letter.',
      'If you use the NHS App, turn on notifications so you see our messages straight away. If not, please check we have your current mobile number.',
      `We will never ask for your bank details or passwords in a message. If you are not sure a message is really from us, phone us on ${PHONE}.`,
      `Update your mobile number: ${P('update_details_url')}`,
    ].join('\n'),
    storyPrompt: 'Ask a patient whether a text message or NHS App reminder helped them remember an appointment or a review.',
    letter: `We send reminders and information by text message and in the NHS App. Tell us if your mobile number changes: ${P('update_details_url')}`,
    review: `New mobile number? Tell us. Or turn on NHS App notifications to get our messages: ${P('update_details_url')}`,
    phone: `Thank you for calling ${NAME}. We send reminders and information by text message and in the NHS App. Please make sure we have your current mobile number. We will never ask for your bank details in a message.`,
    social: `We send reminders and links to forms by text message and in the NHS App. Turn on NHS App notifications, or tell us if your mobile number changes.\nUpdate your details: ${P('update_details_url')}`,
    seasonal: {
      season: 'autumn',
      body: `Invites for autumn flu and COVID-19 jabs often come by text message or in the NHS App. Make sure we have your mobile number.\nUpdate your details: ${P('update_details_url')}`,
    },
    ppg: [
      `${NAME} patient group`,
      'Ask us how to turn on notifications in the NHS App, so you see messages from the surgery, and how to keep your mobile number up to date.',
      'The surgery will never ask for your bank details or passwords in a message. If you are not sure a message is real, phone the surgery.',
      `Scan the code or go to ${P('update_details_url')}`,
    ].join('\n'),
    facts: 'NHS App messages first, text messages as fallback: CONTENT.md',
  },

  'online-requests': {
    banner: `Contact us for anything that is not urgent using our online form.\nUse our online form: ${P('online_form_url')}`,
    section: [
      'Contact us using our online form',
      'You can send us a request using our online form for anything that is not urgent: a new problem, a question for reception, a fit note or a follow-up.',
      'You may see this called an "online consultation". It is not a video call. It is a way to send us a request in writing, in your own words and your own time.',
      'We read every request and tell you what will happen next within one working day, such as a call back, an appointment, a prescription or advice.',
      'The form is not for urgent problems. If it is urgent, phone us. When we are closed, use 111 online or call 111. In a life-threatening emergency, call 999.',
      'You can still phone us or come in.',
      `Use our online form: ${P('online_form_url')}`,
    ].join('\n'),
    newsletter: [
      'Our online form: what happens after you send it',
      'You can contact us using our online form for anything that is not urgent, such as a new problem, a question or a fit note. It is not a video call: it is a way to send us a request in writing.',
      'A member of our team reads every request and passes it to the right person. We will tell you what happens next within one working day.',
      'Many people find it easier to explain something personal in writing, in their own time.',
      'The form is not for urgent problems. If it is urgent, phone us. When we are closed, use 111 online or call 111. In a life-threatening emergency, call 999.',
      `Use our online form: ${P('online_form_url')}`,
    ].join('\n'),
    storyPrompt: 'Ask a patient who used the online form, perhaps for something they found hard to say on the phone, what happened after they sent it.',
    letter: `For anything that is not urgent, you can contact us using our online form: ${P('online_form_url')} If it is urgent, phone us. In a life-threatening emergency, call 999.`,
    review: `Not urgent? You can contact us about your review using our online form: ${P('online_form_url')}`,
    phone: `Thank you for calling ${NAME}. For anything that is not urgent, you can contact us using our online form on our website, without waiting on the phone. It is not a video call. We will tell you what happens next within one working day. If your problem is urgent, please stay on the line.`,
    social: `Not urgent? Contact us using our online form, in your own words and your own time. It is not a video call. We will tell you what happens next within one working day. Urgent? Phone us. Life-threatening emergency? Call 999.\n${P('online_form_url')}`,
    seasonal: {
      season: 'winter',
      body: `Our phones are busiest in winter. For anything that is not urgent, use our online form and we will tell you what happens next within one working day. Urgent? Phone us. Life-threatening emergency? Call 999.\n${P('online_form_url')}`,
    },
    ppg: [
      `${NAME} patient group`,
      'Ask us how to use the surgery’s online form. You can use it for anything that is not urgent, such as a new problem, a question or a fit note. It is not a video call.',
      'The surgery will tell you what happens next within one working day.',
      'If it is urgent, phone the surgery. When it is closed, use 111 online or call 111. In a life-threatening emergency, call 999.',
      `Scan the code or go to ${P('online_form_url')}`,
    ].join('\n'),
    facts: 'Online form for non-urgent requests (GP contract, October 2025) and one working day (patient charter): CONTENT.md',
  },

  'home-monitoring': {
    banner: `Taking blood pressure, weight or peak flow readings at home? Send them to us online.\nSend us your readings: ${P('home_monitoring_url')}`,
    section: [
      'Sending us readings from home',
      'If we have asked you to check your blood pressure, weight or peak flow at home, you can send us your readings online. It saves you a trip to the surgery and helps us spot changes early.',
      'We will tell you how often to take readings and what to look out for.',
      'If a reading worries you or you feel unwell, do not wait for us to look at it. Phone us, or call 111 when we are closed. In a life-threatening emergency, call 999.',
      'If you do not have a blood pressure monitor, ask us. Many pharmacies can check your blood pressure too.',
      `Send us your readings: ${P('home_monitoring_url')}`,
    ].join('\n'),
    newsletter: [
      'Check your health at home',
      'If you have high blood pressure, asthma or another long-term condition, we may ask you to take readings at home, such as your blood pressure, weight or peak flow. You can send them to us online, so you need fewer trips to the surgery and we can spot changes early.',
      'We will tell you how often to take readings and what to look out for. If a reading worries you or you feel unwell, do not wait for us to see it: phone us, or call 111 when we are closed. In a life-threatening emergency, call 999.',
      'Many pharmacies can check your blood pressure too.',
      `Send us your readings: ${P('home_monitoring_url')}`,
    ].join('\n'),
    storyPrompt: 'Ask a patient who sends home readings, for example blood pressure, how it has changed their check-ups.',
    letter: `If we have asked you to take readings at home, such as blood pressure, you can send them to us online: ${P('home_monitoring_url')} If a reading worries you, phone us.`,
    review: `Before your review, send us your home readings online: ${P('home_monitoring_url')}`,
    phone: `Thank you for calling ${NAME}. If we have asked you to take blood pressure or other readings at home, you can send them to us online, on our website. If a reading worries you or you feel unwell, please stay on the line.`,
    social: `Checking your blood pressure at home? If we have asked you to, you can send us your readings online. If a reading worries you, do not wait: phone us, or call 111 when we are closed.\n${P('home_monitoring_url')}`,
    seasonal: {
      season: 'new-year',
      body: `Starting the year with a health check? Many pharmacies can check your blood pressure. If we have asked you to take readings at home, send them to us online. If a reading worries you, phone us.\n${P('home_monitoring_url')}`,
    },
    ppg: [
      `${NAME} patient group`,
      'Ask us how to send home readings, such as blood pressure, weight or peak flow, to the surgery online.',
      'If a reading worries you or you feel unwell, do not wait: phone the surgery, or call 111 when it is closed. In a life-threatening emergency, call 999.',
      'You can still phone the surgery or go in.',
      `Scan the code or go to ${P('home_monitoring_url')}`,
    ].join('\n'),
    facts: 'Safety-netting for home readings: content review finding 6',
  },

  'video-consultations': {
    banner: `Some appointments can be by video, so you do not need to travel.\nAppointments: ${P('appointments_url')}`,
    section: [
      'Video appointments',
      'When it suits your problem, a doctor or nurse may offer you an appointment by video. You do not need to travel or sit in a waiting room.',
      'You need a phone, tablet or computer with a camera and an internet connection, and a quiet, private place. We send you a link by text message at the time of your appointment.',
      'The doctor or nurse decides with you whether video is right. You can still be seen in person when you need to be.',
      `Find out about appointments: ${P('appointments_url')}`,
    ].join('\n'),
    newsletter: [
      'Seeing a doctor or nurse by video',
      'For some problems, a video appointment saves you a journey and time in the waiting room. It can help if you find it hard to get to the surgery, or care for someone who does.',
      'You need a phone, tablet or computer with a camera, an internet connection and a quiet, private place. We send you a link by text message when it is time. If you would like a video appointment, ask us when you book.',
      'You will be seen in person when you need to be.',
      `Find out about appointments: ${P('appointments_url')}`,
    ].join('\n'),
    storyPrompt: 'Ask a patient or carer who had a video appointment how it compared with travelling to the surgery.',
    letter: `Some appointments can be by video, so you do not need to travel. Ask us when you book: ${P('appointments_url')}`,
    review: `Your review may be possible by video. Ask us when you book: ${P('appointments_url')}`,
    phone: `Thank you for calling ${NAME}. Some appointments can be by video, so you do not need to travel. If you would like one, ask when you book. You will still be seen in person when you need to be.`,
    social: `Some appointments can be by video, so you do not need to travel. All you need is a phone, tablet or computer with a camera. Ask us when you book.\nAppointments: ${P('appointments_url')}`,
    seasonal: {
      season: 'winter',
      body: `Cold, icy weather? For some problems, a video appointment means you do not need to travel. Ask us when you book.\nAppointments: ${P('appointments_url')}`,
    },
    ppg: [
      `${NAME} patient group`,
      'Ask us what you need for a video appointment with the surgery. You need a phone, tablet or computer with a camera, the internet and a quiet, private place.',
      'The doctor or nurse decides with you whether video suits your problem. You can still be seen in person when you need to be.',
      `Scan the code or go to ${P('appointments_url')}`,
    ].join('\n'),
  },

  'fit-notes': {
    banner: `Need a fit note? Ask for one using our online form.\nAsk for a fit note: ${P('fit_note_url')}`,
    section: [
      'Fit notes',
      'You can ask for a fit note (sometimes called a sick note) using our online form, with no need to phone.',
      'You do not need a fit note if you are off sick for 7 days or less, counting weekends and bank holidays. You can fill in a self-certification form instead.',
      'If you are being treated in hospital, ask the hospital team for your fit note.',
      'The form is not for urgent problems. If you feel very unwell, phone us, or call 111 when we are closed. In a life-threatening emergency, call 999.',
      `Ask for a fit note: ${P('fit_note_url')}`,
    ].join('\n'),
    newsletter: [
      'Fit notes: ask online',
      'Fit notes were the most common reason patients used one GP surgery’s online services. You can ask us for one using our online form, in your own time, without phoning.',
      'You only need a fit note if you are off sick for more than 7 days, counting weekends and bank holidays. For 7 days or less, you can self-certify. If you are being treated in hospital, the hospital team can give you one.',
      'The form is not for urgent problems. If it is urgent, phone us. In a life-threatening emergency, call 999.',
      `Ask for a fit note: ${P('fit_note_url')}`,
    ].join('\n'),
    storyPrompt: 'Ask a patient who asked for a fit note online how long it took and whether it saved them time off work.',
    letter: `Need a fit note? You can ask for one using our online form: ${P('fit_note_url')} For 7 days off sick or less, you can self-certify.`,
    review: `Need a fit note? Ask using our online form: ${P('fit_note_url')}`,
    phone: `Thank you for calling ${NAME}. If you need a fit note, you can ask for one using our online form on our website, without waiting on the phone. You do not need a fit note for 7 days off sick or less. If your problem is urgent, please stay on the line.`,
    social: `Need a fit note? Ask for one using our online form, with no phone call. Off sick for 7 days or less? You can self-certify instead. The form is not for urgent problems.\nAsk for a fit note: ${P('fit_note_url')}`,
    seasonal: {
      season: 'winter',
      body: `Off work with flu this winter? For 7 days or less, counting weekends, you do not need a fit note: you can self-certify. For longer, ask using our online form. Feeling very unwell? Phone us or call 111.\n${P('fit_note_url')}`,
    },
    ppg: [
      `${NAME} patient group`,
      'Ask us how to ask the surgery for a fit note using its online form.',
      'You do not need a fit note for 7 days off sick or less, counting weekends and bank holidays: you can self-certify.',
      'The form is not for urgent problems. If it is urgent, phone the surgery. In a life-threatening emergency, call 999.',
      `Scan the code or go to ${P('fit_note_url')}`,
    ].join('\n'),
    facts: 'Self-certification and who issues fit notes: CONTENT.md; fit notes as the commonest reason: the guidance',
  },

  registration: {
    banner: `New to the area? Register with us online. You do not need proof of address or ID.\nRegister with us: ${P('registration_url')}`,
    section: [
      'Register with us',
      'You can register with us online. To register with a GP surgery, you do not need proof of address, ID or an NHS number. You do not need to show your immigration status either.',
      'Once you are registered, you can use the NHS App to order repeat medicines, book some appointments, see your health record and contact us. When you set up NHS login, the app links to our surgery.',
      'If you need help to register, ask at reception or phone us.',
      `Register with us: ${P('registration_url')}`,
    ].join('\n'),
    newsletter: [
      'Registering is simple: tell your new neighbours',
      'Anyone who lives in our area can register with us online. You do not need proof of address, ID or an NHS number. You do not need to show your immigration status either.',
      'Once you are registered, you can set up the NHS App yourself with NHS login. Then you can order repeat medicines, book some appointments and see your health record.',
      'If you would rather not go online, that is fine: you can phone us or come in.',
      `Register with us: ${P('registration_url')}`,
    ].join('\n'),
    storyPrompt: 'Ask a patient who registered recently, perhaps after moving to the area, how registering online and setting up the NHS App went.',
    letter: `Know someone new to the area? They can register with us online, with no proof of address or ID needed: ${P('registration_url')}`,
    review: `Know someone who needs a GP? They can register with us online: ${P('registration_url')}`,
    phone: `Thank you for calling ${NAME}. If you would like to register with us, you can do it online, on our website. You do not need proof of address or ID. Once you are registered, you can use the NHS App.`,
    social: `New to the area? Register with us online. You do not need proof of address, ID or an NHS number.\nRegister with us: ${P('registration_url')}`,
    seasonal: {
      season: 'back-to-school',
      body: `Starting college or university, or moving for work? Register with a GP near where you live now. You can register with us online, with no proof of address or ID.\n${P('registration_url')}`,
    },
    ppg: [
      `${NAME} patient group`,
      'Ask us how to register with the surgery online. You do not need proof of address, ID or an NHS number.',
      'Once you are registered, we can help you set up the NHS App. If you would rather not register online, phone the surgery or ask at reception.',
      `Scan the code or go to ${P('registration_url')}`,
    ].join('\n'),
    facts: 'No proof of address, ID or NHS number; NHS login connects the app: CONTENT.md',
  },

  'digital-skills': {
    banner: `Want help getting online? Free help is available, and you can still phone us or come in.\nHelp getting online: ${P('digital_support_url')}`,
    section: [
      'Help getting online',
      'If you would like to use the NHS App or our online services but are not sure how, free help is available.',
      `Learn My Way has free online courses. Local libraries and Age UK also help people get online, and the National Digital Inclusion Network can tell you where to find help near you. You can also ask ${P('digital_support_contact')}.`,
      'Someone you trust can help you, or act for you through family and carer access, with your agreement.',
      'You do not have to use online services. You can always phone us or come in, and you will get the same care.',
      `Free help getting online: ${P('digital_support_url')}`,
    ].join('\n'),
    newsletter: [
      'Never too late to get online',
      'More and more people use the NHS App, but not everyone finds it easy. If you would like to try, free help is available.',
      `Learn My Way has free online courses you can do at your own pace. Local libraries and Age UK help people get online, and the National Digital Inclusion Network can point you to help nearby. You can also ask ${P('digital_support_contact')}.`,
      'If you prefer not to go online, that is fine. You can always phone us or come in, and you will get the same care.',
      `Free help getting online: ${P('digital_support_url')}`,
    ].join('\n'),
    storyPrompt: 'Ask a patient who learned to use the NHS App recently, perhaps with help from family or a library, what helped them most.',
    letter: `Would you like help getting online? Free help is available: ${P('digital_support_url')} You can always phone us or come in.`,
    review: `Want help getting online? Free help: ${P('digital_support_url')} You can still phone us or come in.`,
    phone: `Thank you for calling ${NAME}. If you would like help getting online, free help is available: ask our team where to find it. You can always phone us or come in, and you will get the same care.`,
    social: `Want to use the NHS App but not sure how? Free help is available from Learn My Way, local libraries and Age UK. You can always phone us or come in too.\n${P('digital_support_url')}`,
    seasonal: {
      season: 'christmas',
      body: `Got a new phone or tablet for Christmas? Learn how to use the NHS App with free help from Learn My Way, local libraries and Age UK.\n${P('digital_support_url')}`,
    },
    ppg: [
      `${NAME} patient group`,
      'Ask us about free help to use the internet and the NHS App, at your own pace. Local libraries, Age UK and Learn My Way can help too.',
      'You do not have to go online. You can always phone the surgery or go in, and get the same care.',
      `Scan the code or go to ${P('digital_support_url')}`,
    ].join('\n'),
    facts: 'Help with digital skills (Good Things Foundation, Learn My Way, Age UK, libraries): CONTENT.md and the guidance, social prescribing and care navigation',
  },

  // Added for the services issue 11 brought in (content review section 5). Facts from CONTENT.md and
  // the catalogue (services.ts, questions.ts, templates.ts, prompts.ts); every sentence written here.
  travel: {
    banner: `Going abroad? Fill in our travel form at least 6 to 8 weeks before you go.\nTravel form: ${P('travel_url')}`,
    section: [
      'Travel vaccines and advice',
      'If you are going abroad, you may need vaccines or advice for your trip. You can fill in our travel form online, with no need to phone.',
      'Please fill it in at least 6 to 8 weeks before you go, as some vaccines take time. If you are going sooner, still ask us.',
      'You can also ask us by phone or in person.',
      `Fill in our travel form: ${P('travel_url')}`,
    ].join('\n'),
    newsletter: [
      'Going away? Plan your travel vaccines early',
      'Travel was one of the most common reasons patients used one GP surgery’s online services. If you are going abroad, you can fill in our travel form online, with no need to phone.',
      'Please fill it in at least 6 to 8 weeks before you go. Some vaccines take time, so the sooner the better. If you are going sooner than that, still ask us.',
      'You can still phone us or come in if you would rather.',
      `Fill in our travel form: ${P('travel_url')}`,
    ].join('\n'),
    storyPrompt: 'Ask a patient who filled in the travel form online before a trip how it went, and what they would tell others about planning early.',
    letter: `Going abroad? Fill in our travel form at least 6 to 8 weeks before you go, as some vaccines take time: ${P('travel_url')}`,
    review: `Going abroad? Fill in our travel form 6 to 8 weeks before you go: ${P('travel_url')}`,
    phone: `Thank you for calling ${NAME}. If you are going abroad and may need vaccines, you can fill in our travel form on our website. Please do it at least 6 to 8 weeks before you go, as some vaccines take time.`,
    social: `Going abroad? You may need vaccines or advice for your trip. Fill in our travel form at least 6 to 8 weeks before you go, as some vaccines take time.\nTravel form: ${P('travel_url')}`,
    seasonal: {
      season: 'summer-holidays',
      body: `Booked a trip abroad this summer? Fill in our travel form at least 6 to 8 weeks before you go, so there is time for any vaccines you need.\nTravel form: ${P('travel_url')}`,
    },
    ppg: [
      `${NAME} patient group`,
      'Going abroad? Ask us how to fill in the surgery’s travel form online, to find out if you need vaccines or advice for your trip.',
      'Fill it in at least 6 to 8 weeks before you go, as some vaccines take time.',
      'You can also ask the surgery by phone or in person.',
      `Scan the code or go to ${P('travel_url')}`,
    ].join('\n'),
    facts: 'The travel form at least 6 to 8 weeks before travel: CONTENT.md; travel as a common reason for using online services: the guidance, practice website',
  },

  'family-carer-access': {
    banner: `Caring for someone? Help them in your own NHS App, if they agree.\nFamily and carer access: ${P('family_access_url')}`,
    section: [
      'Family and carer access',
      'If you care for someone, you can help them in your own NHS App. If they agree, you can order their repeat medicines, book their appointments or see their health record.',
      'You must both be registered with us. You each use your own NHS App, so never share a login.',
      'A helper cannot send us messages for the person, or change their pharmacy.',
      'To set it up, ask us. We check who you both are and what they agree to share. For a child, or an adult who cannot agree, we will talk it through with you.',
      'You can still phone us or come in for the person you care for.',
      `Family and carer access: ${P('family_access_url')}`,
    ].join('\n'),
    newsletter: [
      'Caring for someone? Help them in your own NHS App',
      'Carers often find it hard to take time out to come in, or to wait on the phone. With family and carer access, you can order someone’s repeat medicines or book their appointments in your own NHS App, if they agree.',
      'You must both be registered with us. A helper cannot send us messages for the person, or change their pharmacy.',
      'To set it up, ask us. We check who you both are and what they agree to share.',
      'You can still phone us or come in.',
      `Family and carer access: ${P('family_access_url')}`,
    ].join('\n'),
    storyPrompt: 'Ask a patient who helps a parent, partner or child through family and carer access how it has changed things for them both. Get both people’s agreement before you print it.',
    letter: `Caring for someone who is registered with us? If they agree, you can help them in your own NHS App: ${P('family_access_url')} Ask us how to set it up.`,
    review: `Does someone help with your care? They can do it in their own NHS App if you agree: ${P('family_access_url')}`,
    phone: `Thank you for calling ${NAME}. If you care for someone who is registered with us, you may be able to help them in your own NHS App, if they agree. It is called family and carer access. Ask our team how to set it up.`,
    social: `Caring for someone? With family and carer access, you can order their repeat medicines or book their appointments in your own NHS App, if they agree. You must both be registered with the same GP surgery.\n${P('family_access_url')}`,
    seasonal: {
      season: 'winter',
      body: `Caring for someone this winter? With family and carer access, you can order their medicines or book for them in your own NHS App, if they agree, with no trip out in the cold.\n${P('family_access_url')}`,
    },
    ppg: [
      `${NAME} patient group`,
      'Ask us about family and carer access. If you care for someone, you can help them in your own NHS App, if they agree.',
      'You must both be registered with the surgery. A helper cannot send messages for the person, or change their pharmacy.',
      'You can still phone the surgery or go in.',
      `Scan the code or go to ${P('family_access_url')}`,
    ].join('\n'),
    facts: 'Family and carer access (same surgery, own NHS App, no messages or change of pharmacy): CONTENT.md; support for carers: the guidance, benefits',
  },

  'nhs-app-messages': {
    banner: `Turn on NHS App notifications, so you do not miss a message from us.\nHow to do it: ${P('notifications_url')}`,
    section: [
      'Messages from us in the NHS App',
      'We may send you messages in the NHS App, such as reminders and invitations. The NHS asks GP surgeries to use the app first.',
      'Turn on notifications in the app, so your phone tells you when a message comes. You can read our messages again later.',
      'If you do not read a message, you may get a text from NHSApp instead.',
      'We will never ask for your bank details or passwords in a message. If you are not sure a message is from us, phone us.',
      'No NHS App? We can still text you. You can still phone us or come in.',
      `How to turn on notifications: ${P('notifications_url')}`,
    ].join('\n'),
    newsletter: [
      'Do not miss our messages: turn on NHS App notifications',
      'We may send you messages in the NHS App, such as reminders and invitations to reviews. The NHS asks GP surgeries to use the app first. Messages in the app are safe, and you can read them again later.',
      'Turn on notifications in the app, so your phone tells you when a message comes. If you do not read it, you may get a text from NHSApp instead.',
      'If you do not use the NHS App, we can still text you. You can still phone us or come in.',
      `How to turn on notifications: ${P('notifications_url')}`,
    ].join('\n'),
    storyPrompt: 'Ask a patient who gets our messages in the NHS App whether a notification helped them catch a reminder or an invitation in time.',
    letter: `We may send you messages in the NHS App. Turn on notifications so you do not miss one: ${P('notifications_url')}`,
    review: `Turn on NHS App notifications. Then your phone tells you when we send a message: ${P('notifications_url')}`,
    phone: `Thank you for calling ${NAME}. We may send you messages in the NHS App, such as reminders. Please turn on notifications in the app, so you do not miss one. We will never ask for your bank details in a message.`,
    social: `Messages from your GP surgery may now come in the NHS App. Turn on notifications, so your phone tells you when one comes. We will never ask for your bank details or passwords.\n${P('notifications_url')}`,
    seasonal: {
      season: 'autumn',
      body: `Your invite for a flu jab this autumn may come in the NHS App. Turn on notifications, so you do not miss it.\n${P('notifications_url')}`,
    },
    ppg: [
      `${NAME} patient group`,
      'Ask us how to turn on notifications in the NHS App, so you see messages from the surgery.',
      'Messages in the app are safe, and you can read them again. The surgery will never ask for your bank details or passwords.',
      'No app? The surgery can still text you. You can still phone or go in.',
      `Scan the code or go to ${P('notifications_url')}`,
    ].join('\n'),
    facts: 'NHS App messages first, text messages as fallback from the sender NHSApp: CONTENT.md',
  },

  'pharmacy-nomination': {
    banner: `Choose the pharmacy we send your prescriptions to, in the NHS App.\nHow to choose a pharmacy: ${P('nominate_pharmacy_url')}`,
    section: [
      'Choosing your pharmacy',
      'In the NHS App you can choose the pharmacy we send your prescriptions to. This is called nominating a pharmacy.',
      'Pick one near your home or work, or an online pharmacy that delivers. Your prescription goes straight there, so you do not need a paper one.',
      'You can change it in the app if you move or want a different one. Someone who helps you through family and carer access cannot change it for you.',
      'If you do not use the NHS App, ask us by phone or in person.',
      `How to choose a pharmacy: ${P('nominate_pharmacy_url')}`,
    ].join('\n'),
    newsletter: [
      'Your prescription, sent to the pharmacy you choose',
      'In the NHS App you can choose which pharmacy we send your prescriptions to: one near home or work, or an online pharmacy that delivers. This is called nominating a pharmacy.',
      'Your prescription goes straight there, so you do not need a paper one. It can save you a trip and a phone call.',
      'Please order a few working days before you run low.',
      'If you do not use the NHS App, ask us by phone or in person.',
      `How to choose a pharmacy: ${P('nominate_pharmacy_url')}`,
    ].join('\n'),
    storyPrompt: 'Ask a patient who chose a pharmacy near work, or one that delivers, how it has changed getting their medicines.',
    letter: `You can choose the pharmacy we send your prescriptions to in the NHS App. Pick one near home or work, or one that delivers: ${P('nominate_pharmacy_url')}`,
    review: `Choose the pharmacy we send your prescriptions to in the NHS App: ${P('nominate_pharmacy_url')}`,
    phone: `Thank you for calling ${NAME}. In the NHS App you can choose the pharmacy we send your prescriptions to, near home or work, or one that delivers. Your prescription goes straight there. Please order a few working days before you run low.`,
    social: `Choose the pharmacy we send your prescriptions to in the NHS App: one near home or work, or an online pharmacy that delivers. Your prescription goes straight there.\n${P('nominate_pharmacy_url')}`,
    seasonal: {
      season: 'back-to-school',
      body: `Starting a new job or course? In the NHS App you can choose a pharmacy near where you spend your day, and we will send your prescriptions there.\n${P('nominate_pharmacy_url')}`,
    },
    ppg: [
      `${NAME} patient group`,
      'Ask us how to choose the pharmacy the surgery sends your prescriptions to, in the NHS App.',
      'Pick one near home or work, or an online pharmacy that delivers.',
      'If you do not use the app, ask the surgery by phone or in person.',
      `Scan the code or go to ${P('nominate_pharmacy_url')}`,
    ].join('\n'),
    facts: 'Nominating a pharmacy in the NHS App, and what a family member or carer cannot change: CONTENT.md',
  },

  'pharmacy-first': {
    banner: `A pharmacist can treat some common illnesses, with no need to see a GP first.\nPharmacy First: ${P('pharmacy_first_url')}`,
    section: [
      'Pharmacy First',
      'For some common illnesses, you can go straight to a pharmacy. With Pharmacy First, a pharmacist can give you advice and treatment, with no need to see a GP first.',
      'Most times you do not need to book. If you need to see us, the pharmacist will tell you.',
      'Our page lists what local pharmacies can help with.',
      'If you feel very unwell or it is urgent, phone us, or call 111 when we are closed. In a life-threatening emergency, call 999.',
      'You can still phone us or come in.',
      `Find out about Pharmacy First: ${P('pharmacy_first_url')}`,
    ].join('\n'),
    newsletter: [
      'See a pharmacist first for some common illnesses',
      'Since January 2024, pharmacists can treat some common illnesses through Pharmacy First. You do not need to see a GP first, and most times you do not need to book.',
      'The pharmacist can give you advice and, if you need it, treatment. If they think you need to see us, they will tell you.',
      'If it is urgent, phone us, or call 111 when we are closed. In a life-threatening emergency, call 999.',
      'You can still phone us or come in.',
      `Find out about Pharmacy First: ${P('pharmacy_first_url')}`,
    ].join('\n'),
    storyPrompt: 'Ask a patient who was treated by a pharmacist through Pharmacy First how quick it was, and what they would tell others.',
    letter: `For some common illnesses, a pharmacist can help, with no need to see a GP first: ${P('pharmacy_first_url')}`,
    review: `A pharmacist can treat some common illnesses, with no need to see a GP first: ${P('pharmacy_first_url')}`,
    phone: `Thank you for calling ${NAME}. For some common illnesses, a pharmacist can give you advice and treatment through Pharmacy First, with no need to see a GP first. Our website lists what they can help with. If your problem is urgent, please stay on the line.`,
    social: `A pharmacist can treat some common illnesses, with no need to see a GP first. Most times you do not need to book, and they will tell you if you need to see us. Very unwell? Phone us, or call 111 when we are closed.\nPharmacy First: ${P('pharmacy_first_url')}`,
    seasonal: {
      season: 'winter',
      body: `Feeling ill this winter? For some common illnesses, a pharmacist can give advice and treatment through Pharmacy First, often with no need to book. Very unwell? Phone us, or call 111 when we are closed.\n${P('pharmacy_first_url')}`,
    },
    ppg: [
      `${NAME} patient group`,
      'Ask us about Pharmacy First. For some common illnesses, a pharmacist can give advice and treatment, with no need to see a GP first.',
      'If it is urgent, phone the surgery, or call 111 when it is closed. In a life-threatening emergency, call 999.',
      'You can still phone the surgery or go in.',
      `Scan the code or go to ${P('pharmacy_first_url')}`,
    ].join('\n'),
    facts: 'Pharmacy First (since January 2024) as a next step in care navigation: CONTENT.md',
  },

  'self-referral': {
    banner: `For some NHS services, such as physio, you do not need to see a GP first.\nRefer yourself: ${P('self_referral_url')}`,
    section: [
      'Services you can refer yourself to',
      'You do not always need to see a GP first. You can contact some NHS services yourself. This is called referring yourself.',
      'Depending on where you live, this can include physio, NHS Talking Therapies, foot care and maternity care. Our page lists the ones you can use, and how to contact them.',
      'If you need help urgently, phone us, or call 111 when we are closed. In a life-threatening emergency, call 999.',
      'If you are not sure, you can still phone us or come in.',
      `Services you can refer yourself to: ${P('self_referral_url')}`,
    ].join('\n'),
    newsletter: [
      'Physio, talking therapies and more: you can refer yourself',
      'Did you know you can contact some NHS services yourself, without seeing a GP first? Depending on where you live, this can include physio, NHS Talking Therapies, foot care and maternity care.',
      'Going straight to the right service saves you a step, and keeps GP appointments free for those who need them.',
      'Our page lists the ones you can use. If you are not sure, ask us: you can still phone us or come in.',
      'If you need help urgently, phone us, or call 111 when we are closed. In a life-threatening emergency, call 999.',
      `Services you can refer yourself to: ${P('self_referral_url')}`,
    ].join('\n'),
    storyPrompt: 'Ask a patient who referred themselves, for example to physio or NHS Talking Therapies, how it went and how they found out they could.',
    letter: `Some NHS services do not need you to see a GP first. You can contact them yourself, such as physio: ${P('self_referral_url')}`,
    review: `You can contact some services yourself, such as physio. See which ones: ${P('self_referral_url')}`,
    phone: `Thank you for calling ${NAME}. You do not always need to see a GP first. You can contact some NHS services yourself, such as physio, foot care, maternity care and NHS Talking Therapies. Our website lists them. If it is urgent, please stay on the line.`,
    social: `You do not always need to see a GP first. You can contact some NHS services yourself, such as physio, NHS Talking Therapies, foot care and maternity care. Need help urgently? Phone us, or call 111 when we are closed.\n${P('self_referral_url')}`,
    seasonal: {
      season: 'new-year',
      body: `New year, new start? If you want help with your mood, or with aches and pains, you may be able to contact NHS Talking Therapies or physio yourself. Need help urgently? Call 111.\n${P('self_referral_url')}`,
    },
    ppg: [
      `${NAME} patient group`,
      'Ask us which NHS services you can contact yourself, without seeing a GP first, such as physio or NHS Talking Therapies. The surgery’s website lists them.',
      'If you need help urgently, phone the surgery, or call 111 when it is closed. In a life-threatening emergency, call 999.',
      'If you are not sure, you can still phone the surgery or go in.',
      `Scan the code or go to ${P('self_referral_url')}`,
    ].join('\n'),
    facts: 'Services patients can refer themselves to (such as physiotherapy, NHS Talking Therapies, podiatry and maternity care): CONTENT.md',
  },

  reviews: {
    banner: `Is your review due? Book it or fill in our review form online.\nYour review: ${P('reviews_url')}`,
    section: [
      'Your review',
      'If you have a long-term condition or take regular medicines, we invite you for a review. It checks how you are and that your medicines are still right for you.',
      'When your review is due, you can book it or fill in our review form online. You can still book by phone or in person.',
      'If you have missed a review, that is fine: book it when you can.',
      'If you feel unwell, do not wait for your review. Phone us, or call 111 when we are closed. In a life-threatening emergency, call 999.',
      `Book your review: ${P('reviews_url')}`,
    ].join('\n'),
    newsletter: [
      'Your review: book it online',
      'If you have a condition such as asthma or high blood pressure, or take regular medicines, we invite you for a review. It checks how you are and that your medicines are still right for you.',
      'When yours is due, you can book it or fill in our review form online, in your own time. You can still phone us or come in.',
      'If you feel unwell, do not wait for your review. Phone us, or call 111 when we are closed. In a life-threatening emergency, call 999.',
      `Book your review: ${P('reviews_url')}`,
    ].join('\n'),
    storyPrompt: 'Ask a patient who booked their review online, or filled in the review form, whether it made it easier to keep up with their care.',
    letter: `Is your review due? You can book it or fill in our review form online: ${P('reviews_url')} You can still phone us.`,
    review: `You can book your review or fill in our review form online: ${P('reviews_url')}`,
    phone: `Thank you for calling ${NAME}. If you are calling about a review, you can book it or fill in our review form on our website, with no wait on the phone. If you feel unwell, please stay on the line.`,
    social: `Have a long-term condition? When your review is due, you can book it or fill in our review form online. If you feel unwell, do not wait: phone us, or call 111 when we are closed.\n${P('reviews_url')}`,
    seasonal: {
      season: 'autumn',
      body: `Getting ready for winter? If your review is due, book it or fill in our review form online. If you feel unwell, do not wait for it: phone us, or call 111 when we are closed.\n${P('reviews_url')}`,
    },
    ppg: [
      `${NAME} patient group`,
      'Ask us how to book your review, or fill in the surgery’s review form, online.',
      'A review checks how you are and that your medicines are still right for you.',
      'If you feel unwell, do not wait for your review: phone the surgery, or call 111 when it is closed. In a life-threatening emergency, call 999.',
      'You can still book by phone or in person.',
      `Scan the code or go to ${P('reviews_url')}`,
    ].join('\n'),
    facts: 'Review reminders offering the online route first, and people overdue a review: the guidance, in regular communications and for specific groups; urgent line: CONTENT.md',
  },

  'ask-reception': {
    banner: `A question about a letter or a form? Ask our reception team using our online form.\nAsk us online: ${P('online_form_url')}`,
    section: [
      'Ask our reception team a question',
      'You can ask our reception team a question using our online form, with no need to phone. For example, about a letter, a form, a referral or your details.',
      'We tell you what happens next within one working day.',
      'The form is not for urgent problems. If it is urgent, phone us. When we are closed, use 111 online or call 111. In a life-threatening emergency, call 999.',
      'You can still phone us or come in.',
      `Ask us using our online form: ${P('online_form_url')}`,
    ].join('\n'),
    newsletter: [
      'A question for reception? Ask us online',
      'Asking reception a question was one of the most common reasons patients used one GP surgery’s online services. You can ask us about a letter, a form, a referral or your details using our online form, with no wait on the phone.',
      'We read every question and tell you what happens next within one working day.',
      'The form is not for urgent problems. If it is urgent, phone us. In a life-threatening emergency, call 999.',
      'You can still phone us or come in.',
      `Ask us using our online form: ${P('online_form_url')}`,
    ].join('\n'),
    storyPrompt: 'Ask a patient who asked reception a question online, such as about a letter or a form, how quickly they heard back.',
    letter: `A question for our reception team? Ask us using our online form: ${P('online_form_url')} If it is urgent, phone us.`,
    review: `A question about your review? Ask us using our online form: ${P('online_form_url')}`,
    phone: `Thank you for calling ${NAME}. If you have a question for our reception team, such as about a letter or a form, you can ask us using our online form on our website. We will tell you what happens next within one working day. If it is urgent, please stay on the line.`,
    social: `A question about a letter, a form or your details? Ask our reception team using our online form, with no wait on the phone. We will tell you what happens next within one working day. Urgent? Phone us.\n${P('online_form_url')}`,
    seasonal: {
      season: 'christmas',
      body: `We are closed on the bank holidays over Christmas and New Year. A question for reception that is not urgent? Use our online form, and we will tell you what happens next within one working day. Urgent? Phone us, or call 111 when we are closed.\n${P('online_form_url')}`,
    },
    ppg: [
      `${NAME} patient group`,
      'Ask us how to send the surgery’s reception team a question using its online form, such as about a letter or a form.',
      'The surgery will tell you what happens next within one working day.',
      'The form is not for urgent problems: phone the surgery. In a life-threatening emergency, call 999.',
      'You can still phone the surgery or go in.',
      `Scan the code or go to ${P('online_form_url')}`,
    ].join('\n'),
    facts: 'Asking reception a question as a common reason: the guidance, practice website; one working day (patient charter) and the online form for requests that are not urgent: CONTENT.md',
  },

  'accessible-formats': {
    banner: `Need large print, easy read, another language or an interpreter? Tell us and we will note it.\nContact us: ${P('website_url')}`,
    section: [
      'Information in a way that suits you',
      'Tell us if you need information in large print, easy read or braille, or in another language. Tell us too if you need a BSL or other interpreter.',
      'We will note it on your record, so we get it right each time.',
      'If phoning is hard for you, for example because of hearing loss, you can contact us in writing using our online form.',
      'You can tell us by phone, in person or online.',
      `Contact us: ${P('website_url')}`,
    ].join('\n'),
    newsletter: [
      'Tell us how you need us to talk to you',
      'If you need information in large print, easy read or braille, or in another language, please tell us. Tell us too if you need a BSL or other interpreter. We will note it on your record, so we get it right each time.',
      'If phoning is hard for you, for example because of hearing loss, you can contact us in writing using our online form.',
      'You can tell us by phone, in person or online.',
      `Contact us: ${P('website_url')}`,
    ].join('\n'),
    storyPrompt: 'Ask a patient who uses large print, an interpreter or BSL what difference it made once we noted their needs. Offer to take their story in the format that suits them.',
    letter: `Need this letter in large print, easy read, braille or another language? Tell us on ${PHONE} or at ${P('website_url')}`,
    review: `Need large print, easy read, another language or an interpreter? Please tell us: ${P('website_url')}`,
    phone: `Thank you for calling ${NAME}. Tell us if you need large print, easy read, another language or an interpreter. We will note it, so we get it right each time.`,
    social: `Do you need information in large print, easy read, braille or another language? Or a BSL or other interpreter? Tell us, and we will note it on your record so we get it right each time.\n${P('website_url')}`,
    seasonal: {
      season: 'autumn',
      body: `Coming in for a vaccine this autumn? If you need an interpreter, large print or easy read, tell us before you come, so we are ready for you.\n${P('website_url')}`,
    },
    ppg: [
      `${NAME} patient group`,
      'Ask us how to tell the surgery if you need large print, easy read, braille, another language or an interpreter.',
      'The surgery will note it on your record, so it gets it right each time.',
      'You can tell the surgery by phone, in person or online.',
      `Scan the code or go to ${P('website_url')}`,
    ].join('\n'),
    facts: 'The Accessible Information Standard (communication needs recorded and met): the catalogue; better access for people with sensory impairment and people learning English: the guidance, benefits',
  },
};

const SERVICE_LABEL: Partial<Record<ServiceId, string>> = {
  'nhs-app': 'NHS App',
  'self-care': 'health advice',
  'repeat-prescriptions': 'repeat prescriptions',
  appointments: 'appointments',
  'test-results': 'test results',
  'health-record': 'health record',
  'full-record': 'full health record',
  'update-details': 'updating details',
  'text-messages': 'text messages',
  'online-requests': 'online form',
  'home-monitoring': 'home readings',
  'video-consultations': 'video appointments',
  'fit-notes': 'fit notes',
  registration: 'registration',
  'digital-skills': 'help getting online',
  travel: 'travel',
  'family-carer-access': 'family and carer access',
  'nhs-app-messages': 'NHS App messages',
  'pharmacy-nomination': 'choosing a pharmacy',
  'pharmacy-first': 'Pharmacy First',
  'self-referral': 'referring yourself',
  reviews: 'reviews',
  'ask-reception': 'questions for reception',
  'accessible-formats': 'formats and languages',
};

function sourceFor(channel: ChannelId, w: ServiceWording): string {
  return w.facts ? `${CHANNELS[channel].source}; ${w.facts}` : `${CHANNELS[channel].source}; ${CONTENT_FACTS}`;
}

function itemsFor(service: ServiceId, w: ServiceWording): PromotionWording[] {
  const label = SERVICE_LABEL[service] ?? serviceName(service);
  const item = (channel: ChannelId, body: string, extra: Partial<PromotionWording> = {}): PromotionWording => ({
    id: `${service}--${channel}${extra.season ? `--${extra.season}` : ''}`,
    service,
    channel,
    title: `${CHANNELS[channel].name}: ${label}${extra.season ? ` (${SEASONS[extra.season].label.toLowerCase()})` : ''}`,
    body,
    source: sourceFor(channel, w),
    reviewed: PROMOTION_REVIEWED,
    ...extra,
  });
  return [
    item('website-banner', w.banner),
    item('website-section', w.section),
    item('newsletter', w.newsletter, { storyPrompt: w.storyPrompt }),
    item('letter-footer', w.letter),
    item('review-reminder', w.review),
    item('phone-message', w.phone),
    item('social-post', w.social),
    item('social-post', w.seasonal.body, { season: w.seasonal.season }),
    item('ppg-info-point', w.ppg),
  ];
}

/** The default wording: every service, every channel (two social media posts each: everyday and seasonal). */
export const PROMOTION_WORDING: PromotionWording[] = (Object.keys(WORDING) as ServiceId[]).flatMap((s) => itemsFor(s, WORDING[s]!));
