import { useEffect, useState } from 'preact/hooks';
import { selectCards } from '../../prompts/select';
import { searchTemplates } from '../../templates/search';
import { serviceName } from '../../catalogue/services';
import { QrDialog } from '../qr/QrDialog';
import { FillDialog } from './FillDialog';
import { ContextChip } from './ContextChip';
import { Notices } from './Notices';
import { OutcomeBar } from './OutcomeBar';
import { PanelControls, roleLabel } from './PanelControls';
import { PromptCardView } from './PromptCardView';
import { SearchBar } from './SearchBar';
import { TemplateCard } from './TemplateCard';
import { usePanel } from './use-panel';

export { PanelContext } from './use-panel';

/** How many texts are drawn before the rest (a screenful in a side panel). */
const FIRST_TEXTS = 6;

export function Panel() {
  const s = usePanel();
  useEffect(() => {
    void s.refreshPage();
    void s.refreshCount();
    return s.host.onChange(() => void s.refreshPage());
  }, [s]);

  const role = s.role.value;
  const cards = selectCards(
    s.prompts.value.map((p) => ({ ...p, searchText: `${p.detail.join(' ')} ${serviceName(p.service)}` })),
    { role, cues: s.page.value?.cues ?? [], dismissed: s.dismissed.value, query: s.query.value },
  );
  const texts = searchTemplates(s.templates.value, {
    query: s.query.value,
    service: s.serviceFilter.value,
    recent: s.recent.value,
    serviceName,
  });
  // The first few texts at once, the rest a moment later: the panel is usable sooner.
  const [all, setAll] = useState(false);
  useEffect(() => {
    const t = setTimeout(() => setAll(true), 0);
    return () => clearTimeout(t);
  }, []);
  const shownTexts = all ? texts : texts.slice(0, FIRST_TEXTS);
  const hiddenCards = s.dismissed.value.size;
  const qr = s.qr.value;
  const promptsFirst = role !== 'manager';

  const promptSection = (
    <section aria-labelledby="prompts-h" key="prompts">
      <h2 id="prompts-h" class="section-heading">
        Prompts for a {roleLabel(role).toLowerCase()}
      </h2>
      {cards.length ? (
        <ul class="template-list" aria-labelledby="prompts-h">
          {cards.map(({ card, cued }) => (
            <PromptCardView key={card.id} card={card as (typeof s.prompts.value)[number]} cued={cued} />
          ))}
        </ul>
      ) : (
        <p class="hint">{s.query.value ? 'No prompts match your search.' : 'No prompts for this role. Search to see every prompt.'}</p>
      )}
      {hiddenCards ? (
        <button type="button" class="link-button" onClick={() => s.restoreDismissed()}>
          Show {hiddenCards} hidden prompt{hiddenCards === 1 ? '' : 's'}
        </button>
      ) : null}
    </section>
  );
  const textSection = (
    <section aria-labelledby="texts-h" key="texts">
      <h2 id="texts-h" class="section-heading">
        Texts to send
      </h2>
      {texts.length ? (
        <ul class="template-list" aria-label="Texts to send">
          {shownTexts.map((t) => (
            <TemplateCard key={t.id} template={t} />
          ))}
        </ul>
      ) : (
        <p class="hint">No texts match your search.</p>
      )}
    </section>
  );

  return (
    <div class="panel">
      <header class="panel-header">
        <h1 class="panel-title">Nudge</h1>
        <p class="today" data-testid="today-count" aria-live="polite">
          Offers today: <strong>{s.todayCount}</strong>
        </p>
      </header>
      {s.training.value ? (
        <p class="training-banner" data-testid="training-banner">
          <strong>Training mode.</strong> Offers are marked as practice and left out of counts and exports.
        </p>
      ) : null}
      <ContextChip />
      <details class="prefs">
        <summary>
          {roleLabel(role)} · {s.training.value ? 'training' : 'change role or setting'}
        </summary>
        <PanelControls />
      </details>
      <SearchBar />
      <Notices />
      <OutcomeBar />
      <main>
        {role === 'manager' ? (
          <p class="manager-hint">
            <a href="/dashboard.html" target="_blank" rel="noreferrer">
              Open the dashboard
            </a>{' '}
            for tallies, exports, templates and settings.
          </p>
        ) : null}
        {promptsFirst ? [promptSection, textSection] : [textSection, promptSection]}
      </main>
      {qr ? <QrDialog url={qr.url} title={qr.template.title} onClose={() => (s.qr.value = null)} /> : null}
      {s.fill.value ? (
        <FillDialog
          key={s.fill.value.template.id}
          title={s.fill.value.template.title}
          missing={s.fill.value.missing}
          onSubmit={(v) => void s.submitFill(v)}
          onCancel={() => s.cancelFill()}
        />
      ) : null}
    </div>
  );
}
