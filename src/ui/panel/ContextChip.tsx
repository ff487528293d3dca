import { effect, signal, type Signal } from '@preact/signals';
import { maskNhsNumber } from '../../page/nhs-number';
import { mobileEnding } from '../../page/mobile';
import { firstNameOf } from '../../page/patient-name';
import type { PanelState } from './state';
import { SiteAccess } from './SiteAccess';
import { usePanel } from './use-panel';

/**
 * The user's picks when the page shows more than one mobile or NHS number: never a silent guess.
 * Kept beside the panel state, in memory only, and forgotten whenever the candidates change.
 */
export interface ContextChoices {
  mobile: Signal<string | null>;
  nhsNumber: Signal<string | null>;
}
const choices = new WeakMap<PanelState, ContextChoices>();

export function choicesFor(s: PanelState): ContextChoices {
  let c = choices.get(s);
  if (!c) {
    const made: ContextChoices = { mobile: signal(null), nhsNumber: signal(null) };
    let key = '';
    effect(() => {
      const ctx = s.page.value?.context;
      const next = ctx ? `${ctx.nhsNumbers.join('|')}/${ctx.mobiles.join('|')}` : '';
      if (next !== key) {
        key = next;
        made.mobile.value = null;
        made.nhsNumber.value = null;
      }
    });
    choices.set(s, made);
    c = made;
  }
  return c;
}

/** The only candidate, or the one the user picked from several. */
export function chosen(list: readonly string[], pick: string | null): string | null {
  if (list.length === 1) return list[0] ?? null;
  return pick && list.includes(pick) ? pick : null;
}

/** The patient context chip: first name, NHS number masked but for its last four digits, mobile ending. */
export function ContextChip() {
  const s = usePanel();
  const c = choicesFor(s);
  const access = s.access.value;
  const page = s.page.value;
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
  const name = s.patientName.value;
  const nhs = chosen(nhsNumbers, c.nhsNumber.value);
  const mobile = chosen(mobiles, c.mobile.value);
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
        <Pick legend="The page shows more than one name. Which is the patient?" group="patient-name" options={names} value={s.chosenName} show={(n) => n} />
      ) : null}
      {nhsNumbers.length > 1 ? (
        <Pick
          legend="The page shows more than one NHS number. Which is the patient’s?"
          group="patient-nhs"
          options={nhsNumbers}
          value={c.nhsNumber}
          show={(n) => `NHS no. ending ${n.slice(-4)}`}
        />
      ) : null}
      {mobiles.length > 1 ? (
        <Pick
          legend="The page shows more than one mobile number. Which should the text go to?"
          group="patient-mobile"
          options={mobiles}
          value={c.mobile}
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

function Pick(props: { legend: string; group: string; options: string[]; value: Signal<string | null>; show: (o: string) => string }) {
  return (
    <fieldset class="pick">
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o} class="pick-option">
          <input type="radio" name={props.group} value={o} checked={props.value.value === o} onChange={() => (props.value.value = o)} /> {props.show(o)}
        </label>
      ))}
    </fieldset>
  );
}
