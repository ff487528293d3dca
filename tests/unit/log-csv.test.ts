import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvCell, csvRow, BOM } from '@/src/log/csv';
import type { LogDatabase } from '@/src/log/db';
import { exportOffersCsv, offersCsvChunks, OFFER_COLUMNS, talliesCsv, TALLY_COLUMNS, exportBackup } from '@/src/log/export';
import { computeTallies } from '@/src/log/tallies';
import { PRACTICE_NOT_RECORDED } from '@/src/log/practice';
import { parseExchangeFile } from '@/src/log/exchange';
import { freshDb, offer, store } from './log-helpers';
import { DEFAULT_TEMPLATES } from '@/src/catalogue/templates';
import { PROMPTS } from '@/src/catalogue/prompts';
import { EMPTY_PRACTICE_TEMPLATES, putTemplate, setArchived } from '@/src/templates/store';
import { templatesInForce } from '@/src/templates/in-force';
import { itemTitles } from '@/src/ui/dashboard/labels';

/** A strict RFC 4180 reader, to check what Excel would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1];
    if (quoted && c === '"' && next === '"') {
      cell += '"';
      i += 2;
    } else if (quoted && c === '"') {
      quoted = false;
      i++;
    } else if (quoted) {
      cell += c;
      i++;
    } else if (c === '"' && cell === '') {
      quoted = true;
      i++;
    } else if (c === '"') {
      throw new Error(`bare quote at ${i}`);
    } else if (c === ',') {
      endCell();
      i++;
    } else if (c === '\r' && next === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i += 2;
    } else if (c === '\r' || c === '\n') {
      throw new Error(`bare line break at ${i}`);
    } else {
      cell += c;
      i++;
    }
  }
  if (cell !== '' || row.length) throw new Error('last record has no CRLF');
  return rows;
}

const DANGEROUS = ['=', '+', '-', '@', '\t', '\r'];
/** Strings that favour the characters that matter. */
const nasty = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', "'", 'a', ' ', 'é', '😀') }),
  fc.tuple(fc.constantFrom(...DANGEROUS), fc.string()).map(([a, b]) => a + b),
);

function defused(s: string): string {
  return DANGEROUS.some((d) => s.startsWith(d)) ? `'${s}` : s;
}

describe('CSV cells', () => {
  it.each([
    ['plain', 'plain'],
    ['=1+2', "'=1+2"],
    ['+44 7700', "'+44 7700"],
    ['-3', "'-3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
  ])('%j is written as %j', (input, out) => {
    expect(csvCell(input)).toBe(out);
  });

  it('writes numbers as numbers', () => {
    expect(csvRow(['a', 3, 0])).toBe('a,3,0\r\n');
  });

  it('reads back every string exactly (defused), and no cell starts a formula', () => {
    fc.assert(
      fc.property(fc.array(fc.array(nasty, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }), (table) => {
        const text = table.map((r) => csvRow(r)).join('');
        const back = parseCsv(text);
        expect(back).toEqual(table.map((r) => r.map(defused)));
        for (const r of back) for (const c of r) expect(DANGEROUS.some((d) => c.startsWith(d))).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe('CSV exports', () => {
  let db: LogDatabase;
  beforeEach(() => {
    db = freshDb();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('offers CSV: BOM, header, one row per live offer, template titles defused, no undone or training offers', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(nasty, { minLength: 1, maxLength: 5 }), async (titles) => {
        await db.offers.clear();
        await db.counts.clear();
        const offers = titles.map((_, i) => offer('2025-11-05', { item: `t-${i}` }));
        await store(db, [...offers, offer('2025-11-05', { deleted: 1 }), offer('2025-11-05', { training: 1 })]);
        const titleMap = new Map(titles.map((t, i) => [`t-${i}`, t]));
        const blob = await exportOffersCsv(db, { titles: titleMap });
        const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
        expect(text.startsWith(BOM)).toBe(true);
        const rows = parseCsv(text.slice(1));
        expect(rows[0]).toEqual([...OFFER_COLUMNS]);
        expect(rows).toHaveLength(offers.length + 1);
        const col = OFFER_COLUMNS.indexOf('item_title');
        const got = new Map(rows.slice(1).map((r) => [r[OFFER_COLUMNS.indexOf('item')]!, r[col]!]));
        for (const [id, t] of titleMap) expect(got.get(id)).toBe(defused(t));
      }),
      { numRuns: 25 },
    );
  });

  it('offers CSV names every item by its title: default, edited, the practice’s own and archived texts, and prompt cards', async () => {
    const card = PROMPTS.find((p) => p.id === 'reception-test-results')!;
    // The practice edited a default's title, wrote its own text and archived both that and a default.
    let practice = putTemplate(EMPTY_PRACTICE_TEMPLATES, DEFAULT_TEMPLATES, {
      id: 'nhs-app-signup-short', service: 'nhs-app', title: 'Our NHS App text', length: 'short', language: 'en', body: 'Get the NHS App: ((nhs_app_url))', versions: {},
    });
    practice = putTemplate(practice, DEFAULT_TEMPLATES, {
      id: 'own-flu', service: 'nhs-app', title: 'Flu clinic reminder', length: 'short', language: 'en', body: 'Book your flu jab: ((appointments_url))', versions: {},
    });
    practice = setArchived(setArchived(practice, 'own-flu', true), 'test-results-short', true);
    const titles = itemTitles(templatesInForce(null, practice));
    await store(db, [
      offer('2025-11-05', { item: 'test-results-short', service: 'test-results' }),
      offer('2025-11-05', { item: 'nhs-app-signup-short' }),
      offer('2025-11-05', { item: 'own-flu' }),
      offer('2025-11-05', { item: card.id, via: 'prompt', channel: 'spoken', service: card.service }),
      offer('2025-11-05', { item: 'own-deleted-long-ago' }),
    ]);
    const chunks: string[] = [];
    for await (const c of offersCsvChunks(db, { titles })) chunks.push(c);
    const rows = parseCsv(chunks.join('').slice(1));
    const col = OFFER_COLUMNS.indexOf('item_title');
    const byItem = new Map(rows.slice(1).map((r) => [r[OFFER_COLUMNS.indexOf('item')], r[col]]));
    expect(Object.fromEntries(byItem)).toEqual({
      'test-results-short': 'See test results in the NHS App',
      'nhs-app-signup-short': 'Our NHS App text',
      'own-flu': 'Flu clinic reminder',
      [card.id]: card.summary,
      // An item nothing knows any more keeps an empty title, never someone else's.
      'own-deleted-long-ago': '',
    });
    expect(rows[1]).toContain('Test results in the NHS App');
  });

  it('streams in pages, reports progress and can be cancelled', async () => {
    await store(db, Array.from({ length: 12_000 }, () => offer('2025-11-05')));
    const progress: number[] = [];
    const chunks: string[] = [];
    for await (const c of offersCsvChunks(db, { titles: new Map(), onProgress: (p) => progress.push(p.done) })) chunks.push(c);
    expect(chunks.length).toBe(4); // header + three pages of at most 5,000
    expect(progress).toEqual([0, 5000, 10000, 12000]);
    const ctl = new AbortController();
    const cancelled = exportOffersCsv(db, { titles: new Map(), signal: ctl.signal, onProgress: (p) => p.done >= 5000 && ctl.abort() });
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('tallies CSV has tidy rows', async () => {
    await store(db, [offer('2025-11-05', { outcome: 'accepted' }), offer('2025-11-06', { outcome: 'accepted' }), offer('2025-12-01', { service: 'test-results', role: 'clinician', setting: 'consultation' })]);
    const rows = parseCsv(talliesCsv(await computeTallies(db, { from: '2025-11-01', to: '2025-12-31', groupBy: 'month' })).slice(1));
    expect(rows).toEqual([
      [...TALLY_COLUMNS],
      ['2025-11', 'nhs-app', 'receptionist', 'phone', 'accepted', '2', ''],
      ['2025-12', 'test-results', 'clinician', 'consultation', 'offered', '1', ''],
    ]);
  });

  it('both CSVs give each row its practice, and keep to one practice (or to offers with none recorded) when filtered', async () => {
    await store(db, [
      offer('2025-11-05', { practice: 'A81001' }),
      offer('2025-11-05', { practice: 'A81001', outcome: 'accepted' }),
      offer('2025-11-06', { practice: 'B82002' }),
      offer('2025-11-07'),
    ]);
    const offersCsv = async (practice?: string) => {
      const blob = await exportOffersCsv(db, { titles: new Map(), ...(practice === undefined ? {} : { practice }) });
      const rows = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer()).slice(1));
      expect(rows[0]).toEqual([...OFFER_COLUMNS]);
      return rows.slice(1).map((r) => r[OFFER_COLUMNS.indexOf('practice')]).sort();
    };
    expect(await offersCsv()).toEqual(['', 'A81001', 'A81001', 'B82002']);
    expect(await offersCsv('A81001')).toEqual(['A81001', 'A81001']);
    expect(await offersCsv(PRACTICE_NOT_RECORDED)).toEqual(['']);

    const tallies = async (practice?: string) =>
      parseCsv(talliesCsv(await computeTallies(db, { from: '2025-11-01', to: '2025-11-30', groupBy: 'month', ...(practice === undefined ? {} : { practice }) })).slice(1))
        .slice(1)
        .map((r) => `${r[TALLY_COLUMNS.indexOf('practice')]}:${r[TALLY_COLUMNS.indexOf('outcome')]}:${r[TALLY_COLUMNS.indexOf('count')]}`)
        .sort();
    expect(await tallies()).toEqual([':offered:1', 'A81001:accepted:1', 'A81001:offered:1', 'B82002:offered:1']);
    expect(await tallies('B82002')).toEqual(['B82002:offered:1']);
    expect(await tallies(PRACTICE_NOT_RECORDED)).toEqual([':offered:1']);
  });

  it('the backup holds every offer, undone ones too, and reads back as a valid exchange file', async () => {
    const offers = [offer('2025-11-05'), offer('2025-11-05', { deleted: 1 }), offer('2025-11-06', { training: 1 })];
    await store(db, offers);
    const text = await (await exportBackup(db, { workstation: 'ws-1', now: Date.UTC(2025, 10, 7) })).text();
    const file = parseExchangeFile(text, 'backup.json');
    expect(file).toMatchObject({ format: 'nudge-offers', version: 2, campaigns: [], exported: '2025-11-07T00:00:00.000Z', workstation: 'ws-1' });
    expect(file.offers.sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(offers);
  });
});
