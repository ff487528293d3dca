import type { BrowserContext, Page } from '@playwright/test';
// @ts-expect-error the demo's own data module (plain ESM)
import { PATIENTS } from '../../demo/patients.js';

interface DemoPatient {
  name: string;
  nhs: string;
  mobiles: string[];
}

/** Every way a demo patient's identifiers could be written down. */
export function patientIdentifiers(): string[] {
  const out = new Set<string>();
  for (const p of PATIENTS as DemoPatient[]) {
    const [surname, rest] = p.name.split(',');
    const first = (rest ?? '').replace(/\(.*\)/, '').trim();
    out.add(surname!.trim().toLowerCase());
    out.add(first.toLowerCase());
    const nhs = p.nhs.replace(/\D/g, '');
    out.add(nhs);
    out.add(`${nhs.slice(0, 3)} ${nhs.slice(3, 6)} ${nhs.slice(6)}`);
    for (const m of p.mobiles) {
      const national = m.replace(/\D/g, '').replace(/^44/, '0');
      out.add(national);
      out.add(national.slice(1)); // 7700900123
      out.add(`${national.slice(0, 5)} ${national.slice(5)}`);
    }
  }
  return [...out];
}

/** A page to run code in: Playwright's (Chromium) or puppeteer's (Firefox). */
export interface Evaluator {
  evaluate<R>(fn: () => Promise<R>): Promise<R>;
}

/** Everything a page's origin keeps: every IndexedDB database, localStorage and sessionStorage. */
export async function dumpOrigin(page: Evaluator): Promise<string> {
  return page.evaluate(async () => {
    const parts: string[] = [];
    const dbs = (await indexedDB.databases?.()) ?? [];
    for (const info of dbs) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const r = indexedDB.open(info.name!);
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((ok, fail) => {
          const r = db.transaction(store).objectStore(store).getAll();
          r.onsuccess = () => ok(r.result);
          r.onerror = () => fail(r.error);
        });
        parts.push(`${info.name}/${store}: ${JSON.stringify(rows)}`);
      }
      db.close();
    }
    parts.push(`localStorage: ${JSON.stringify({ ...localStorage })}`);
    parts.push(`sessionStorage: ${JSON.stringify({ ...sessionStorage })}`);
    return parts.join('\n');
  });
}

/** Everything the extension keeps: its origin's storage plus every browser.storage area. */
async function dumpExtension(context: BrowserContext, extensionId: string): Promise<string> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  const dump = await dumpExtensionPage(page);
  await page.close();
  return dump;
}

/** From one of the extension's pages (Chrome or Firefox): its origin's storage and every browser.storage area. */
export async function dumpExtensionPage(page: Evaluator): Promise<string> {
  const origin = await dumpOrigin(page);
  const areas = await page.evaluate(async () => {
    const out: Record<string, unknown> = {};
    out.local = await chrome.storage.local.get(null);
    out.sync = await chrome.storage.sync.get(null);
    out.session = await chrome.storage.session.get(null).catch(() => ({}));
    out.managed = await chrome.storage.managed.get(null).catch(() => ({}));
    return JSON.stringify(out);
  });
  return `${origin}\nstorage: ${areas}`;
}

/**
 * Fail if any demo patient identifier is kept by the extension (any IndexedDB database, any
 * browser.storage area, localStorage) or by the host pages' origin.
 */
export async function findKeptPatientData(context: BrowserContext, extensionId: string, hostPage: Page): Promise<string[]> {
  const dumps = [await dumpExtension(context, extensionId), await dumpOrigin(hostPage)];
  return patientDataIn(dumps.join('\n'));
}

/** The demo patient identifiers (4 characters or more) found in `text`. */
export function patientDataIn(text: string): string[] {
  const all = text.toLowerCase();
  return patientIdentifiers().filter((id) => id.length >= 4 && all.includes(id.toLowerCase()));
}
