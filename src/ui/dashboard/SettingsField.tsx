import type { FieldSpec } from '../../settings/fields';
import { LOCKED_REASON } from '../../settings/policy';
import { encodingProblem } from '../../settings/setup-page';
import { PLACEHOLDERS } from '../../templates/render';

/** Settings whose value goes into texts: a character outside GSM-7 there makes every such text Unicode. */
const IN_TEXTS = new Set<string>(Object.values(PLACEHOLDERS).flatMap((p) => (p.setting ? [p.setting] : [])));

export interface FieldProps {
  spec: FieldSpec;
  value: unknown;
  error?: string;
  locked: boolean;
  onInput: (value: string | boolean) => void;
}

/** The id of a setting's control, so the error summary can link to it. */
export const fieldId = (key: string) => `setting-${key}`;

/** One labelled setting, with its hint, its error next to it, and the lock reason when IT sets it. */
export function SettingsField({ spec, value, error, locked, onInput }: FieldProps) {
  const id = fieldId(spec.key);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const lockId = `${id}-lock`;
  const describedBy = [spec.hint ? hintId : null, locked ? lockId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const hint = spec.hint ? (
    <div class="hint" id={hintId}>
      {spec.hint}
    </div>
  ) : null;
  const lock = locked ? (
    <div class="locked-reason" id={lockId} data-testid={`locked-${spec.key}`}>
      <strong class="tag">Locked</strong> {LOCKED_REASON}
    </div>
  ) : null;
  const err = error ? (
    <p class="error-message" id={errorId}>
      <span class="visually-hidden">Error:</span> {error}
    </p>
  ) : null;
  // Issue 11: warn when the value would turn texts into UCS-2 (a curly apostrophe), with the safe fix.
  const encoding = IN_TEXTS.has(spec.key) && typeof value === 'string' && value ? encodingProblem(value) : null;
  const encodingWarning = encoding ? (
    <div class="notice notice--warning" data-testid={`encoding-${spec.key}`}>
      <p>
        {encoding.characters.join(', ')} is not a standard text message character: every text with it is sent as Unicode, with 70 characters a
        part instead of 160, so it costs more.
      </p>
      {encoding.fixed !== null && !locked ? (
        <button type="button" class="button button--secondary" onClick={() => onInput(encoding.fixed!)}>
          Use “{encoding.fixed}” instead
        </button>
      ) : null}
    </div>
  ) : null;

  if (spec.kind === 'checkbox') {
    return (
      <div class={`form-group form-group--checkbox${error ? ' form-group--error' : ''}`}>
        {err}
        <input
          type="checkbox"
          id={id}
          name={spec.key}
          checked={value === true}
          disabled={locked}
          aria-describedby={describedBy}
          onChange={(e) => onInput((e.currentTarget as HTMLInputElement).checked)}
        />
        <label for={id}>{spec.label}</label>
        {hint}
        {lock}
      </div>
    );
  }

  return (
    <div class={`form-group${error ? ' form-group--error' : ''}`}>
      <label class="label" for={id}>
        {spec.label}
      </label>
      {hint}
      {lock}
      {err}
      {spec.kind === 'select' ? (
        <select
          id={id}
          name={spec.key}
          class="select"
          value={String(value ?? '')}
          disabled={locked}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onInput((e.currentTarget as HTMLSelectElement).value)}
        >
          {spec.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          name={spec.key}
          class={`input${spec.kind === 'number' ? ' input--width-3' : ''}`}
          type={spec.kind === 'url' ? 'url' : spec.kind === 'tel' ? 'tel' : 'text'}
          inputMode={spec.kind === 'number' ? 'numeric' : undefined}
          spellcheck={spec.kind === 'text' ? undefined : false}
          autocomplete="off"
          value={String(value ?? '')}
          readOnly={locked}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
        />
      )}
      {encodingWarning}
    </div>
  );
}
