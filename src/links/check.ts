/**
 * `npm run check-links` (issue 11, item 7; hazard log H6 and H11): checks every default link Nudge
 * ships (practice defaults, prompt card links, content sources) and every link in a practice's
 * settings (a settings file exported from the dashboard, or the managed policy's JSON), and says
 * which answered, which redirected and where to, and which could not be reached. A link that
 * answers only after a redirect to a shorter address (such as a help index) is flagged: it may no
 * longer land on the page the text promises. Without a network it says so instead of reporting
 * every link as broken. Not part of `npm test`: it needs the internet. Pure apart from `fetch`,
 * which callers pass in.
 */
import { PROMPTS } from '../catalogue/prompts';
import { QUESTIONS } from '../catalogue/questions';
import { defaultContent } from '../catalogue/governance';
import { DEFAULT_TEMPLATES } from '../catalogue/templates';
import { DEFAULT_PRACTICE } from '../settings/practice';
import { isExampleLink } from '../settings/setup';
import { POSTERS } from '../ui/print/poster-words';

export interface LinkToCheck {
  url: string;
  /** Where it is used, in words ("setting nhsAppUrl (default)", "card reception-travel"). */
  where: string[];
}

export type LinkStatus = 'ok' | 'redirected' | 'broken' | 'unreachable' | 'example';

export interface Hop {
  status: number;
  from: string;
  to: string;
}

export interface LinkResult extends LinkToCheck {
  status: LinkStatus;
  /** The HTTP status of the last answer, if there was one. */
  httpStatus?: number;
  /** For a redirect: where it ended up, and each step. */
  finalUrl?: string;
  hops?: Hop[];
  /** True when a redirect ended on a shorter address of the same site: maybe a general page. */
  landedOnParent?: boolean;
  /** Why it could not be reached, or what went wrong. */
  reason?: string;
  /** The network error code (ENOTFOUND, ECONNREFUSED...), for telling "offline" from "down". */
  code?: string;
}

const FULL_LINK = /\bhttps?:\/\/[^\s<>"')]+/g;

function add(map: Map<string, Set<string>>, url: string, where: string): void {
  const clean = url.replace(/[.,;:!?]+$/, '');
  if (!/^https?:\/\//i.test(clean)) return;
  if (!map.has(clean)) map.set(clean, new Set());
  map.get(clean)!.add(where);
}

function toList(map: Map<string, Set<string>>): LinkToCheck[] {
  return [...map].map(([url, where]) => ({ url, where: [...where] }));
}

/** Every link Nudge ships: default settings, links on prompt cards and in default wording, and the sources of its content. */
export function defaultLinks(): LinkToCheck[] {
  const map = new Map<string, Set<string>>();
  for (const [key, value] of Object.entries(DEFAULT_PRACTICE)) if (key.endsWith('Url') && typeof value === 'string' && value) add(map, value, `setting ${key} (default)`);
  for (const p of PROMPTS) for (const l of p.links) if (!l.url.includes('((')) add(map, l.url, `card ${p.id}`);
  for (const t of DEFAULT_TEMPLATES) for (const m of t.body.matchAll(FULL_LINK)) add(map, m[0], `text ${t.id}`);
  for (const q of Object.values(QUESTIONS)) for (const m of q.answer.matchAll(FULL_LINK)) add(map, m[0], `answer ${q.id}`);
  for (const [id, p] of Object.entries(POSTERS)) for (const m of p.words.matchAll(FULL_LINK)) add(map, m[0], `poster ${id}`);
  // Short addresses patients are told to type, such as 111.nhs.uk.
  for (const q of Object.values(QUESTIONS)) if (/\b111\.nhs\.uk\b/.test(q.answer)) add(map, 'https://111.nhs.uk', `answer ${q.id}`);
  for (const item of defaultContent()) if (item.source.url) add(map, item.source.url, `source of ${item.kind} ${item.id}`);
  return toList(map);
}

/** The settings object inside a settings file, a Chrome or Firefox policy file, or a plain policy object. */
export function settingsIn(data: unknown): Record<string, unknown> | null {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const o = data as Record<string, unknown>;
  if (o.format === 'nudge-settings') return settingsIn(o.settings);
  const policies = (o.policies as Record<string, unknown> | undefined) ?? o;
  const third = (policies['3rdparty'] as Record<string, unknown> | undefined) ?? null;
  if (third) {
    const ext = (third.extensions ?? third.Extensions) as Record<string, unknown> | undefined;
    const first = ext && Object.values(ext).find((v) => v && typeof v === 'object');
    return first ? (first as Record<string, unknown>) : null;
  }
  return o;
}

/** Every link in a practice's settings (its link settings, and links in a policy's own texts). */
export function settingsLinks(data: unknown): LinkToCheck[] {
  const settings = settingsIn(data);
  if (!settings) return [];
  const map = new Map<string, Set<string>>();
  for (const [key, value] of Object.entries(settings)) {
    if (key.endsWith('Url') && typeof value === 'string' && value.trim()) add(map, value.trim(), `setting ${key}`);
  }
  if (Array.isArray(settings.templates)) {
    for (const t of settings.templates as { id?: unknown; body?: unknown }[]) {
      if (t && typeof t.body === 'string') for (const m of t.body.matchAll(FULL_LINK)) add(map, m[0], `policy text ${String(t.id ?? '?')}`);
    }
  }
  return toList(map);
}

export interface CheckOptions {
  fetch: typeof fetch;
  timeoutMs?: number;
  maxRedirects?: number;
}

function errorCode(e: unknown): { code?: string; reason: string } {
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } } | undefined;
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return { code: 'TIMEOUT', reason: 'no answer in time' };
  const code = err?.cause?.code;
  const reason = err?.cause?.message ?? err?.message ?? String(e);
  return code ? { code, reason } : { reason };
}

/** True when `to` is a shorter address on the same site that `from` sits under (such as a help index). */
export function isParentOf(to: string, from: string): boolean {
  try {
    const a = new URL(from);
    const b = new URL(to);
    const pa = a.pathname.replace(/\/+$/, '');
    const pb = b.pathname.replace(/\/+$/, '');
    return a.host === b.host && pb.length < pa.length && (pa.startsWith(`${pb}/`) || pb === '');
  } catch {
    return false;
  }
}

/** Check one link: follow redirects one by one (so each is reported), never sending anything but a GET. */
export async function checkLink(link: LinkToCheck, options: CheckOptions): Promise<LinkResult> {
  if (isExampleLink(link.url)) return { ...link, status: 'example', reason: 'a reserved example domain, which can never open' };
  const max = options.maxRedirects ?? 5;
  const hops: Hop[] = [];
  let current = link.url;
  for (let i = 0; i <= max; i++) {
    let res: Response;
    try {
      res = await options.fetch(current, {
        method: 'GET',
        redirect: 'manual',
        headers: { 'user-agent': 'Nudge link check (npm run check-links)', accept: 'text/html,*/*' },
        signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
      });
    } catch (e) {
      return { ...link, status: 'unreachable', ...(hops.length ? { hops } : {}), ...errorCode(e) };
    }
    void res.body?.cancel().catch(() => undefined);
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      const next = new URL(location, current).toString();
      hops.push({ status: res.status, from: current, to: next });
      current = next;
      continue;
    }
    if (res.status >= 200 && res.status < 300) {
      if (!hops.length) return { ...link, status: 'ok', httpStatus: res.status };
      return { ...link, status: 'redirected', httpStatus: res.status, finalUrl: current, hops, landedOnParent: isParentOf(current, link.url) };
    }
    return { ...link, status: 'broken', httpStatus: res.status, ...(hops.length ? { finalUrl: current, hops } : {}), reason: `answered ${res.status}` };
  }
  return { ...link, status: 'broken', finalUrl: current, hops, reason: `more than ${max} redirects` };
}

/** Check many links, a few at a time. */
export async function checkLinks(links: readonly LinkToCheck[], options: CheckOptions & { concurrency?: number }): Promise<LinkResult[]> {
  const out: LinkResult[] = new Array(links.length);
  let next = 0;
  const worker = async () => {
    while (next < links.length) {
      const i = next++;
      out[i] = await checkLink(links[i]!, options);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 4, links.length) }, worker));
  return out;
}

/** Network errors that mean this computer cannot reach the internet at all (not that a site is down). */
const OFFLINE_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'ENETDOWN', 'EHOSTUNREACH', 'TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);

/** True when no link answered and every failure looks like having no network. */
export function looksOffline(results: readonly LinkResult[]): boolean {
  const tried = results.filter((r) => r.status !== 'example');
  return tried.length > 0 && tried.every((r) => r.status === 'unreachable' && r.code !== undefined && OFFLINE_CODES.has(r.code));
}

export interface Summary {
  offline: boolean;
  counts: Record<LinkStatus, number>;
  /** 0: every link answered (redirects listed to check); 1: some are broken, unreachable or example links; 2: no network. */
  exitCode: 0 | 1 | 2;
  text: string;
}

function whereText(r: LinkToCheck): string {
  const shown = r.where.slice(0, 3).join('; ');
  return r.where.length > 3 ? `${shown}; and ${r.where.length - 3} more` : shown;
}

/** The report a person reads, and the exit code. */
export function summarise(results: readonly LinkResult[]): Summary {
  const counts: Record<LinkStatus, number> = { ok: 0, redirected: 0, broken: 0, unreachable: 0, example: 0 };
  for (const r of results) counts[r.status]++;
  const offline = looksOffline(results);
  const lines: string[] = [];
  if (offline) {
    const first = results.find((r) => r.status === 'unreachable');
    lines.push(
      `No network: none of the ${results.length - counts.example} links could be reached from this computer (${first?.code ?? 'error'}: ${first?.reason ?? ''}).`,
      'Nothing was checked. Run `npm run check-links` again on a computer with internet access.',
    );
    if (counts.example) lines.push('', `Links that can never work (${counts.example}):`, ...results.filter((r) => r.status === 'example').map((r) => `  ${r.url}  [${whereText(r)}]: ${r.reason}`));
    return { offline, counts, exitCode: 2, text: lines.join('\n') };
  }
  const section = (title: string, rs: LinkResult[], line: (r: LinkResult) => string) => {
    if (!rs.length) return;
    lines.push(`${title} (${rs.length}):`, ...rs.map((r) => `  ${line(r)}  [${whereText(r)}]`), '');
  };
  section('Could not be reached', results.filter((r) => r.status === 'unreachable'), (r) => `${r.url}: ${r.code ? `${r.code}, ` : ''}${r.reason ?? ''}`);
  section('Broken', results.filter((r) => r.status === 'broken'), (r) => `${r.url}: ${r.reason ?? r.httpStatus}${r.finalUrl ? ` (after redirects to ${r.finalUrl})` : ''}`);
  section('Links that can never work', results.filter((r) => r.status === 'example'), (r) => `${r.url}: ${r.reason}`);
  section(
    'Redirected: check each lands on the page you meant',
    results.filter((r) => r.status === 'redirected'),
    (r) => `${r.url} -> ${r.finalUrl} (${r.hops!.map((h) => h.status).join(', ')})${r.landedOnParent ? ' WARNING: lands on a shorter address, perhaps a general page' : ''}`,
  );
  section('Answered', results.filter((r) => r.status === 'ok'), (r) => `${r.url} (${r.httpStatus})`);
  lines.push(
    `${results.length} links: ${counts.ok} answered, ${counts.redirected} redirected, ${counts.broken} broken, ${counts.unreachable} could not be reached, ${counts.example} can never work.`,
  );
  const exitCode = counts.broken || counts.unreachable || counts.example ? 1 : 0;
  return { offline, counts, exitCode, text: lines.join('\n') };
}

/**
 * The command: `npm run check-links [settings-or-policy.json ...] [--json]`. Returns the exit code;
 * `out` prints, `readFile` reads the files named.
 */
export async function main(
  args: readonly string[],
  deps: { fetch: typeof fetch; out: (s: string) => void; readFile: (path: string) => Promise<string>; timeoutMs?: number },
): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json' && a !== '--');
  const links = new Map<string, Set<string>>();
  for (const l of defaultLinks()) for (const w of l.where) add(links, l.url, w);
  for (const file of files) {
    let data: unknown;
    try {
      data = JSON.parse(await deps.readFile(file));
    } catch (e) {
      deps.out(`Cannot read ${file} as JSON: ${(e as Error).message}`);
      return 1;
    }
    const found = settingsLinks(data);
    if (!settingsIn(data)) {
      deps.out(`${file} is not a Nudge settings file or a policy file with Nudge's settings in it.`);
      return 1;
    }
    for (const l of found) for (const w of l.where) add(links, l.url, `${w} in ${file}`);
  }
  const results = await checkLinks(toList(links), { fetch: deps.fetch, ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}) });
  const summary = summarise(results);
  deps.out(json ? JSON.stringify({ offline: summary.offline, counts: summary.counts, results }, null, 2) : summary.text);
  return summary.exitCode;
}

