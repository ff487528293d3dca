import { useLayoutEffect, useRef } from 'preact/hooks';
import { outcomeLabel, type Outcome } from '../../log/vocabulary';
import { onToolbarKey, settleToolbar } from './keyboard';

/** One click records an outcome: a toolbar of outcome buttons (one Tab stop; Left and Right move). */
export function OutcomeButtons(props: { label: string; outcomes: readonly Outcome[]; current: Outcome | null; onPick: (o: Outcome) => void; children?: preact.ComponentChildren }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => settleToolbar(ref.current));
  return (
    <div ref={ref} class="outcome-buttons" role="toolbar" aria-label={props.label} onKeyDown={onToolbarKey}>
      {props.outcomes.map((o) => (
        <button key={o} type="button" class="button button--small button--secondary" aria-pressed={props.current === o} onClick={() => props.onPick(o)}>
          {outcomeLabel(o)}
        </button>
      ))}
      {props.children}
    </div>
  );
}
