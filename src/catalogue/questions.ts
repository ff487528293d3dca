/**
 * Questions patients often ask about online services, each with a short answer staff can read
 * out. Services (services.ts) and prompt cards (prompts.ts) refer to them by id, so one answer is
 * written once. Answers speak as the surgery ("we", "us") and never promise what differs from
 * one surgery to the next; national standards (such as hearing what happens next within one
 * working day) are the same everywhere, so they may be said.
 */
import { SOURCES, both, dec2026, type Provenance } from './sources';

export interface Question extends Provenance {
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
  // Added in issue 11 (content review sections 2 and 5).
  'form-when-open',
  'family-how-to-apply',
  'notifications-how',
  'messages-why-app',
  'nominate-what',
  'pharmacy-first-what',
  'self-referral-which',
  'travel-when',
  'review-why',
  'ask-reception-what',
  'accessible-formats',
] as const;

export type QuestionId = (typeof QUESTION_IDS)[number];

export const QUESTIONS: Record<QuestionId, Question> = {
  'is-it-safe': {
    id: 'is-it-safe',
    question: 'Is the NHS App safe?',
    answer:
      'Yes. NHS login checks who you are before you can see your record. Keep your login to yourself, and take care with what you save on a shared phone or computer. If someone is pushing you to show them your record, tell us.',
    ...dec2026(both(SOURCES.gpRecord, SOURCES.review)),
  },
  'do-i-have-to': {
    id: 'do-i-have-to',
    question: 'Do I have to use it?',
    answer:
      'No. It is an extra way to reach us, not instead of the others. You can still phone or come in, and you get the same care however you contact us.',
    ...dec2026(SOURCES.guidance),
  },
  'carer-use': {
    id: 'carer-use',
    question: 'Can someone help me with it, like a carer?',
    answer:
      'Yes, with family and carer access, if you agree. You must both be registered with us. They use their own NHS App to order your medicines or book for you. They cannot send us messages for you or change your pharmacy. For a child, or an adult who cannot agree, ask us.',
    ...dec2026(SOURCES.familyCarer),
  },
  'no-smartphone': {
    id: 'no-smartphone',
    question: "I don't have a smartphone.",
    answer:
      'You can use the NHS App on a computer or tablet through the NHS website, with the same login. Or keep phoning or coming in: that still works. If you would like help getting online, we can tell you where to find free help.',
    ...dec2026(SOURCES.appTerms),
  },
  'how-old': {
    id: 'how-old',
    question: 'How old do I need to be?',
    answer:
      'The NHS App is for people aged 13 and over who are registered with a GP surgery in England or the Isle of Man. If you are 13 to 15, ask us first before you can see your health record. For a child under 13, please speak to us.',
    ...dec2026(both(SOURCES.nhsAppGuide, SOURCES.under16)),
  },
  'does-it-cost': {
    id: 'does-it-cost',
    question: 'Does it cost anything?',
    answer: 'No, the NHS App is free. You need the internet, such as wifi or mobile data.',
    ...dec2026(SOURCES.appTerms),
  },
  'what-can-the-app-do': {
    id: 'what-can-the-app-do',
    question: 'What can I do in the NHS App?',
    answer:
      'You can order repeat medicines, book and cancel some appointments, and see your health record and test results. You can choose your pharmacy and get messages from us. You can also see some hospital appointments. With many surgeries you can contact us in it too. It also has health advice you can trust.',
    ...dec2026(both(SOURCES.nhsAppGuide, SOURCES.review)),
  },
  'what-is-nhs-login': {
    id: 'what-is-nhs-login',
    question: 'What is NHS login?',
    answer:
      'One secure way to log in to the NHS App and other NHS websites. You set it up once with your email address and mobile number, then prove who you are.',
    ...dec2026(SOURCES.nhsAppGuide),
  },
  'cannot-prove-identity': {
    id: 'cannot-prove-identity',
    question: "I couldn't prove who I am when setting it up.",
    answer:
      'Ask us at the desk. We may be able to check your ID here and give you the details you need to finish setting up.',
    ...dec2026(SOURCES.under16),
  },
  'still-phone-or-visit': {
    id: 'still-phone-or-visit',
    question: 'Can I still phone or come in?',
    answer:
      'Yes. Online is one more choice, not instead of phoning or coming in. Whichever way you contact us, we deal with it with the same care.',
    ...dec2026(both(SOURCES.guidance, SOURCES.charter)),
  },
  'reliable-information': {
    id: 'reliable-information',
    question: 'Where can I find health information I can trust?',
    answer:
      'The NHS website has advice on illnesses and treatments, how to look after yourself, and when to get help. We can text you a link to the right page.',
    ...dec2026(SOURCES.guidance),
  },
  'prescription-how-long': {
    id: 'prescription-how-long',
    question: 'How long will my prescription take?',
    answer:
      'Allow a few working days, so order before you run low. In the NHS App you can choose the pharmacy we send it to, including one that delivers.',
    ...dec2026(both(SOURCES.guidance, SOURCES.nominatePharmacy)),
  },
  'medicine-not-listed': {
    id: 'medicine-not-listed',
    question: "My medicine isn't on the list.",
    answer:
      'Only repeat medicines we have agreed are on the list. For anything else, phone us or use our online form. If it is urgent, phone us.',
    ...dec2026(both(SOURCES.guidance, SOURCES.review)),
  },
  'which-appointments': {
    id: 'which-appointments',
    question: 'Can I book any appointment online?',
    answer:
      'You can book and cancel some types of appointment online. Others need us to check first. If you cannot see what you need, use our online form or phone us. If it is urgent, phone us.',
    ...dec2026(SOURCES.guidance),
  },
  'cancel-appointment': {
    id: 'cancel-appointment',
    question: 'How do I cancel an appointment?',
    answer:
      'In the NHS App or on our website, or phone us. If you cannot come, cancelling means someone else can have the appointment.',
    ...dec2026(SOURCES.guidance),
  },
  'results-when': {
    id: 'results-when',
    question: 'When will my results show in the app?',
    answer:
      'Results of tests we arranged usually show once a doctor or nurse here has looked at them. Some hospital tests do not show, and tests from before late 2023 may not. You do not need to phone us to find out.',
    ...dec2026(SOURCES.testResults),
  },
  'result-worry': {
    id: 'result-worry',
    question: 'What if I do not understand a result, or it worries me?',
    answer:
      'Some results come with a note from us. If you have a question about a result, use our online form or phone us. If you feel unwell and it is urgent, phone us, or call 111 when we are closed.',
    ...dec2026(both(SOURCES.testResults, SOURCES.charter)),
  },
  'record-what-can-i-see': {
    id: 'record-what-can-i-see',
    question: 'What can I see in my health record?',
    answer:
      'You can see your medicines, allergies, test results and letters. You can also see your conditions and your vaccines. Since 31 October 2023, new notes from your appointments show too. To see older entries, ask us.',
    ...dec2026(SOURCES.gpRecord),
  },
  'record-mistake': {
    id: 'record-mistake',
    question: 'What if something in my record is wrong?',
    answer: 'Tell us and we will look into it.',
    ...dec2026(SOURCES.gpRecord),
  },
  'record-older-entries': {
    id: 'record-older-entries',
    question: 'Can I see older entries in my record?',
    answer:
      'Yes, you can ask us to see your full record, with older entries. We may need to check the record first, so it can take a few weeks.',
    ...dec2026(SOURCES.gpRecord),
  },
  'record-upsetting': {
    id: 'record-upsetting',
    question: 'Could I read something upsetting?',
    answer:
      'Sometimes a result or letter shows before we have talked to you about it. If something worries you, contact us and we will explain. If someone is pushing you to show them your record, tell us. We can help, and we can turn off access.',
    ...dec2026(SOURCES.gpRecord),
  },
  'details-what-can-i-change': {
    id: 'details-what-can-i-change',
    question: 'What details can I change online?',
    answer:
      'You can tell us a new address, phone number, email address or name online. For a change of name we may ask to see a document.',
    ...dec2026(SOURCES.guidance),
  },
  'text-is-it-real': {
    id: 'text-is-it-real',
    question: 'How do I know a text message is really from you?',
    answer:
      'Our texts always give our name, and we never ask for bank details or passwords. Texts from the NHS App come from NHSApp. If you are not sure a text is from us, do not use its link: phone us.',
    ...dec2026(both(SOURCES.review, SOURCES.notifications)),
  },
  'text-why': {
    id: 'text-why',
    question: 'Why do you send text messages?',
    answer:
      'To remind you about appointments and reviews, and to send you information and links to forms. It saves you a phone call.',
    ...dec2026(SOURCES.guidance),
  },
  'form-what-happens-next': {
    id: 'form-what-happens-next',
    question: 'What happens after I send the form?',
    answer:
      'Someone in our team reads it and passes it to the right person. Within one working day, we tell you what happens next. It might be a call back, an appointment, a prescription or advice. If it is urgent, do not use the form: phone us.',
    ...dec2026(SOURCES.charter),
  },
  'form-is-it-video': {
    id: 'form-is-it-video',
    question: 'Is the online form a video call?',
    answer:
      'No. It is a way to send us a request in writing, a bit like a message. If you need to be seen or to talk, we will arrange it. It is not for anything urgent: phone us.',
    ...dec2026(SOURCES.guidance),
  },
  'form-urgent': {
    id: 'form-urgent',
    question: 'What if it is urgent?',
    answer:
      'Do not use the online form for anything urgent. Phone us. When we are closed, go to 111.nhs.uk or call 111. In a life-threatening emergency, call 999 or go to A&E.',
    ...dec2026(both(SOURCES.charter, SOURCES.contract)),
  },
  'form-personal': {
    id: 'form-personal',
    question: 'Can I write about something personal?',
    answer:
      'Yes. Many people find it easier to explain something personal in writing, in their own words and their own time. Only staff here who need to see it will read it.',
    ...dec2026(both(SOURCES.guidance, SOURCES.review)),
  },
  'monitoring-what-to-do': {
    id: 'monitoring-what-to-do',
    question: 'What do I need to do for home monitoring?',
    answer:
      'Take readings at home, such as your blood pressure, weight or peak flow, and send them to us online. We will tell you how often. We may not see a reading at once. If one worries you or you feel unwell, phone us, or call 111 when we are closed. In a life-threatening emergency, call 999.',
    ...dec2026(both(SOURCES.guidance, SOURCES.charter)),
  },
  'monitoring-no-machine': {
    id: 'monitoring-no-machine',
    question: "I don't have a blood pressure monitor.",
    answer: 'Ask us what we can offer. We can help you find a way to take your readings.',
    ...dec2026(SOURCES.review),
  },
  'video-what-do-i-need': {
    id: 'video-what-do-i-need',
    question: 'What do I need for a video appointment?',
    answer: 'A phone, tablet or computer with a camera and the internet, and a quiet, private place. We text you a link at the time.',
    ...dec2026(SOURCES.guidance),
  },
  'video-instead-of-visit': {
    id: 'video-instead-of-visit',
    question: 'Is a video appointment instead of coming in?',
    answer:
      'Only when it suits the problem. The doctor or nurse decides with you, and you can still be seen in person when you need to be.',
    ...dec2026(SOURCES.guidance),
  },
  'fit-note-how': {
    id: 'fit-note-how',
    question: 'How do I ask for a fit note?',
    answer:
      'Ask us online. If a doctor or nurse here has seen you about it, we can often do it with no appointment and send it to you. If you are in hospital care, ask the hospital team. Nurses, pharmacists, physios and occupational therapists can give fit notes too.',
    ...dec2026(SOURCES.fitNotes),
  },
  'fit-note-first-week': {
    id: 'fit-note-first-week',
    question: 'Do I need a fit note for the first week off sick?',
    answer:
      'No. If you are off sick for 7 days or less, you do not need one. Count every day, with weekends and bank holidays. Fill in a self-certification form from your employer or the GOV.UK website instead.',
    ...dec2026(SOURCES.fitNotes),
  },
  'register-online': {
    id: 'register-online',
    question: 'Can I register with the surgery online?',
    answer: 'Yes, using the link on our website. We will contact you if we need anything else.',
    ...dec2026(SOURCES.register),
  },
  'register-no-id': {
    id: 'register-no-id',
    question: 'Do I need proof of address or ID to register?',
    answer:
      'No. To register with a GP surgery, you do not need proof of address, ID or an NHS number. You do not need to show your immigration status either. If you have no fixed address, you can still register.',
    ...dec2026(SOURCES.register),
  },
  'register-online-services': {
    id: 'register-online-services',
    question: 'Do I need to sign up for online services when I register?',
    answer:
      'No. Once you are registered with us, you can set up the NHS App yourself with NHS login, now or later. If you cannot prove who you are in the app, ask us.',
    ...dec2026(both(SOURCES.register, SOURCES.nhsAppGuide)),
  },
  'help-getting-online': {
    id: 'help-getting-online',
    question: 'Where can I get help getting online?',
    answer:
      'There is free help. Learn My Way has free courses online. Local libraries and Age UK can help, and so can the National Digital Inclusion Network. Or ask us where to find help nearby.',
    ...dec2026(SOURCES.digitalInclusion),
  },
  'form-when-open': {
    id: 'form-when-open',
    question: 'When can I use the online form?',
    answer:
      'It is open at least from 8am to 6:30pm, Monday to Friday. It is only for things that are not urgent. If it is urgent, phone us, or call 111 when we are closed. In a life-threatening emergency, call 999.',
    ...dec2026(both(SOURCES.contract, SOURCES.charter)),
  },
  'family-how-to-apply': {
    id: 'family-how-to-apply',
    question: 'How do we set up family and carer access?',
    answer:
      'Ask us. We check who you both are and what you agree to share. You may be able to ask for it in the NHS App. For a child, or an adult who cannot agree, we will talk it through with you.',
    ...dec2026(SOURCES.familyCarer),
  },
  'notifications-how': {
    id: 'notifications-how',
    question: 'How do I turn on NHS App notifications?',
    answer:
      'You can turn them on in the settings of the NHS App. Then your phone tells you when a message from us comes. We can text you a link that shows you how.',
    ...dec2026(SOURCES.notifications),
  },
  'messages-why-app': {
    id: 'messages-why-app',
    question: 'Why do you send messages in the NHS App?',
    answer:
      'The NHS asks us to send messages to the NHS App first. They are safe and you can read them again. If you do not read one, you may get a text from NHSApp instead.',
    ...dec2026(SOURCES.notifications),
  },
  'nominate-what': {
    id: 'nominate-what',
    question: 'What does choosing a pharmacy mean?',
    answer:
      'We send your prescriptions straight to the pharmacy you choose, so you do not need a paper one. You can pick one near home or work, or an online pharmacy that delivers. You can change it in the NHS App.',
    ...dec2026(SOURCES.nominatePharmacy),
  },
  'pharmacy-first-what': {
    id: 'pharmacy-first-what',
    question: 'What can a pharmacist help with?',
    answer:
      'Through Pharmacy First, a pharmacist can give advice and treat some common illnesses. You do not need to see a GP first, and most times you do not need to book. They will tell you if you need to see us.',
    ...dec2026(SOURCES.pharmacyFirst),
  },
  'self-referral-which': {
    id: 'self-referral-which',
    question: 'Which services can I contact without seeing a GP?',
    answer:
      'It depends on where you live. It can include physio, NHS Talking Therapies, foot care and maternity care. Our website lists the ones you can use.',
    ...dec2026(SOURCES.selfReferral),
  },
  'travel-when': {
    id: 'travel-when',
    question: 'When should I ask about travel vaccines?',
    answer:
      'At least 6 to 8 weeks before you travel, as some vaccines take time. Fill in our travel form or ask us. If you are going sooner, still ask.',
    ...dec2026(SOURCES.travel),
  },
  'review-why': {
    id: 'review-why',
    question: 'Why do I need a review?',
    answer:
      'A review checks how you are and that your medicines are still right for you. You can often book it or fill in the review form online, or phone us. If you feel unwell, do not wait for your review: phone us.',
    ...dec2026(SOURCES.guidance),
  },
  'ask-reception-what': {
    id: 'ask-reception-what',
    question: 'What can I ask reception online?',
    answer:
      'Things like a letter, a form, or a change to your details. We tell you what happens next within one working day. It is not for anything urgent: phone us.',
    ...dec2026(both(SOURCES.guidance, SOURCES.charter)),
  },
  'accessible-formats': {
    id: 'accessible-formats',
    question: 'Can I get information in another format or language?',
    answer:
      'Yes. Tell us if you need large print, easy read, braille or another language, or a BSL or other interpreter. We will note it on your record so we get it right each time.',
    ...dec2026(SOURCES.accessibleInfo),
  },
};
