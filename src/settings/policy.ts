/**
 * The practice's managed policy (set by IT through Group Policy, Intune, a .mobileconfig or a
 * policies.json file; read from `storage.managed`). Policy values win over local ones and are
 * shown as locked. Every value is checked again here: a bad policy value is ignored and reported,
 * never trusted.
 */
import * as v from 'valibot';
import { SERVICE_IDS } from '../catalogue/service-names';
import type { Template } from '../catalogue/templates';
import { SETTINGS_KEYS, validateField, type SettingKey, type Settings } from './model';

/** Settings the policy may set: everything except what only makes sense for one computer. */
export const POLICY_KEYS: readonly SettingKey[] = SETTINGS_KEYS.filter((k) => k !== 'workstationName');

/** What the UI says about a locked setting. */
export const LOCKED_REASON = 'Set by your organisation’s IT policy';

const policyTemplateSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,60}$/, 'a template id uses lower-case letters, numbers and hyphens')),
  service: v.picklist(SERVICE_IDS, 'a template’s service must be one Nudge knows'),
  title: v.pipe(v.string(), v.trim(), v.nonEmpty('a template needs a title'), v.maxLength(80)),
  body: v.pipe(v.string(), v.trim(), v.nonEmpty('a template needs a body'), v.maxLength(1000)),
  language: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a template’s language is a code such as en or cy')), 'en'),
});

export interface Policy {
  /** The settings the policy sets, each already checked. */
  values: Partial<Settings>;
  /** The policy's own template pack, or null when it has none. */
  templates: Template[] | null;
  /** Policy entries that were ignored, and why (for the settings screen). */
  problems: string[];
}

export const NO_POLICY: Policy = { values: {}, templates: null, problems: [] };

/** Read whatever `storage.managed` returned. Unknown keys and bad values are ignored and listed. */
export function readPolicy(raw: unknown): Policy {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return NO_POLICY;
  const record = raw as Record<string, unknown>;
  const values: Partial<Record<SettingKey, unknown>> = {};
  const problems: string[] = [];
  for (const key of POLICY_KEYS) {
    if (record[key] === undefined) continue;
    const r = validateField(key, record[key]);
    if (r.ok) values[key] = r.value;
    else problems.push(`The policy’s ${key} was ignored: ${r.error}`);
  }
  let templates: Template[] | null = null;
  if (record.templates !== undefined) {
    const r = v.safeParse(v.array(policyTemplateSchema), record.templates);
    if (r.success) {
      templates = r.output.map((t) => ({ ...t, length: 'full' as const }));
    } else {
      problems.push(`The policy’s templates were ignored: ${r.issues[0]?.message ?? 'not valid'}`);
    }
  }
  for (const key of Object.keys(record)) {
    if (key !== 'templates' && !(POLICY_KEYS as readonly string[]).includes(key)) problems.push(`The policy’s ${key} is not a Nudge setting and was ignored`);
  }
  return { values: values as Partial<Settings>, templates, problems };
}

export interface Merged {
  settings: Settings;
  /** Keys whose value comes from the policy: read-only in the UI. */
  locked: SettingKey[];
}

/** Policy values win over local ones. Training mode is off (and locked) when the policy does not allow it. */
export function mergeSettings(local: Settings, policy: Partial<Settings>): Merged {
  const settings = { ...local } as Record<SettingKey, unknown>;
  const locked: SettingKey[] = [];
  for (const key of POLICY_KEYS) {
    if (policy[key] !== undefined) {
      settings[key] = policy[key];
      locked.push(key);
    }
  }
  const merged = settings as unknown as Settings;
  if (!merged.trainingModeAllowed) {
    merged.trainingMode = false;
    if (!locked.includes('trainingMode') && locked.includes('trainingModeAllowed')) locked.push('trainingMode');
  }
  return { settings: merged, locked };
}
