/**
 * Dashboard → Content review (issue 11, item 7): Nudge's default content that is due for review
 * (last reviewed more than 12 months ago), every change the practice has made to its texts with
 * the date it was made, and all default content with its source, for the clinical safety officer.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { defaultContent, dueForReview, KIND_LABEL, type ContentItem } from '../../catalogue/governance';
import { DEFAULT_TEMPLATES, type Template } from '../../catalogue/templates';
import { REVIEW_INTERVAL_MONTHS } from '../../catalogue/sources';
import { loadEffectiveSettings } from '../../settings/effective';
import { effectiveTemplates, loadPracticeTemplates, watchPracticeTemplates, type EffectiveTemplate, type PracticeTemplates } from '../../templates/store';
import type { SectionProps } from './sections';

export interface ContentReviewDeps {
  now?: Date;
  items?: readonly ContentItem[];
  loadTemplates?: () => Promise<PracticeTemplates>;
  defaults?: readonly Template[];
}

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function formatDate(iso: string | undefined): string {
  if (!iso) return 'date not known';
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(d.getTime()) ? 'date not known' : DATE.format(d);
}

interface Change {
  id: string;
  title: string;
  what: string;
  date: string | undefined;
}

/** The practice's changes to the texts, newest first: edits of default texts, its own texts, archived texts. */
export function practiceChanges(all: readonly EffectiveTemplate[]): Change[] {
  const out: Change[] = [];
  for (const t of all) {
    if (t.origin === 'edited') out.push({ id: t.id, title: t.title, what: t.defaultChanged ? 'Changed wording (Nudge’s default has since been updated)' : 'Changed wording', date: t.edited });
    if (t.origin === 'own') out.push({ id: t.id, title: t.title, what: 'Your surgery’s own text', date: t.edited });
    if (t.archived) out.push({ id: `${t.id}-archived`, title: t.title, what: 'Archived: not offered in the panel', date: t.archivedOn });
  }
  return out.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}

function SourceCell({ item }: { item: Pick<ContentItem, 'source'> }) {
  return item.source.url ? (
    <a href={item.source.url} target="_blank" rel="noopener noreferrer">
      {item.source.label}
    </a>
  ) : (
    <>{item.source.label}</>
  );
}

/** Default content with its kind, last review and source: the items due for review, and all of them. */
function ContentTable({ items, ...label }: { items: readonly ContentItem[]; 'aria-label'?: string; 'aria-labelledby'?: string; 'data-testid'?: string }) {
  return (
    <table {...label}>
      <thead>
        <tr>
          <th scope="col">Content</th>
          <th scope="col">Kind</th>
          <th scope="col">Last reviewed</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {items.map((i) => (
          <tr key={`${i.kind}-${i.id}`}>
            <td>{i.label}</td>
            <td>{KIND_LABEL[i.kind]}</td>
            <td>{formatDate(i.reviewed)}</td>
            <td>
              <SourceCell item={i} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ContentReview(props: Partial<SectionProps> & ContentReviewDeps) {
  const now = props.now ?? new Date();
  const items = useMemo(() => props.items ?? defaultContent(), [props.items]);
  const [state, setState] = useState<PracticeTemplates | null>(null);
  const [defaults, setDefaults] = useState<readonly Template[]>(props.defaults ?? DEFAULT_TEMPLATES);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    (props.loadTemplates ?? loadPracticeTemplates)().then(setState, (e: unknown) => setError(`Your surgery’s templates could not be read: ${(e as Error)?.message ?? e}`));
    if (!props.defaults && !props.loadTemplates) void loadEffectiveSettings().then((e) => e.policyTemplates && setDefaults(e.policyTemplates), () => undefined);
    return props.loadTemplates ? undefined : watchPracticeTemplates(setState);
  }, []);

  const due = dueForReview(items, now);
  const changes = state ? practiceChanges(effectiveTemplates(defaults, state)) : null;
  const oldest = [...items].sort((a, b) => a.reviewed.localeCompare(b.reviewed))[0];
  const nextDue = oldest ? new Date(Date.UTC(Number(oldest.reviewed.slice(0, 4)), Number(oldest.reviewed.slice(5, 7)) - 1 + REVIEW_INTERVAL_MONTHS, Number(oldest.reviewed.slice(8, 10)))) : null;

  return (
    <section aria-labelledby="content-h" class="content-review">
      <h2 id="content-h">Content review</h2>
      <p>
        Every text, answer, benefit line, prompt card and poster that comes with Nudge names its source and the date it was last checked against it.
        Content not reviewed for {REVIEW_INTERVAL_MONTHS} months is listed below, as are your surgery’s own changes, so your clinical safety officer
        can review both.
      </p>

      <h3 id="content-due-h">Default content due for review</h3>
      {due.length ? (
        <ContentTable items={due} aria-labelledby="content-due-h" data-testid="content-due" />
      ) : (
        <p class="notice notice--success" data-testid="content-due">
          No default content is due for review.{nextDue ? ` The next is due by ${DATE.format(nextDue)}.` : ''}
        </p>
      )}

      <h3 id="content-changes-h">Your surgery’s changes</h3>
      {error ? (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      ) : !changes ? (
        <p aria-busy="true">Loading your surgery’s changes…</p>
      ) : changes.length ? (
        <table aria-labelledby="content-changes-h" data-testid="content-changes">
          <thead>
            <tr>
              <th scope="col">Text</th>
              <th scope="col">Change</th>
              <th scope="col">Date</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.id}>
                <td>{c.title}</td>
                <td>{c.what}</td>
                <td>{formatDate(c.date)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p data-testid="content-changes">Your surgery has not changed any of the default texts.</p>
      )}

      <details class="content-all">
        <summary>All default content and its sources ({items.length} items)</summary>
        <ContentTable items={items} aria-label="All default content" />
      </details>
    </section>
  );
}
