/**
 * Placeholders in GOV.UK Notify's style: ((name)). Nudge adds one thing: ((name|wording)) gives
 * the wording to use when there is no value ("Hello ((first_name|there))"). A placeholder with no
 * value and no wording is never sent blank or as a literal "((...))": it is reported as missing,
 * and the panel asks for it before inserting.
 */
import type { PracticeSettings } from '../settings/practice';

export const PLACEHOLDERS = {
  first_name: { label: 'Patient’s first name', patient: true },
  surgery_name: { label: 'Surgery name', patient: false },
  surgery_phone: { label: 'Surgery phone number', patient: false },
  website_url: { label: 'Surgery website', patient: false },
  online_form_url: { label: 'Online form link', patient: false },
  nhs_app_url: { label: 'NHS App link', patient: false },
  repeat_prescriptions_url: { label: 'Repeat prescriptions link', patient: false },
  test_results_url: { label: 'Test results help link', patient: false },
  digital_support_contact: { label: 'Who helps with digital skills', patient: false },
  digital_support_url: { label: 'Digital skills help link', patient: false },
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

/** The values practice settings give. */
export function practiceValues(p: PracticeSettings): Values {
  return {
    surgery_name: p.surgeryName,
    surgery_phone: p.surgeryPhone,
    website_url: p.websiteUrl,
    online_form_url: p.onlineFormUrl,
    nhs_app_url: p.nhsAppUrl,
    repeat_prescriptions_url: p.repeatPrescriptionsUrl,
    test_results_url: p.testResultsUrl,
    digital_support_contact: p.digitalSupportContact,
    digital_support_url: p.digitalSupportUrl,
  };
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
