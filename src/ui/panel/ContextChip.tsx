import { maskNhsNumber } from '../../page/nhs-number';
import { mobileEnding } from '../../page/mobile';
import { firstNameOf } from '../../page/patient-name';
import { usePanel } from './use-panel';

/** The patient context chip: first name, NHS number masked but for its last four digits, mobile ending. */
export function ContextChip() {
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

