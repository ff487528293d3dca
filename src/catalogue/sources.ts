/**
 * Where each fact in the default content comes from, and when the content was last reviewed.
 * Every default text, answer, benefit line, prompt card and poster carries a `source` and a
 * `reviewed` date (issue 11: content governance); the dashboard lists anything not reviewed for
 * 12 months, and `npm run check-links` checks each source's address with the other default links.
 *
 * Addresses are given only where the content review (shared/reviews/content-review-2026-12.md)
 * saw them in stored evidence; a source without an address is named in words.
 */

export interface Source {
  /** Who said it, what and when, in words a clinical safety officer can look up. */
  label: string;
  url?: string;
}

/** What every default content item carries. */
export interface Provenance {
  source: Source;
  /** The date the content was last checked against its source (YYYY-MM-DD). */
  reviewed: string;
}

/** Content older than this is listed as due for review. */
export const REVIEW_INTERVAL_MONTHS = 12;

/** The date of the December 2026 content review that every default item was checked in. */
export const REVIEWED_DEC_2026 = '2026-12-01';

export const SOURCES = {
  guidance: {
    label: 'RCGP and NHS England, Good practice guidelines for GP electronic patient records: Promoting online services (v1.2, 2023)',
    url: 'https://www.england.nhs.uk/long-read/promoting-online-services/',
  },
  contract: {
    label: 'NHS England, GP contract 2025/26: online consultation tools open for non-urgent requests through core hours (8am to 6:30pm, Monday to Friday), with safeguards for urgent problems',
  },
  charter: {
    label: 'NHS England, You and your general practice (national patient charter, from October 2025): what happens next within one working day; 111 online or 111 when closed; 999 in a life-threatening emergency',
  },
  nhsAppGuide: { label: 'NHS England, NHS App guidance for GP practices (age 13 and over; England and the Isle of Man)', url: 'https://www.england.nhs.uk/long-read/nhs-app/' },
  under16: {
    label: 'NHS Digital help centre: patients aged 13 to 15 contact their GP surgery before they get record access',
    url: 'https://nhs-digital.zendesk.com/hc/en-gb/articles/9921874545553',
  },
  appTerms: { label: 'NHS App terms of use (the same services in the NHS website account)', url: 'https://www.nhs.uk/using-the-nhs/nhs-services/the-nhs-app/terms/' },
  appHelp: { label: 'NHS App help and support', url: 'https://www.nhs.uk/nhs-app/help/' },
  gpRecord: {
    label: 'NHS App help, your GP health record: since 31 October 2023 new entries include appointment notes, conditions and documents; tell the surgery if someone pressures you',
    url: 'https://www.nhs.uk/nhs-app/help/health-records-in-the-nhs-app/gp-health-record/',
  },
  testResults: { label: 'NHS App help, test results (GP-ordered and hospital-ordered results)', url: 'https://www.nhs.uk/nhs-app/help/test-results/' },
  familyCarer: {
    label: 'NHS England, family and carer access (proxy access) in the NHS App: both registered at the same surgery; own NHS App account; cannot send messages or change the nominated pharmacy',
    url: 'https://www.nhs.uk/nhs-app/help/profile/family-and-carer-access/',
  },
  nominatePharmacy: { label: 'NHS App help, nominating a pharmacy', url: 'https://www.nhs.uk/nhs-app/help/prescriptions/nominating-a-pharmacy/' },
  notifications: {
    label: 'NHS England, NHS App messages first through NHS Notify with text messages as fallback (sender "NHSApp"); NHS App help on managing notifications',
    url: 'https://www.nhs.uk/nhs-app/help/profile/managing-notifications/',
  },
  fitNotes: {
    label: 'NHS website, getting a fit note: 7 days or less counting every day; hospital treatment; nurses, pharmacists, occupational therapists and physiotherapists',
    url: 'https://www.nhs.uk/nhs-services/gps/getting-a-fit-note/',
  },
  register: {
    label: 'NHS website, how to register with a GP surgery: no proof of address, immigration status, ID or NHS number needed',
    url: 'https://www.nhs.uk/nhs-services/gps/how-to-register-with-a-gp-surgery/',
  },
  nhs111: { label: 'NHS 111 online', url: 'https://111.nhs.uk' },
  travel: { label: 'NHS website travel vaccination advice: see the GP surgery or a travel clinic at least 6 to 8 weeks before travel' },
  pharmacyFirst: { label: 'NHS England, Pharmacy First (since 31 January 2024: advice and treatment for 7 common conditions at a pharmacy)' },
  selfReferral: { label: 'NHS England, self-referral to community services (such as physiotherapy, NHS Talking Therapies, podiatry and maternity care)' },
  accessibleInfo: { label: 'NHS England, Accessible Information Standard (DCB1605): communication needs recorded and met' },
  digitalInclusion: {
    label: 'Good Things Foundation: the National Digital Inclusion Network (formerly the Online Centres Network) and Learn My Way',
    url: 'https://www.goodthingsfoundation.org',
  },
  writingMessages: { label: 'NHS digital service manual, writing NHS messages', url: 'https://service-manual.nhs.uk/content/writing-nhs-messages' },
  review: { label: 'Nudge content and clinical safety review, December 2026 (shared/reviews/content-review-2026-12.md)' },
} as const satisfies Record<string, Source>;

/** One source for an item whose facts come from two: both named, the first one's address. */
export function both(a: Source, b: Source): Source {
  return { label: `${a.label}; ${b.label}`, ...(a.url ? { url: a.url } : b.url ? { url: b.url } : {}) };
}

/** Provenance with the December 2026 review date. */
export const dec2026 = (source: Source): Provenance => ({ source, reviewed: REVIEWED_DEC_2026 });

/** True when a review date is missing, malformed or more than `months` before `now`. */
export function isDueForReview(reviewed: string, now: Date, months = REVIEW_INTERVAL_MONTHS): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(reviewed);
  if (!m) return true;
  const due = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1 + months, Number(m[3])));
  return now.getTime() >= due.getTime();
}
