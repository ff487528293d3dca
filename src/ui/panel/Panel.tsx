/**
 * The panel, laid out for the moment of use (issue 14): the card for this screen leads, compact,
 * with its text's Insert one click away; then the texts as a compact list; the role is a visible
 * switch; a search turns the list into results. From the top, the first Insert is a few Tab
 * stops away (a skip link, the role, setting and training, the search box).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { selectCards } from '../../prompts/select';
import { searchTemplates } from '../../templates/search';
import { serviceName } from '../../catalogue/service-names';
import { ROLE_CHOICE_LABELS } from '../../log/vocabulary';
import { ContextChip } from './ContextChip';
import { gridEntry } from './keyboard';
import { Notices } from './NoticesView';
import { OutcomeBar } from './OutcomeBar';
import { PanelControls } from './PanelControls';
import { PromptCardView } from './PromptCardView';
import { SearchBar } from './SearchBar';
import { SetupNotice } from './SetupNotice';
import { TextList } from './TextList';
import { useLazy } from './use-lazy';
import { usePanel } from './use-panel';

export { PanelContext } from './use-panel';

const loadDialogs = () => import('./dialogs');

/** Cards shown before the texts: those for this screen, at most this many. */
const LEAD_CARDS = 3;
/** Texts drawn in the first frame (a screenful); the rest, and the other cards, a moment later. */
const FIRST_TEXTS = 8;

export function Panel() {
  const s = usePanel();
  const main = useRef<HTMLElement>(null);
  useEffect(() => {
    const stop = s.page.start();
    void s.offers.refreshCount();
    return stop;
  }, [s]);

  const role = s.prefs.role.value;
  const query = s.query.value.trim();
  const cards = selectCards(
    s.prompts.map((p) => ({ ...p, searchText: `${p.detail.join(' ')} ${serviceName(p.service)}` })),
    { role, cues: s.page.page.value?.cues ?? [], dismissed: s.dismissed.value, query },
  );
  const texts = searchTemplates(s.templates.value, { query, recent: s.prefs.recent.value, serviceName });
  // With no search, the cards for this screen lead; with a search, the matching texts come first.
  const lead = query ? [] : cards.filter((c) => c.cued).slice(0, LEAD_CARDS);
  const rest = cards.filter((c) => !lead.includes(c));
  const hiddenCards = s.dismissed.value.size;
  const dialogs = useLazy(loadDialogs, s.send.qr.value !== null || s.send.fill.value !== null);
  // The first screenful at once, the rest straight after: the panel is usable sooner (issue 14, item 7).
  const [all, setAll] = useState(false);
  useEffect(() => {
    const t = setTimeout(() => setAll(true), 0);
    return () => clearTimeout(t);
  }, []);
  const shownTexts = all || query ? texts : texts.slice(0, FIRST_TEXTS);

  /** Focus the first result: the lead card's Insert, or the list's Tab stop. */
  const toResults = (): boolean => {
    const root = main.current;
    const first = (lead.length ? root?.querySelector<HTMLElement>('.prompt-card--lead .card-actions button:not([disabled])') : null) ?? gridEntry(root?.querySelector('#texts') ?? null);
    first?.focus();
    return Boolean(first);
  };

  const textSection = (
    <section aria-labelledby="texts-h" key="texts" class="texts">
      <h2 id="texts-h" class="section-heading">
        Texts to send
      </h2>
      {query ? (
        <p class="hint" data-testid="text-matches">
          {texts.length === 1 ? '1 text matches' : `${texts.length} texts match`} “{query}”.
        </p>
      ) : null}
      {texts.length ? <TextList id="texts" labelledBy="texts-h" texts={shownTexts} /> : <p class="hint">No texts match your search.</p>}
    </section>
  );
  const promptSection = (
    <section aria-labelledby="prompts-h" key="prompts">
      <h2 id="prompts-h" class="section-heading">
        {query ? 'Prompts matching your search' : lead.length ? 'More prompts' : `Prompts for a ${ROLE_CHOICE_LABELS[role].toLowerCase()}`}
      </h2>
      {rest.length ? (
        <ul class="template-list" aria-labelledby="prompts-h">
          {rest.map(({ card, cued }) => (
            <PromptCardView key={card.id} card={card} cued={cued} />
          ))}
        </ul>
      ) : (
        <p class="hint">{query ? 'No prompts match your search.' : lead.length ? 'No other prompts for this role.' : 'No prompts for this role. Search to see every prompt.'}</p>
      )}
      {hiddenCards ? (
        <button type="button" class="link-button" onClick={() => s.restoreDismissed()}>
          Show {hiddenCards} hidden prompt{hiddenCards === 1 ? '' : 's'}
        </button>
      ) : null}
    </section>
  );

  return (
    <div class="panel">
      <a
        class="skip-link"
        href="#texts"
        onClick={(e) => {
          e.preventDefault();
          toResults();
        }}
      >
        Skip to texts
      </a>
      <header class="panel-header">
        <h1 class="panel-title">Nudge</h1>
        <p class="today" data-testid="today-count" aria-live="polite">
          Offers today: <strong>{s.offers.todayCount}</strong>
        </p>
      </header>
      {s.prefs.training.value ? (
        <p class="training-banner" data-testid="training-banner">
          <strong>Training mode.</strong> Offers are marked as practice and left out of counts and exports.
        </p>
      ) : null}
      <SetupNotice />
      <ContextChip />
      <PanelControls />
      <SearchBar onDown={toResults} />
      <p id="grid-keys" class="hint">
        In a list: arrow keys move, Enter inserts, Ctrl+C copies.
      </p>
      {!s.policyRead.value ? (
        <p class="hint" role="status" data-testid="policy-pending">
          Reading your practice’s settings… Texts can be read now; sending waits for them.
        </p>
      ) : null}
      <Notices />
      <OutcomeBar />
      <main ref={main} id="results">
        {role === 'manager' && s.dashboardUrl ? (
          <p class="manager-hint">
            <a href={s.dashboardUrl} target="_blank" rel="noreferrer">
              Open the dashboard
            </a>{' '}
            for tallies, exports, templates and settings.
          </p>
        ) : null}
        {lead.length ? (
          <section aria-labelledby="lead-h" class="lead">
            <h2 id="lead-h" class="section-heading">
              For this screen
            </h2>
            <ul class="template-list" aria-labelledby="lead-h">
              {lead.map(({ card, cued }, i) => (
                <PromptCardView key={card.id} card={card} cued={cued} lead={i === 0} />
              ))}
            </ul>
          </section>
        ) : null}
        {textSection}
        {all || query ? promptSection : null}
      </main>
      {dialogs ? <dialogs.PanelDialogs /> : null}
    </div>
  );
}
