/**
 * Questions patients often ask about online services, each with a short answer staff can read
 * out. Services (services.ts) and prompt cards (prompts.ts) refer to them by id, so one answer is
 * written once. Answers speak as the surgery ("we", "us") and never promise what differs from
 * one surgery to the next.
 */
export interface Question {
  id: string;
  /** The question in the patient's words. */
  question: string;
  /** A short answer, in plain words, that staff can say as it is. */
  answer: string;
}

export const QUESTION_IDS = [
  'is-it-safe',
  'do-i-have-to',
  'carer-use',
  'no-smartphone',
  'how-old',
  'does-it-cost',
  'what-can-the-app-do',
  'what-is-nhs-login',
  'cannot-prove-identity',
  'still-phone-or-visit',
  'reliable-information',
  'prescription-how-long',
  'medicine-not-listed',
  'which-appointments',
  'cancel-appointment',
  'results-when',
  'result-worry',
  'record-what-can-i-see',
  'record-mistake',
  'record-older-entries',
  'record-upsetting',
  'details-what-can-i-change',
  'text-is-it-real',
  'text-why',
  'form-what-happens-next',
  'form-is-it-video',
  'form-urgent',
  'form-personal',
  'monitoring-what-to-do',
  'monitoring-no-machine',
  'video-what-do-i-need',
  'video-instead-of-visit',
  'fit-note-how',
  'fit-note-first-week',
  'register-online',
  'register-no-id',
  'register-online-services',
  'help-getting-online',
] as const;

export type QuestionId = (typeof QUESTION_IDS)[number];

export const QUESTIONS: Record<QuestionId, Question> = {
  'is-it-safe': {
    id: 'is-it-safe',
    question: 'Is it safe?',
    answer:
      'Yes. You log in with NHS login, which checks who you are before you can see anything. Your information is protected in the same way as everywhere else in the NHS.',
  },
  'do-i-have-to': {
    id: 'do-i-have-to',
    question: 'Do I have to use it?',
    answer:
      'No. It is an extra way to reach us, not instead of the others. You can still phone or come in, and you get the same care however you contact us.',
  },
  'carer-use': {
    id: 'carer-use',
    question: 'Can my carer use it for me?',
    answer:
      'Yes, if you agree. Ask us about letting someone you trust act for you. They use their own NHS login, and can then do things like order your medicines or book appointments for you.',
  },
  'no-smartphone': {
    id: 'no-smartphone',
    question: "I don't have a smartphone.",
    answer:
      'You can use the NHS App on a computer or tablet through the NHS website, with the same login. Or keep phoning or coming in: that still works. If you would like help getting online, we can tell you where to find free help.',
  },
  'how-old': {
    id: 'how-old',
    question: 'How old do I need to be?',
    answer:
      'The NHS App is for people aged 13 and over who are registered with a GP surgery in England. For a child under 13, please speak to us.',
  },
  'does-it-cost': {
    id: 'does-it-cost',
    question: 'Does it cost anything?',
    answer: 'No, the NHS App is free. You just need an internet connection, such as wifi or mobile data.',
  },
  'what-can-the-app-do': {
    id: 'what-can-the-app-do',
    question: 'What can I do in the NHS App?',
    answer:
      'Order repeat prescriptions, book and cancel some appointments, see your health record and test results, and contact us. You can also find health information you can trust.',
  },
  'what-is-nhs-login': {
    id: 'what-is-nhs-login',
    question: 'What is NHS login?',
    answer:
      'One secure way to log in to the NHS App and other NHS websites. You set it up once with your email address and mobile number, then prove who you are.',
  },
  'cannot-prove-identity': {
    id: 'cannot-prove-identity',
    question: "I couldn't prove who I am when setting it up.",
    answer:
      'Ask us at the desk. We may be able to check your ID here and give you the details you need to finish setting up.',
  },
  'still-phone-or-visit': {
    id: 'still-phone-or-visit',
    question: 'Can I still phone or come in?',
    answer:
      'Yes, always. Online is one more choice, not a replacement. Whichever way you contact us, we deal with it just as quickly and carefully.',
  },
  'reliable-information': {
    id: 'reliable-information',
    question: 'Where can I find health information I can trust?',
    answer:
      'The NHS website has information on conditions and treatments, how to look after yourself, and when to get help. We can text you a link to the right page.',
  },
  'prescription-how-long': {
    id: 'prescription-how-long',
    question: 'How long will my prescription take?',
    answer:
      'Allow a few working days, so order before you run low. You can choose which pharmacy to collect from.',
  },
  'medicine-not-listed': {
    id: 'medicine-not-listed',
    question: "My medicine isn't on the list.",
    answer:
      'Only repeat medicines the GP has agreed appear in the list. For anything else, contact us using our online form or phone us.',
  },
  'which-appointments': {
    id: 'which-appointments',
    question: 'Can I book any appointment online?',
    answer:
      'You can book and cancel some types of appointment online. Others need us to check first. If you cannot see what you need, use our online form or phone us.',
  },
  'cancel-appointment': {
    id: 'cancel-appointment',
    question: 'How do I cancel an appointment?',
    answer:
      'In the NHS App or on our website, at any time. Cancelling when you cannot come means someone else can have the appointment.',
  },
  'results-when': {
    id: 'results-when',
    question: 'When will my results show in the app?',
    answer:
      'Usually once a clinician here has looked at them. You do not need to phone us to find out.',
  },
  'result-worry': {
    id: 'result-worry',
    question: 'What if I do not understand a result, or it worries me?',
    answer:
      'Some results come with a comment from us. If you have a question or something worries you, contact us using our online form or phone us.',
  },
  'record-what-can-i-see': {
    id: 'record-what-can-i-see',
    question: 'What can I see in my health record?',
    answer:
      'Your medicines, allergies, vaccinations, test results, and letters between us and other services such as hospitals.',
  },
  'record-mistake': {
    id: 'record-mistake',
    question: 'What if something in my record is wrong?',
    answer: 'Tell us and we will look into it.',
  },
  'record-older-entries': {
    id: 'record-older-entries',
    question: 'Can I see older entries in my record?',
    answer:
      'Yes, you can ask us for access to your full record, including older entries. We may need to check the record first, so it can take a little time.',
  },
  'record-upsetting': {
    id: 'record-upsetting',
    question: 'Could I read something upsetting?',
    answer:
      'Sometimes a result or letter appears before we have talked to you about it. If anything worries you, contact us and we will explain.',
  },
  'details-what-can-i-change': {
    id: 'details-what-can-i-change',
    question: 'What details can I change online?',
    answer:
      'You can tell us a new address, phone number, email address or name using our online form. For a change of name we may ask to see a document.',
  },
  'text-is-it-real': {
    id: 'text-is-it-real',
    question: 'How do I know a text message is really from you?',
    answer:
      'Our texts name the surgery and only link to the NHS website or our own website. We never ask for bank details. If in doubt, phone us.',
  },
  'text-why': {
    id: 'text-why',
    question: 'Why do you send text messages?',
    answer:
      'To remind you about appointments and reviews, and to send you information and links to forms. It saves you a phone call.',
  },
  'form-what-happens-next': {
    id: 'form-what-happens-next',
    question: 'What happens after I send the form?',
    answer:
      'A member of our team reads it and passes it to the right person. We answer it as quickly as a phone call and tell you what happens next: a call back, an appointment, a prescription or advice.',
  },
  'form-is-it-video': {
    id: 'form-is-it-video',
    question: 'Is the online form a video call?',
    answer:
      'No. It is a way to send us a request in writing, a bit like a message. If you need to be seen or to talk, we will arrange it.',
  },
  'form-urgent': {
    id: 'form-urgent',
    question: 'What if it is urgent?',
    answer:
      'The online form is not for emergencies. For something urgent, phone us. In an emergency, call 999. For urgent advice when we are closed, use NHS 111.',
  },
  'form-personal': {
    id: 'form-personal',
    question: 'Can I write about something personal?',
    answer:
      'Yes. Many people find it easier to explain something personal or embarrassing in writing, in their own words and their own time. Only the team caring for you reads it.',
  },
  'monitoring-what-to-do': {
    id: 'monitoring-what-to-do',
    question: 'What do I need to do for home monitoring?',
    answer:
      'Take readings at home, such as your blood pressure, weight or peak flow, and send them to us online. We will tell you how often and what to look out for.',
  },
  'monitoring-no-machine': {
    id: 'monitoring-no-machine',
    question: "I don't have a blood pressure monitor.",
    answer: 'Ask us what we can offer. Many pharmacies can also check your blood pressure.',
  },
  'video-what-do-i-need': {
    id: 'video-what-do-i-need',
    question: 'What do I need for a video appointment?',
    answer:
      'A phone, tablet or computer with a camera and an internet connection, and a quiet, private place. We send you a link by text message at the time.',
  },
  'video-instead-of-visit': {
    id: 'video-instead-of-visit',
    question: 'Is a video appointment instead of coming in?',
    answer:
      'Only when it suits the problem. The clinician decides with you, and you can still be seen in person when you need to be.',
  },
  'fit-note-how': {
    id: 'fit-note-how',
    question: 'How do I ask for a fit note?',
    answer:
      'Use our online form. If a clinician has already seen you about the problem, we can often do it without an appointment, and send it to you without you having to collect it.',
  },
  'fit-note-first-week': {
    id: 'fit-note-first-week',
    question: 'Do I need a fit note for the first week off sick?',
    answer:
      'No. For the first 7 days off sick you can fill in a self-certification form instead, from your employer or the GOV.UK website.',
  },
  'register-online': {
    id: 'register-online',
    question: 'Can I register with the surgery online?',
    answer: 'Yes, using the registration form on our website. We will contact you if we need anything else.',
  },
  'register-no-id': {
    id: 'register-no-id',
    question: 'Do I need proof of address or ID to register?',
    answer: 'No. You do not need proof of address, ID or an NHS number to register with a GP surgery.',
  },
  'register-online-services': {
    id: 'register-online-services',
    question: 'Do I have to sign up for online services when I register?',
    answer:
      'No, but registering is the easiest time to do it. You can say no now and sign up at any time later.',
  },
  'help-getting-online': {
    id: 'help-getting-online',
    question: 'Where can I get help getting online?',
    answer:
      'There is free help: Learn My Way courses online, local libraries, Age UK, and the National Digital Inclusion Network run by the Good Things Foundation. Or ask us where to find help nearby.',
  },
};
