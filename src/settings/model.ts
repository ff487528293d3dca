/**
 * Every setting Nudge has, in one place: the shape, the defaults and the rules a value must meet.
 * Stored values, managed-policy values and imported files all pass through `validateSettings` or
 * `coerceSettings`, so a bad value never reaches the panel.
 */
import * as v from 'valibot';
import type { SiteProfile } from '../page/site-profile';
import { ROLES, type Role } from '../log/vocabulary';
import { isOdsPracticeCode } from '../log/practice';
import { DEFAULT_PRACTICE, type PracticeSettings } from './practice';

export type { Role };

/** All settings (version 2 of the stored `local:practice` item). */
export interface Settings extends PracticeSettings {
  /** A name for this computer that staff recognise, such as "Reception desk 1" (shown in merged tallies). */
  workstationName: string;
  /** The role the panel starts in on this workstation. */
  defaultRole: Role;
  /** How many months offers are kept in the log before they are deleted. */
  retentionMonths: number;
  /** Tuning for the clinical and booking systems the practice uses (host pattern, selectors, cues). */
  siteProfiles: SiteProfile[];
  /** Origins (such as "https://clinical.example.nhs.uk") where the practice uses Nudge. */
  allowedSites: string[];
  /** Whether offers are recorded in the log at all. */
  loggingEnabled: boolean;
  /** Whether staff may switch training mode on. */
  trainingModeAllowed: boolean;
  /** Training mode: offers are marked as practice and left out of tallies. */
  trainingMode: boolean;
  /** The practice's ODS code (a letter and 5 digits, like A81001), recorded with every offer; '' until set. */
  practiceOdsCode: string;
  /** Save this workstation's backup into the downloads folder every day (needs the optional `downloads` permission). */
  autoBackup: boolean;
}

export const SETTINGS_KEYS = [
  'surgeryName', 'surgeryPhone', 'websiteUrl', 'onlineFormUrl', 'nhsAppUrl', 'repeatPrescriptionsUrl', 'appointmentsUrl',
  'testResultsUrl', 'healthRecordUrl', 'updateDetailsUrl', 'homeMonitoringUrl', 'registrationUrl', 'fitNoteUrl', 'selfCareUrl',
  'digitalSupportContact', 'digitalSupportUrl', 'partLimit', 'countingRules', 'workstationName', 'defaultRole',
  'retentionMonths', 'siteProfiles', 'allowedSites', 'loggingEnabled', 'trainingModeAllowed', 'trainingMode',
  // Issue 11: links for travel, Pharmacy First, self-referral, reviews, family and carer access, NHS App notifications, nominating a pharmacy.
  'travelUrl', 'pharmacyFirstUrl', 'selfReferralUrl', 'reviewsUrl', 'familyAccessUrl', 'notificationsUrl', 'nominatePharmacyUrl',
  'practiceOdsCode', 'autoBackup',
] as const satisfies readonly (keyof Settings)[];
export type SettingKey = (typeof SETTINGS_KEYS)[number];
// Compile-time check that SETTINGS_KEYS lists every key of Settings.
type MissingKeys = Exclude<keyof Settings, SettingKey>;
const allKeysListed: MissingKeys extends never ? true : MissingKeys = true;
void allKeysListed;

export const DEFAULT_SETTINGS: Settings = {
  ...DEFAULT_PRACTICE,
  workstationName: '',
  defaultRole: 'receptionist',
  retentionMonths: 24,
  siteProfiles: [],
  allowedSites: [],
  loggingEnabled: true,
  trainingModeAllowed: true,
  trainingMode: false,
  practiceOdsCode: '',
  autoBackup: false,
};

export const PART_LIMIT = { min: 1, max: 10 } as const;
export const RETENTION = { min: 1, max: 120 } as const;
export const TEXT_MAX = 200;

// ---------- rules for single values ----------

const text = (what: string, max = TEXT_MAX) =>
  v.pipe(
    v.string(`Enter ${what}`),
    v.trim(),
    v.nonEmpty(`Enter ${what}`),
    v.maxLength(max, `${capital(what)} must be ${max} characters or fewer`),
  );

/** A full https link, such as https://www.example.nhs.uk/page. */
export function isFullHttpsUrl(s: string): boolean {
  if (!/^https:\/\/[^\s/]/i.test(s) || /\s/.test(s)) return false;
  try {
    const u = new URL(s);
    return u.protocol === 'https:' && u.hostname.includes('.') && !u.username && !u.password;
  } catch {
    return false;
  }
}

/**
 * A link a setting may hold: a full https link, or an http link to this computer (127.0.0.1 or
 * localhost), which only a test system such as the demo practice system uses.
 */
export function isSettingLink(s: string): boolean {
  if (isFullHttpsUrl(s)) return true;
  if (!/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/\S*)?$/i.test(s)) return false;
  try {
    const u = new URL(s);
    return !u.username && !u.password;
  } catch {
    return false;
  }
}

const link = (what: string) =>
  v.pipe(
    v.string(`Enter ${what}`),
    v.trim(),
    v.nonEmpty(`Enter ${what}`),
    v.maxLength(500, `${capital(what)} must be 500 characters or fewer`),
    v.check(isSettingLink, `Enter ${what} as a full link starting with https://, like https://www.example.nhs.uk`),
  );

/** A UK phone number people can ring: 10 or 11 digits starting 0, or +44 and 9 or 10 digits. */
export function isPlausibleUkPhone(s: string): boolean {
  if (!/^[0-9+() -]+$/.test(s)) return false;
  const digits = s.replace(/[^0-9+]/g, '');
  if (/^\+44/.test(digits)) return /^\+44[1-9][0-9]{8,9}$/.test(digits);
  return /^0[1-9][0-9]{8,9}$/.test(digits);
}

const phone = v.pipe(
  v.string('Enter the surgery’s phone number'),
  v.trim(),
  v.check((s) => s === '' || isPlausibleUkPhone(s), 'Enter the surgery’s phone number as a UK number, like 01632 960123'),
);

/**
 * One of the practice's own details: it may be left empty ("not set yet", which blocks the texts
 * that need it: see setup.ts), but when given it must be valid.
 */
const notSetYet = <S extends v.GenericSchema<string, string>>(schema: S) =>
  v.union([v.pipe(v.string(), v.trim(), v.check((s) => s === '')), schema], (issue) => issue.issues?.at(-1)?.message ?? issue.message);

/** An origin such as https://clinical.example.nhs.uk (no path). */
export function isOrigin(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === s.replace(/\/+$/, '') && !!u.hostname;
  } catch {
    return false;
  }
}

/** A host pattern: an origin, or https://*.example.nhs.uk for every subdomain. */
export function isHostPattern(s: string): boolean {
  const m = s.match(/^(https?):\/\/\*\.([a-z0-9-]+(\.[a-z0-9-]+)+)$/i);
  return m ? true : isOrigin(s);
}

/** A CSS selector the browser accepts (checked only where a DOM is available). */
export function isSelector(s: string): boolean {
  if (typeof document === 'undefined') return s.length > 0;
  try {
    document.createDocumentFragment().querySelector(s);
    return true;
  } catch {
    return false;
  }
}

const optionalSelector = (what: string) =>
  v.optional(
    v.pipe(
      v.string(`Enter ${what} as text`),
      v.trim(),
      v.maxLength(300, `${capital(what)} must be 300 characters or fewer`),
      v.check((s) => s === '' || isSelector(s), `${capital(what)} is not a selector the browser understands`),
      v.transform((s) => (s === '' ? undefined : s)),
    ),
  );

const cueSchema = v.object({
  id: v.pipe(v.string('Enter a name for the cue'), v.trim(), v.regex(/^[a-z0-9-]{1,40}$/, 'Cue names use lower-case letters, numbers and hyphens only')),
  url: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(300, 'A cue’s address part must be 300 characters or fewer'))),
  text: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(300, 'A cue’s text must be 300 characters or fewer'))),
});

export const siteProfileSchema = v.object({
  host: v.pipe(
    v.string('Enter the site’s address'),
    v.trim(),
    v.transform((s) => s.replace(/\/+$/, '')),
    v.check(isHostPattern, 'Enter the site’s address like https://clinical.example.nhs.uk, or https://*.example.nhs.uk for all its subdomains'),
  ),
  nameSelector: optionalSelector('the patient name selector'),
  nhsNumberSelector: optionalSelector('the NHS number selector'),
  mobileSelector: optionalSelector('the mobile number selector'),
  messageBoxSelector: optionalSelector('the message box selector'),
  cues: v.optional(v.pipe(v.array(cueSchema, 'Cues must be a list'), v.maxLength(50, 'A site can have at most 50 cues'))),
});

const originSchema = v.pipe(
  v.string('Enter the site’s address'),
  v.trim(),
  v.transform((s) => s.replace(/\/+$/, '')),
  v.check(isOrigin, 'Enter each allowed site as an address like https://clinical.example.nhs.uk, with no page path'),
);

const integerIn = (what: string, min: number, max: number) =>
  v.pipe(
    v.number(`Enter ${what} as a number`),
    v.integer(`Enter ${what} as a whole number`),
    v.minValue(min, `${capital(what)} must be between ${min} and ${max}`),
    v.maxValue(max, `${capital(what)} must be between ${min} and ${max}`),
  );

/** The rule for every setting, one entry each. */
export const FIELD_SCHEMAS = {
  surgeryName: notSetYet(text('the surgery’s name', 80)),
  surgeryPhone: phone,
  websiteUrl: notSetYet(link('the surgery website')),
  onlineFormUrl: notSetYet(link('the online form link')),
  nhsAppUrl: link('the NHS App link'),
  repeatPrescriptionsUrl: notSetYet(link('the repeat prescriptions link')),
  appointmentsUrl: notSetYet(link('the appointments link')),
  testResultsUrl: link('the test results help link'),
  healthRecordUrl: link('the health record help link'),
  updateDetailsUrl: notSetYet(link('the update your details link')),
  homeMonitoringUrl: notSetYet(link('the home monitoring link')),
  registrationUrl: notSetYet(link('the registration link')),
  fitNoteUrl: notSetYet(link('the fit note link')),
  selfCareUrl: link('the self-care information link'),
  digitalSupportContact: text('who helps patients with digital skills', 120),
  digitalSupportUrl: link('the digital skills help link'),
  partLimit: integerIn('the message-part limit', PART_LIMIT.min, PART_LIMIT.max),
  countingRules: v.picklist(['gsm', 'notify'], 'Choose how message parts are counted'),
  workstationName: v.pipe(v.string('Enter the workstation name as text'), v.trim(), v.maxLength(60, 'The workstation name must be 60 characters or fewer')),
  defaultRole: v.picklist(ROLES, 'Choose receptionist, clinician or manager'),
  retentionMonths: integerIn('the number of months to keep the log', RETENTION.min, RETENTION.max),
  siteProfiles: v.pipe(v.array(siteProfileSchema, 'Site profiles must be a list'), v.maxLength(50, 'There can be at most 50 site profiles')),
  allowedSites: v.pipe(v.array(originSchema, 'Allowed sites must be a list'), v.maxLength(100, 'There can be at most 100 allowed sites')),
  loggingEnabled: v.boolean('Choose whether offers are recorded'),
  trainingModeAllowed: v.boolean('Choose whether training mode may be used'),
  trainingMode: v.boolean('Choose whether training mode is on'),
  travelUrl: notSetYet(link('the travel health link')),
  pharmacyFirstUrl: notSetYet(link('the Pharmacy First link')),
  selfReferralUrl: notSetYet(link('the self-referral services link')),
  reviewsUrl: notSetYet(link('the reviews link')),
  familyAccessUrl: link('the family and carer access help link'),
  notificationsUrl: link('the NHS App notifications help link'),
  nominatePharmacyUrl: link('the nominating a pharmacy help link'),
  practiceOdsCode: v.pipe(
    v.string('Enter the practice’s ODS code as text'),
    v.trim(),
    v.toUpperCase(),
    v.check((s) => s === '' || isOdsPracticeCode(s), 'Enter the practice’s ODS code as a letter followed by 5 digits, like A81001'),
  ),
  autoBackup: v.boolean('Choose whether backups are saved automatically'),
} satisfies Record<SettingKey, v.GenericSchema>;

export type FieldErrors = Partial<Record<SettingKey, string>>;

export type Validated = { ok: true; settings: Settings } | { ok: false; errors: FieldErrors };

/** Check a complete set of settings. Every field's first problem is reported, in plain English. */
export function validateSettings(input: unknown): Validated {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: { surgeryName: 'These are not Nudge settings' } };
  }
  const errors: FieldErrors = {};
  const out: Partial<Record<SettingKey, unknown>> = {};
  const record = input as Record<string, unknown>;
  for (const key of SETTINGS_KEYS) {
    const r = validateField(key, record[key]);
    if (r.ok) out[key] = r.value;
    else errors[key] = r.error;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, settings: out as unknown as Settings };
}

/** Check one field. */
export function validateField<K extends SettingKey>(key: K, value: unknown): { ok: true; value: Settings[K] } | { ok: false; error: string } {
  const r = v.safeParse(FIELD_SCHEMAS[key] as v.GenericSchema, value);
  if (r.success) return { ok: true, value: r.output as Settings[K] };
  return { ok: false, error: firstMessage(r.issues) };
}

function firstMessage(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'This value is not valid';
  const where = issue.path?.map((p) => p.key).filter((k) => typeof k === 'number') ?? [];
  // In lists, say which entry: "Site profile 2: ..." reads better than a path.
  return where.length ? `Entry ${Number(where[0]) + 1}: ${issue.message}` : issue.message;
}

/**
 * Whatever is stored, give back usable settings: each valid field is kept, each missing or bad
 * field falls back to its default. Never throws.
 */
export function coerceSettings(input: unknown): Settings {
  const record = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  const out = { ...DEFAULT_SETTINGS } as Record<SettingKey, unknown>;
  for (const key of SETTINGS_KEYS) {
    if (!(key in record)) continue;
    const r = validateField(key, record[key]);
    if (r.ok) out[key] = r.value;
  }
  return out as unknown as Settings;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
