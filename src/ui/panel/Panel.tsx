import { createContext } from 'preact';
import { useContext, useEffect } from 'preact/hooks';
import type { Template } from '../../catalogue/templates';
import { SERVICES } from '../../catalogue/services';
import { maskNhsNumber } from '../../page/nhs-number';
import { mobileEnding } from '../../page/mobile';
import { firstNameOf } from '../../page/patient-name';
import type { PanelState } from './state';

export const PanelContext = createContext<PanelState | null>(null);

function usePanel(): PanelState {
  const s = useContext(PanelContext);
  if (!s) throw new Error('PanelContext missing');
  return s;
}

export function Panel() {
  const s = usePanel();
  useEffect(() => {
    void s.refreshPage();
    void s.refreshCount();
    return s.host.onChange(() => void s.refreshPage());
  }, [s]);

  return (
    <div class="panel">
      <header class="panel-header">
        <h1 class="panel-title">Nudge</h1>
        <p class="today" data-testid="today-count" aria-live="polite">
          Offers today: <strong>{s.todayCount}</strong>
        </p>
      </header>
      <ContextChip />
      <Notices />
      <main>
        <h2 class="section-heading">Texts to send</h2>
        <ul class="template-list" aria-label="Texts to send">
          {s.templates.map((t) => (
            <TemplateCard key={t.id} template={t} />
          ))}
        </ul>
      </main>
    </div>
  );
}

function ContextChip() {
  const s = usePanel();
  const access = s.access.value;
  const page = s.page.value;
  if (access === 'checking') return <p class="context-chip" data-testid="context">Reading the page…</p>;
  if (access === 'no-tab') return <p class="context-chip" data-testid="context">No page to work with.</p>;
  if (access === 'no-access' || !page)
    return (
      <p class="context-chip context-chip--none" data-testid="context">
        Nudge cannot see this page. You can still copy texts.
      </p>
    );
  const { names, nhsNumbers, mobiles } = page.context;
  const name = s.patientName.value;
  return (
    <section class="context-chip" data-testid="context" aria-label="Patient on this page">
      {names.length === 0 && nhsNumbers.length === 0 ? (
        <p>No patient shown on this page.</p>
      ) : (
        <p>
          <span class="context-label">Patient:</span> <strong data-testid="context-name">{name ? firstNameOf(name) : names.length > 1 ? 'choose below' : 'name not shown'}</strong>
          {nhsNumbers.length === 1 && nhsNumbers[0] ? <span> · NHS no. {maskNhsNumber(nhsNumbers[0])}</span> : null}
          {mobiles.length === 1 && mobiles[0] ? <span> · mobile ending {mobileEnding(mobiles[0])}</span> : null}
        </p>
      )}
      {names.length > 1 ? (
        <fieldset class="pick">
          <legend>The page shows more than one name. Which is the patient?</legend>
          {names.map((n) => (
            <label key={n} class="pick-option">
              <input type="radio" name="patient-name" value={n} checked={s.chosenName.value === n} onChange={() => (s.chosenName.value = n)} /> {n}
            </label>
          ))}
        </fieldset>
      ) : null}
      <p class="field-hint">{page.field ? `Text goes into: ${page.field}` : 'Click in the box where texts should go.'}</p>
    </section>
  );
}

function Notices() {
  const s = usePanel();
  const n = s.notice.value;
  return (
    <>
      <div role="status" class={n && n.kind !== 'error' ? `notice notice--${n.kind}` : 'visually-hidden'} data-testid="status">
        {n && n.kind !== 'error' ? n.text : ''}
      </div>
      <div role="alert" class={n?.kind === 'error' ? 'notice notice--error' : 'visually-hidden'} data-testid="alert">
        {n?.kind === 'error' ? n.text : ''}
      </div>
      {s.logError.value ? (
        <div role="alert" class="notice notice--error" data-testid="log-error">
          {s.logError.value}
        </div>
      ) : null}
    </>
  );
}

function TemplateCard({ template }: { template: Template }) {
  const s = usePanel();
  const r = s.renderTemplate(template);
  const id = `t-${template.id}`;
  return (
    <li class="card" aria-labelledby={`${id}-title`}>
      <h3 class="card-title" id={`${id}-title`}>
        {template.title}
      </h3>
      <p class="card-service">{SERVICES[template.service].name}</p>
      <p class="card-text" id={`${id}-text`}>
        {r.text}
      </p>
      <div class="card-actions">
        <button type="button" class="button" aria-describedby={`${id}-title`} disabled={s.busy.value} onClick={() => void s.insert(template)}>
          Insert
        </button>
        <button type="button" class="button button--secondary" aria-describedby={`${id}-title`} onClick={() => void s.copy(template)}>
          Copy
        </button>
      </div>
    </li>
  );
}
