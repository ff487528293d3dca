/** What a print.html URL asks for (?template=<id>&lang=<code> or ?service=<id>), turned into a poster. Pure. */
import * as v from 'valibot';
import { SERVICES, SERVICE_IDS, type ServiceId } from '../../catalogue/services';
import type { PracticeSettings } from '../../settings/practice';
import { isSettingLink } from '../../settings/model';
import { problemWith, type PracticeField } from '../../settings/setup';
import { practiceValues, render, type PlaceholderName } from '../../templates/render';
import { ID_PATTERN, LANGUAGE_PATTERN, languageName, type EffectiveTemplate } from '../../templates/store';
import { mainLink } from '../../templates/links';
import { versionOf } from '../../templates/in-force';
import type { Poster } from './PrintView';

import { GENERAL_WORDS, POSTER_WORDS } from './poster-words';

const ParamsSchema = v.union([
  v.object({
    template: v.pipe(v.string(), v.regex(ID_PATTERN)),
    lang: v.optional(v.pipe(v.string(), v.regex(LANGUAGE_PATTERN))),
  }),
  v.object({ service: v.picklist(SERVICE_IDS) }),
]);

export interface PrintRequest {
  templateId: string | null;
  service: ServiceId;
  language: string;
}

/** `setup` is set when the practice's own details are missing: the page links to the set-up page. */
export type Resolved = { ok: true; poster: Poster; request: PrintRequest } | { ok: false; error: string; setup?: true };

function serviceLink(service: ServiceId, values: ReturnType<typeof practiceValues>): string | null {
  const placeholder = (SERVICES[service] as { link?: PlaceholderName }).link;
  const value = placeholder ? values[placeholder]?.trim() : undefined;
  return value && isSettingLink(value) ? value : null;
}

export function resolvePoster(search: string, templates: readonly EffectiveTemplate[], practice: PracticeSettings): Resolved {
  const sp = new URLSearchParams(search);
  const raw: Record<string, string> = {};
  for (const k of ['template', 'lang', 'service']) {
    const x = sp.get(k);
    if (x !== null) raw[k] = x;
  }
  const parsed = v.safeParse(ParamsSchema, raw);
  if (!parsed.success) return { ok: false, error: 'This page needs a template or a service to print. Open it from the Nudge panel.' };
  const values = practiceValues(practice);
  const base = { surgeryName: practice.surgeryName, surgeryPhone: practice.surgeryPhone };
  // Every poster carries the surgery's name, phone and a link: never the example surgery's (issue 11).
  const notSetUp = (link: string | null): string | null => {
    const fields: PracticeField[] = ['surgeryName', 'surgeryPhone'];
    const gaps = fields.filter((f) => problemWith(f, practice[f]) !== null);
    if (link && problemWith('websiteUrl', link) !== null) gaps.push('websiteUrl');
    return gaps.length ? 'Nothing to print: the practice is not set up yet (its name, phone number or the link this poster needs). Ask your practice manager to set up the surgery’s details in Nudge’s settings.' : null;
  };

  if ('template' in parsed.output) {
    const t = templates.find((x) => x.id === (parsed.output as { template: string }).template);
    if (!t) return { ok: false, error: 'That template was not found. It may have been removed; open the print view again from the panel.' };
    const lang = parsed.output.lang ?? t.language;
    const version = versionOf(t, lang);
    if (!version) return { ok: false, error: `“${t.title}” has no ${languageName(lang)} version.` };
    const r = render(version.body, values);
    const link = mainLink(r.text) ?? serviceLink(t.service, values);
    if (!link) return { ok: false, error: `“${t.title}” has no full https:// link to put in a QR code. Add one in Dashboard → Templates, or fill in the link in Settings.` };
    const blocked = notSetUp(link);
    if (blocked) return { ok: false, error: blocked, setup: true };
    const poster: Poster = {
      ...base,
      serviceName: SERVICES[t.service]?.name ?? t.title,
      explanation: POSTER_WORDS[t.service] ?? GENERAL_WORDS,
      link,
    };
    // A leaflet in another language carries the practice's own translated wording (when it is complete).
    if (lang !== 'en' && !r.missing.length && !r.unknown.length) {
      poster.translated = { text: r.text, lang, dir: version.dir, languageName: languageName(lang) };
    }
    return { ok: true, poster, request: { templateId: t.id, service: t.service, language: lang } };
  }

  const service = parsed.output.service;
  let link = serviceLink(service, values);
  let templateId: string | null = null;
  if (!link) {
    for (const t of templates.filter((x) => x.service === service && !x.archived)) {
      const l = mainLink(render(t.body, values).text);
      if (l) {
        link = l;
        templateId = t.id;
        break;
      }
    }
  }
  if (!link) return { ok: false, error: `There is no link for ${SERVICES[service].name}. Fill it in under Dashboard → Settings.` };
  const blocked = notSetUp(link);
  if (blocked) return { ok: false, error: blocked, setup: true };
  return {
    ok: true,
    poster: { ...base, serviceName: SERVICES[service].name, explanation: POSTER_WORDS[service] ?? GENERAL_WORDS, link },
    request: { templateId, service, language: 'en' },
  };
}
