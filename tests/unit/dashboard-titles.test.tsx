/** The dashboard's "most used" names every item by its title: the practice's own and archived texts, and prompt cards. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { LogDatabase } from '@/src/log/db';
import { PROMPTS } from '@/src/catalogue/prompts';
import { Overview } from '@/src/ui/dashboard/Overview';
import { freshDb, offer, store } from './log-helpers';

let db: LogDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

it('“Most used texts and prompts” shows titles, never ids, for the practice’s own texts (archived too) and prompt cards', async () => {
  const card = PROMPTS.find((p) => p.id === 'reception-test-results')!;
  await fakeBrowser.storage.local.set({
    templates: {
      templates: [{ id: 'own-flu', service: 'nhs-app', title: 'Flu clinic reminder', length: 'short', language: 'en', body: 'Book: ((appointments_url))', versions: {} }],
      archived: ['own-flu'],
    },
    templates$: { v: 1 },
  });
  await store(db, [
    offer('2025-11-03', { item: 'own-flu' }),
    offer('2025-11-03', { item: 'own-flu' }),
    offer('2025-11-04', { item: card.id, via: 'prompt', channel: 'spoken', service: card.service }),
  ]);
  render(<Overview db={db} now={new Date(2025, 10, 20, 12).getTime()} />);
  await waitFor(() => expect(screen.getByTestId('top-items').textContent).toContain('Flu clinic reminder'));
  const table = screen.getByTestId('top-items').textContent!;
  expect(table).toContain(card.summary);
  expect(table).not.toContain('own-flu');
  expect(table).not.toContain(card.id);
});

it('the overview says how offers were made, in words (every channel has its label)', async () => {
  await store(db, [
    offer('2025-11-03', { channel: 'inserted' }),
    offer('2025-11-03', { channel: 'inserted' }),
    offer('2025-11-04', { channel: 'qr', via: 'qr' }),
    offer('2025-11-04', { channel: 'print', via: 'print' }),
    offer('2025-11-05', { channel: 'spoken', via: 'prompt', item: 'reception-test-results' }),
  ]);
  render(<Overview db={db} now={new Date(2025, 10, 20, 12).getTime()} />);
  await waitFor(() => expect(screen.getByTestId('by-channel').textContent).toContain('QR code'));
  const rows = [...screen.getByTestId('by-channel').querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
  expect(rows).toEqual([
    ['Text inserted', '2'],
    ['Poster printed', '1'],
    ['QR code', '1'],
    ['Said in conversation', '1'],
  ]);
});
