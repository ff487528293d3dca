/** Dashboard → Content review: default content due for review, and every practice edit with its date. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/preact';
import { defaultContent } from '@/src/catalogue/governance';
import type { Template } from '@/src/catalogue/templates';
import { EMPTY_PRACTICE_TEMPLATES, putTemplate, setArchived } from '@/src/templates/store';
import { ContentReview } from '@/src/ui/dashboard/ContentReview';

afterEach(cleanup);

const defaults: Template[] = [
  { id: 'a', service: 'nhs-app', title: 'Default A', length: 'short', language: 'en', body: 'A ((nhs_app_url))' },
  { id: 'b', service: 'fit-notes', title: 'Default B', length: 'short', language: 'en', body: 'B ((fit_note_url))' },
];

describe('the content review screen', () => {
  it('lists default content reviewed more than 12 months ago, with its source', async () => {
    const items = defaultContent().slice(0, 3).map((i, n) => ({ ...i, reviewed: n === 0 ? '2025-06-01' : '2026-12-01' }));
    render(<ContentReview items={items} now={new Date('2026-12-10T00:00:00Z')} loadTemplates={async () => EMPTY_PRACTICE_TEMPLATES} defaults={defaults} />);
    const due = await screen.findByTestId('content-due');
    const rows = within(due).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.textContent).toContain(items[0]!.label);
    expect(rows[0]!.textContent).toContain('1 June 2025');
    expect(rows[0]!.textContent).toContain(items[0]!.source.label);
  });

  it('says when nothing is due, and when the next review is', async () => {
    render(<ContentReview now={new Date('2026-12-10T00:00:00Z')} loadTemplates={async () => EMPTY_PRACTICE_TEMPLATES} defaults={defaults} />);
    expect((await screen.findByTestId('content-due')).textContent).toMatch(/No default content is due for review\. The next is due by 1 December 2027\./);
    expect((await screen.findByTestId('content-changes')).textContent).toMatch(/has not changed any/);
  });

  it('lists every change the practice made to its texts with the date it was made, newest first', async () => {
    let s = putTemplate(EMPTY_PRACTICE_TEMPLATES, defaults, { id: 'a', service: 'nhs-app', title: 'Default A', length: 'short', language: 'en', body: 'Ours ((nhs_app_url))', versions: {} }, new Date('2026-02-03T10:00:00Z'));
    s = putTemplate(s, defaults, { id: 'own-1', service: 'travel', title: 'Our travel text', length: 'short', language: 'en', body: 'Travel ((travel_url))', versions: {} }, new Date('2026-04-05T10:00:00Z'));
    s = setArchived(s, 'b', true, new Date('2026-06-07T10:00:00Z'));
    render(<ContentReview now={new Date('2026-12-10T00:00:00Z')} loadTemplates={async () => s} defaults={defaults} />);
    const table = await screen.findByTestId('content-changes');
    const rows = within(table).getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).toEqual([
      ['Default B', 'Archived: not offered in the panel', '7 June 2026'],
      ['Our travel text', 'Your surgery’s own text', '5 April 2026'],
      ['Default A', 'Changed wording', '3 February 2026'],
    ]);
  });
});
