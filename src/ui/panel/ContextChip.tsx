import { maskNhsNumber } from '../../page/nhs-number';
import { mobileEnding } from '../../page/mobile';
import { firstNameOf } from '../../page/patient-name';
import { SiteAccess } from './SiteAccess';
import { usePanel } from './use-panel';

/**
 * The patient context chip: first name, NHS number masked but for its last four digits, mobile
 * ending. When the page shows several, the user picks one, for this patient only (page-context.ts).
 */
export function ContextChip() {
  const s = usePanel();
  const pc = s.page;
  const access = pc.access.value;
  const page = pc.page.value;
  if (access === 'checking') return <p class="context-chip" data-testid="context">Reading the page…</p>;
  if (access === 'no-tab') return <p class="context-chip" data-testid="context">No page to work with.</p>;
  if (access === 'no-access' || !page)
    return (
      <section class="context-chip context-chip--none" data-testid="context" aria-label="Patient on this page">
        <p>Nudge cannot see this page. You can still copy texts.</p>
        <SiteAccess />
      </section>
    );
  const { names, nhsNumbers, mobiles } = page.context;
  const name = pc.patientName.value;
  const nhs = pc.nhsNumber.value;
  const mobile = pc.mobile.value;
  return (
    <section class="context-chip" data-testid="context" aria-label="Patient on this page">
      {names.length === 0 && nhsNumbers.length === 0 ? (
        <p>No patient shown on this page.</p>
      ) : (
        <p>
          <span class="context-label">Patient:</span>{' '}
          <strong data-testid="context-name">{name ? firstNameOf(name) : names.length > 1 ? 'choose below' : 'name not shown'}</strong>
          {nhs ? <span data-testid="context-nhs"> · NHS no. {maskNhsNumber(nhs)}</span> : null}
          {mobile ? <span data-testid="context-mobile"> · mobile ending {mobileEnding(mobile)}</span> : null}
        </p>
      )}
      {names.length > 1 ? (
        <Pick legend="The page shows more than one name. Which is the patient?" group="patient-name" options={names} value={pc.picked('name')} onPick={(v) => pc.pick('name', v)} show={(n) => n} />
      ) : null}
      {nhsNumbers.length > 1 ? (
        <Pick
          legend="The page shows more than one NHS number. Which is the patient’s?"
          group="patient-nhs"
          options={nhsNumbers}
          value={pc.picked('nhsNumber')}
          onPick={(v) => pc.pick('nhsNumber', v)}
          show={(n) => `NHS no. ending ${n.slice(-4)}`}
        />
      ) : null}
      {mobiles.length > 1 ? (
        <Pick
          legend="The page shows more than one mobile number. Which should the text go to?"
          group="patient-mobile"
          options={mobiles}
          value={pc.picked('mobile')}
          onPick={(v) => pc.pick('mobile', v)}
          show={(m) => `Mobile ending ${mobileEnding(m)}`}
        />
      ) : null}
      <p class="field-hint" data-testid="field-hint">
        {page.field ? `Text goes into: ${page.field}` : 'Click in the box where texts should go.'}
      </p>
      <SiteAccess />
    </section>
  );
}

function Pick(props: { legend: string; group: string; options: string[]; value: string | null; onPick: (v: string) => void; show: (o: string) => string }) {
  return (
    <fieldset class="pick">
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o} class="pick-option">
          <input type="radio" name={props.group} value={o} checked={props.value === o} onChange={() => props.onPick(o)} /> {props.show(o)}
        </label>
      ))}
    </fieldset>
  );
}
