/**
 * The count and warnings for one rendered text: "146 characters · 1 text message part · GSM (standard)",
 * its encoding, anything to check before sending (in words, never colour alone), and one-click fixes
 * that cannot change the meaning. The parent owns the text: a fix calls `onFix` with the new text.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { analyseMessage, summarise, type SafeFix } from '../../sms/analyse';
import type { CountingRules } from '../../sms/count';

export interface MessageInfoProps {
  text: string;
  rules: CountingRules;
  partLimit: number;
  onFix: (fixedText: string) => void;
}

const ENCODING_LABEL = {
  gsm7: 'Standard characters: up to 160 in one part, 153 in each part of a longer text.',
  ucs2: 'Unicode: up to 70 characters in one part, 67 in each part of a longer text.',
} as const;

// The NHS warning callout look, without relying on colour: the heading says what it is.
const CALLOUT_STYLE = { borderLeftColor: 'var(--nhs-warm-yellow)', background: '#fff9c4' };

export function MessageInfo({ text, rules, partLimit, onFix }: MessageInfoProps) {
  const id = useId();
  const analysis = useMemo(() => analyseMessage(text, { rules, partLimit }), [text, rules, partLimit]);
  const [done, setDone] = useState<string | null>(null);
  const summaryRef = useRef<HTMLParagraphElement>(null);

  // After a fix its button may disappear: keep focus in a sensible place, and say what changed.
  useEffect(() => {
    if (done) summaryRef.current?.focus();
  }, [done]);

  function fix(f: SafeFix) {
    const fixed = f.apply(text);
    setDone(`${f.label}: done.`);
    onFix(fixed);
  }

  const { warnings, fixes } = analysis;
  return (
    <section class="message-info" aria-labelledby={`${id}-summary`}>
      <p id={`${id}-summary`} class="message-info-summary" tabIndex={-1} ref={summaryRef} data-testid="message-summary">
        {summarise(analysis)}
      </p>
      <p class="field-hint message-info-encoding">{ENCODING_LABEL[analysis.encoding]}</p>
      {warnings.length > 0 ? (
        <div class="notice message-info-warnings" style={CALLOUT_STYLE} aria-labelledby={`${id}-warnings`}>
          <h4 id={`${id}-warnings`} class="message-info-warnings-title">
            <span aria-hidden="true">⚠ </span>Check before sending
          </h4>
          <ul>
            {warnings.map((w) => (
              <li key={w.id} data-warning={w.id}>
                {w.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {fixes.length > 0 ? (
        <div class="message-info-fixes" role="group" aria-label="Quick fixes that keep the meaning">
          {fixes.map((f) => (
            <button key={f.id} type="button" class="button button--secondary" data-cell onClick={() => fix(f)}>
              {f.label}
            </button>
          ))}
        </div>
      ) : null}
      <p role="status" class={done ? 'field-hint' : 'visually-hidden'}>
        {done ?? ''}
      </p>
    </section>
  );
}
