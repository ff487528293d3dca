/**
 * Placeholders in GOV.UK Notify's style: ((name)). Nudge adds one thing: ((name|wording)) gives
 * the wording to use when there is no value ("Hello ((first_name|there))"). A placeholder with no
 * value and no wording is never sent blank or as a literal "((...))": it is reported as missing,
 * and the panel asks for it before inserting.
 */
import type { PracticeSettings } from '../settings/practice';

export const PLACEHOLDERS = {
  first_name: { label: 'Patient’s first name', patient: true, setting: null },
  surgery_name: { label: 'Surgery name', patient: false, setting: 'surgeryName' },
  surgery_phone: { label: 'Surgery phone number', patient: false, setting: 'surgeryPhone' },
  website_url: { label: 'Surgery website', patient: false, setting: 'websiteUrl' },
  online_form_url: { label: 'Online form link', patient: false, setting: 'onlineFormUrl' },
  nhs_app_url: { label: 'NHS App link', patient: false, setting: 'nhsAppUrl' },
  repeat_prescriptions_url: { label: 'Repeat prescriptions link', patient: false, setting: 'repeatPrescriptionsUrl' },
  appointments_url: { label: 'Appointments link', patient: false, setting: 'appointmentsUrl' },
  test_results_url: { label: 'Test results help link', patient: false, setting: 'testResultsUrl' },
  health_record_url: { label: 'Health record help link', patient: false, setting: 'healthRecordUrl' },
  update_details_url: { label: 'Update your details link', patient: false, setting: 'updateDetailsUrl' },
  home_monitoring_url: { label: 'Home monitoring link', patient: false, setting: 'homeMonitoringUrl' },
  registration_url: { label: 'Registration link', patient: false, setting: 'registrationUrl' },
  fit_note_url: { label: 'Fit note link', patient: false, setting: 'fitNoteUrl' },
  self_care_url: { label: 'Self-care information link', patient: false, setting: 'selfCareUrl' },
  digital_support_contact: { label: 'Who helps with digital skills', patient: false, setting: 'digitalSupportContact' },
  digital_support_url: { label: 'Digital skills help link', patient: false, setting: 'digitalSupportUrl' },
  // Asked for each time a text is sent (the fill dialog), never a practice-wide default: the page
  // about the condition discussed today (content review finding 2).
  condition_url: { label: 'Link to the page you talked about', patient: false, setting: null },
  travel_url: { label: 'Travel health link', patient: false, setting: 'travelUrl' },
  pharmacy_first_url: { label: 'Pharmacy First link', patient: false, setting: 'pharmacyFirstUrl' },
  self_referral_url: { label: 'Self-referral services link', patient: false, setting: 'selfReferralUrl' },
  reviews_url: { label: 'Reviews link', patient: false, setting: 'reviewsUrl' },
  family_access_url: { label: 'Family and carer access help link', patient: false, setting: 'familyAccessUrl' },
  notifications_url: { label: 'NHS App notifications help link', patient: false, setting: 'notificationsUrl' },
  nominate_pharmacy_url: { label: 'Nominating a pharmacy help link', patient: false, setting: 'nominatePharmacyUrl' },
} as const;

export type PlaceholderName = keyof typeof PLACEHOLDERS;
export type Values = Partial<Record<PlaceholderName, string>>;

const TOKEN = /\(\(([^()|]*?)(?:\|([^()]*))?\)\)/g;

export interface Rendered {
  text: string;
  /** Placeholders with neither a value nor fallback wording: ask before inserting. */
  missing: PlaceholderName[];
  /** Placeholders the text uses that are not known at all (an editor error). */
  unknown: string[];
  /** True when the text uses something read from the patient's page (so insert needs the guard). */
  usesPatient: boolean;
}

/** The values practice settings give, one for each placeholder that names a setting. */
export function practiceValues(p: PracticeSettings): Values {
  const v: Values = {};
  for (const [name, def] of Object.entries(PLACEHOLDERS) as [PlaceholderName, (typeof PLACEHOLDERS)[PlaceholderName]][]) {
    if (def.setting) v[name] = String(p[def.setting as keyof PracticeSettings] ?? '');
  }
  return v;
}

function isKnown(name: string): name is PlaceholderName {
  return Object.prototype.hasOwnProperty.call(PLACEHOLDERS, name);
}

/** Fill `body` from `values`. Missing values leave "((name))" in `text` and are listed in `missing`. */
export function render(body: string, values: Values): Rendered {
  const missing: PlaceholderName[] = [];
  const unknown: string[] = [];
  let usesPatient = false;
  const text = body.replace(TOKEN, (whole, rawName: string, fallback: string | undefined) => {
    const name = rawName.trim().toLowerCase();
    if (!isKnown(name)) {
      if (!unknown.includes(name)) unknown.push(name);
      return whole;
    }
    const value = values[name]?.trim();
    if (value) {
      if (PLACEHOLDERS[name].patient) usesPatient = true;
      return value;
    }
    if (fallback !== undefined) return fallback;
    if (!missing.includes(name)) missing.push(name);
    return whole;
  });
  return { text, missing, unknown, usesPatient };
}
