/**
 * A short plain-English explanation of each service for posters and leaflets (patients read
 * these). Written for Nudge from the facts in CONTENT.md. The catalogue's descriptions are for
 * staff, so posters have their own words; a service not listed here gets a general line.
 */
export const POSTER_WORDS: Partial<Record<string, string>> = {
  'nhs-app':
    'Use the NHS App to order repeat prescriptions, see your health record and contact us, at any time. It is free for anyone aged 13 or over registered with a GP surgery in England.',
  'self-care': 'Find clear, trusted information about your condition, how to look after yourself and when to get help, on the NHS website.',
  'repeat-prescriptions': 'Order your repeat medicines online, at any time, without phoning us. You can also choose the pharmacy you collect them from.',
  appointments: 'Book or cancel some appointments online, at any time of day. If you cannot come, cancelling online lets someone else have your appointment.',
  'test-results': 'See your test results in the NHS App, usually once a doctor or nurse has checked them, without phoning us.',
  'health-record': 'See your medicines, allergies, vaccinations, test results and letters in your GP health record in the NHS App.',
  'full-record': 'You can ask to see more of your GP health record in the NHS App, including notes from your appointments.',
  'update-details': 'Moved house or changed your phone number or name? Tell us online so our texts and letters reach you.',
  'text-messages': 'We send reminders and information by text message. Make sure we have your current mobile number.',
  'online-requests': 'Contact us using our online form to ask for care, advice or help with something else. We reply as quickly as we would to a phone call. For emergencies, call 999.',
  'home-monitoring': 'Send us your blood pressure, weight or other readings taken at home, without coming in.',
  'video-consultations': 'Some appointments can be by video call, so you do not need to travel. We send the link by text message.',
  'fit-notes': 'Ask for a fit note online using our online form. You do not need one for the first 7 days you are off sick.',
  registration: 'Register with us online, and sign up to the NHS App at the same time.',
  'digital-skills': 'Want help getting online? Free help is available, and our reception team can tell you where to find it locally.',
};

export const GENERAL_WORDS = 'You can do this online, at any time, without phoning us.';
