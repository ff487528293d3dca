/**
 * Asks for the details a text still needs before it is inserted (a placeholder with no value and
 * no fallback wording), so nothing goes out blank or as a literal "((...))". A native <dialog>
 * opened with showModal(): focus moves to the first field and stays in the dialog; Escape or
 * Cancel closes it without inserting. Mount it to open it.
 *
 * A link asked for at each send (((condition_url)): the page the clinician talked about) must be a
 * full https link; "Paste link" reads it from the clipboard, and ordinary paste works too. What is
 * typed here lives only in this dialog and the one send it is for: never stored or remembered, and
 * refused if the patient on the page changes before it goes (see send-flow.ts).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { PLACEHOLDERS, type PlaceholderName, type Values } from '../../templates/render';
import './FillDialog.css';
import { FieldError } from '../FieldError';

export interface FillDialogProps {
  /** The text's title, for the heading. */
  title: string;
  /** Placeholders to ask for, in the order the text uses them. */
  missing: PlaceholderName[];
  onSubmit: (values: Values) => void;
  onCancel: () => void;
  /** Read the clipboard's text, for "Paste link" (a link copied from the page the patient was shown). */
  readClipboard?: () => Promise<string>;
}

const MAX = 200;

/** Why a value cannot be used, or null. Links must be full https links (patients need the whole address). */
export function fillError(name: PlaceholderName, value: string): string | null {
  const v = value.trim();
  const label = PLACEHOLDERS[name].label;
  if (!v) return `Enter the ${label.toLowerCase()}`;
  if (v.length > MAX) return `${label} must be ${MAX} characters or fewer`;
  if (name.endsWith('_url')) {
    let ok = false;
    try {
      ok = /^https:\/\/[^\s]+$/i.test(v) && new URL(v).protocol === 'https:';
    } catch {
      ok = false;
    }
    if (!ok) return `Enter a full link starting with https://`;
  }
  return null;
}

export function FillDialog({ title, missing, onSubmit, onCancel, readClipboard }: FillDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const firstRef = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Partial<Record<PlaceholderName, string>>>({});
  const [pasteNote, setPasteNote] = useState<string | null>(null);

  async function paste(name: PlaceholderName) {
    const input = ref.current?.querySelector<HTMLInputElement>(`#fill-${name}`);
    let text = '';
    try {
      text = ((await readClipboard?.()) ?? '').trim();
    } catch {
      text = '';
    }
    if (!text) {
      setPasteNote('Nudge could not read the clipboard. Click in the box and press Ctrl+V to paste the link.');
      input?.focus();
      return;
    }
    setValues((v) => ({ ...v, [name]: text.slice(0, MAX) }));
    const err = fillError(name, text);
    setErrors((e) => {
      const next = { ...e };
      if (err) next[name] = err;
      else delete next[name];
      return next;
    });
    setPasteNote(err ? null : 'Link pasted. Check it is the page you talked about.');
    input?.focus();
  }
  const done = useRef(false);
  const cancelRef = useRef(onCancel);
  cancelRef.current = onCancel;

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (!d.open) d.showModal();
    firstRef.current?.focus();
    // Escape fires "cancel" then "close"; Cancel calls close(). Either way: nothing is inserted.
    const onClose = () => {
      if (!done.current) cancelRef.current();
    };
    d.addEventListener('close', onClose);
    return () => {
      d.removeEventListener('close', onClose);
      if (d.open) d.close();
    };
  }, []);

  function submit(e: Event) {
    e.preventDefault();
    const found: Partial<Record<PlaceholderName, string>> = {};
    for (const name of missing) {
      const err = fillError(name, values[name] ?? '');
      if (err) found[name] = err;
    }
    setErrors(found);
    const firstBad = missing.find((n) => found[n]);
    if (firstBad) {
      ref.current?.querySelector<HTMLInputElement>(`#fill-${firstBad}`)?.focus();
      return;
    }
    const out: Values = {};
    for (const name of missing) out[name] = (values[name] ?? '').trim();
    done.current = true;
    ref.current?.close();
    onSubmit(out);
  }

  const errorCount = Object.keys(errors).length;
  return (
    <dialog ref={ref} class="fill-dialog" aria-labelledby="fill-title" aria-describedby="fill-hint">
      <form method="dialog" onSubmit={submit} noValidate>
        <h2 id="fill-title">Details needed for “{title}”</h2>
        <p id="fill-hint">This text needs these details before it can go in. They are used for this text only and not kept.</p>
        {errorCount ? (
          <p role="alert" class="notice notice--error">
            {errorCount === 1 ? 'Check the detail below.' : `Check the ${errorCount} details below.`}
          </p>
        ) : null}
        {missing.map((name, i) => {
          const id = `fill-${name}`;
          const err = errors[name];
          const isUrl = name.endsWith('_url');
          return (
            <div class="field" key={name}>
              <label for={id}>{PLACEHOLDERS[name].label}</label>
              {isUrl ? (
                <p class="field-hint" id={`${id}-hint`}>
                  The full link, starting with https://. Copy it from the page you talked about, then choose Paste link (or press Ctrl+V in the box).
                </p>
              ) : null}
              <FieldError id={`${id}-error`} error={err} />
              <input
                ref={i === 0 ? firstRef : undefined}
                id={id}
                name={name}
                type={isUrl ? 'url' : 'text'}
                autocomplete="off"
                spellcheck={!isUrl}
                maxLength={MAX}
                value={values[name] ?? ''}
                aria-invalid={err ? true : undefined}
                aria-describedby={[isUrl ? `${id}-hint` : '', err ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
                onInput={(e) => setValues({ ...values, [name]: e.currentTarget.value })}
              />
              {isUrl && readClipboard ? (
                <button type="button" class="button button--secondary button--small paste-button" onClick={() => void paste(name)}>
                  Paste link
                </button>
              ) : null}
            </div>
          );
        })}
        <p role="status" class={pasteNote ? 'field-hint' : 'visually-hidden'}>
          {pasteNote ?? ''}
        </p>
        <div class="card-actions">
          <button type="submit" class="button">
            Use these details
          </button>
          <button type="button" class="button button--secondary" onClick={() => ref.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
