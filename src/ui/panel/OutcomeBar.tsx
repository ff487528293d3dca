import { outcomeInSentence } from '../../log/vocabulary';
import { OutcomeButtons } from './OutcomeButtons';
import { usePanel } from './use-panel';

/** After any Insert, Copy, QR code or card outcome: one click records how it went; Undo takes it back. */
export function OutcomeBar() {
  const s = usePanel();
  const last = s.offers.lastOffer.value;
  if (!last) return null;
  return (
    <section class="outcome-bar" aria-labelledby="outcome-h" data-testid="outcome-bar">
      <h2 id="outcome-h" class="outcome-title">
        How did it go?
      </h2>
      <p class="outcome-about">
        “{last.label}”: recorded as <strong data-testid="last-outcome">{outcomeInSentence(last.outcome)}</strong>
        {last.training ? ' (training)' : ''}.
      </p>
      <OutcomeButtons label="Record the outcome" outcomes={last.outcomes} current={last.outcome} onPick={(o) => void s.offers.setOutcome(o)}>
        <button type="button" class="button button--small button--warning" onClick={() => void s.offers.undoLast()}>
          Undo
        </button>
      </OutcomeButtons>
    </section>
  );
}
