import { outcomeLabel } from '../../log/labels';
import { inSentence } from './state';
import { usePanel } from './use-panel';

/** After any Insert, Copy, QR code or card outcome: one click records how it went; Undo takes it back. */
export function OutcomeBar() {
  const s = usePanel();
  const last = s.lastOffer.value;
  if (!last) return null;
  return (
    <section class="outcome-bar" aria-labelledby="outcome-h" data-testid="outcome-bar">
      <h2 id="outcome-h" class="outcome-title">
        How did it go?
      </h2>
      <p class="outcome-about">
        “{last.label}”: recorded as <strong data-testid="last-outcome">{inSentence(last.outcome)}</strong>
        {s.training.value ? ' (training)' : ''}.
      </p>
      <div class="outcome-buttons" role="group" aria-label="Record the outcome">
        {last.outcomes.map((o) => (
          <button key={o} type="button" class="button button--small button--secondary" aria-pressed={last.outcome === o} onClick={() => void s.setOutcome(o)}>
            {outcomeLabel(o)}
          </button>
        ))}
        <button type="button" class="button button--small button--warning" onClick={() => void s.undoLast()}>
          Undo
        </button>
      </div>
    </section>
  );
}
