/**
 * The form for one template: title, service, length, language and text, with a live preview
 * filled with example values, the message-part count, content guidance, and unknown placeholders
 * as errors that block saving.
 */
import { useState } from 'preact/hooks';
import { ServiceOptions } from '../ServiceOptions';
import { countSms } from '../../sms/count';
import type { PracticeSettings } from '../../settings/practice';
import { PLACEHOLDERS, practiceValues, render, type PlaceholderName } from '../../templates/render';
import { LANGUAGES, LIMITS, dirOf, languageName, type TemplateDraft } from '../../templates/store';
import { blockingProblems, guidanceFor } from './TemplatesGuidance';
import { MAX_READING_AGE, readability } from '../../templates/readability';
import { FieldError } from '../FieldError';

export interface TemplateEditorProps {
  heading: string;
  initial: TemplateDraft;
  isNew: boolean;
  practice: PracticeSettings;
  onSave: (draft: TemplateDraft) => void | Promise<void>;
  onCancel: () => void;
}


/** Example values for the preview: a patient called Sam, and the practice's own settings. */
export function exampleValues(practice: PracticeSettings) {
  return { ...practiceValues(practice), first_name: 'Sam' };
}

type Errors = Partial<Record<'title' | 'text', string>> & { versions?: string[] };

/** Everything wrong with a draft that must be fixed before it is saved (unknown placeholders, empty fields). */
export function draftErrors(d: TemplateDraft): Errors {
  const e: Errors = {};
  if (!d.title.trim()) e.title = 'Enter a title';
  else if (d.title.length > LIMITS.title) e.title = `Title must be ${LIMITS.title} characters or fewer`;
  const unknown = render(d.body, {}).unknown;
  if (!d.body.trim()) e.text = 'Enter the text of the message';
  else if (d.body.length > LIMITS.body) e.text = `Text must be ${LIMITS.body} characters or fewer`;
  else if (unknown.length) e.text = unknownMessage(unknown);
  else if (blockingProblems(d.body).length) e.text = blockingProblems(d.body).join(' ');
  const v: string[] = [];
  for (const [lang, x] of Object.entries(d.versions)) {
    const u = render(x.body, {}).unknown;
    if (u.length) v.push(`${languageName(lang)}: ${unknownMessage(u)}`);
    else for (const m of blockingProblems(x.body)) v.push(`${languageName(lang)}: ${m}`);
    if (x.body.length > LIMITS.body) v.push(`${languageName(lang)}: text must be ${LIMITS.body} characters or fewer`);
  }
  if (v.length) e.versions = v;
  return e;
}

function unknownMessage(names: string[]): string {
  const list = names.map((n) => `((${n}))`).join(', ');
  return `${list} ${names.length === 1 ? 'is not a placeholder' : 'are not placeholders'} Nudge knows. Check the spelling, or use one from the list below.`;
}

function cleanVersions(versions: TemplateDraft['versions']): TemplateDraft['versions'] {
  const out: TemplateDraft['versions'] = {};
  for (const [lang, x] of Object.entries(versions)) if (x.body.trim()) out[lang] = { body: x.body.trim(), dir: dirOf(lang) };
  return out;
}

export function TemplateEditor({ heading, initial, isNew, practice, onSave, onCancel }: TemplateEditorProps) {
  const [draft, setDraft] = useState<TemplateDraft>(initial);
  const [editing, setEditing] = useState<string>(initial.language);
  const [showErrors, setShowErrors] = useState(false);
  const [saving, setSaving] = useState(false);

  const isMain = editing === draft.language;
  const text = isMain ? draft.body : (draft.versions[editing]?.body ?? '');
  const dir = dirOf(editing);
  const setText = (body: string) =>
    setDraft((d) => (editing === d.language ? { ...d, body } : { ...d, versions: { ...d.versions, [editing]: { body, dir: dirOf(editing) } } }));

  const preview = render(text, exampleValues(practice));
  const count = countSms(preview.text, practice.countingRules);
  const liveUnknown = render(text, {}).unknown;
  const errors = draftErrors({ ...draft, versions: cleanVersions(draft.versions) });
  const errorList = [errors.title, errors.text, ...(errors.versions ?? [])].filter((x): x is string => !!x);
  const guidance = guidanceFor(text, practice);
  // The measure is for English; other languages are left to the practice's translator.
  const reading = text.trim() && editing.split('-')[0] === 'en' ? readability(text) : null;
  const versions = [draft.language, ...Object.keys(cleanVersions(draft.versions)).filter((l) => l !== draft.language)];
  const textError = isMain ? (showErrors ? errors.text : undefined) ?? (liveUnknown.length ? unknownMessage(liveUnknown) : undefined) : liveUnknown.length ? unknownMessage(liveUnknown) : undefined;

  async function submit(e: Event) {
    e.preventDefault();
    setShowErrors(true);
    if (errorList.length) {
      document.getElementById('tpl-error-summary')?.focus();
      return;
    }
    setSaving(true);
    try {
      await onSave({ ...draft, title: draft.title.trim(), body: draft.body.trim(), versions: cleanVersions(draft.versions) });
    } finally {
      setSaving(false);
    }
  }

  return (
    <section aria-labelledby="tpl-editor-h" class="tpl-editor">
      <h2 id="tpl-editor-h">{heading}</h2>
      {showErrors && errorList.length ? (
        <div id="tpl-error-summary" class="notice notice--error" role="alert" tabIndex={-1}>
          <h3>This template cannot be saved yet</h3>
          <ul>
            {errorList.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div class="field">
          <label for="tpl-title">Title</label>
          <p class="field-hint" id="tpl-title-hint">
            Staff see this in the panel; patients do not.
          </p>
          <FieldError id="tpl-title-error" error={showErrors && errors.title} />
          <input
            id="tpl-title"
            type="text"
            value={draft.title}
            maxLength={LIMITS.title}
            aria-describedby={`tpl-title-hint${showErrors && errors.title ? ' tpl-title-error' : ''}`}
            aria-invalid={showErrors && !!errors.title}
            onInput={(e) => setDraft({ ...draft, title: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="tpl-service">Service</label>
          <select id="tpl-service" value={draft.service} onChange={(e) => setDraft({ ...draft, service: e.currentTarget.value as TemplateDraft['service'] })}>
            <ServiceOptions />
          </select>
        </div>
        <div class="field">
          <label for="tpl-length">Length</label>
          <select id="tpl-length" value={draft.length} onChange={(e) => setDraft({ ...draft, length: e.currentTarget.value as TemplateDraft['length'] })}>
            <option value="short">Short (one message part where possible)</option>
            <option value="full">Full</option>
          </select>
        </div>
        <div class="field">
          <label for="tpl-language">Language</label>
          <p class="field-hint" id="tpl-language-hint">
            Choose a language to write or change its version of this text. Versions: {versions.map(languageName).join(', ')}. Leave a translation empty to have no version in that language.
          </p>
          <select id="tpl-language" aria-describedby="tpl-language-hint" value={editing} onChange={(e) => setEditing(e.currentTarget.value)}>
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code}>
                {l.name}
                {l.code === draft.language ? ' (main)' : draft.versions[l.code]?.body.trim() ? ' (written)' : ''}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="tpl-text">Text{isMain ? '' : ` in ${languageName(editing)}`}</label>
          <p class="field-hint" id="tpl-text-hint">
            Put placeholders in double brackets, such as ((first_name)) or ((surgery_name)). Add wording to use when there is no value after a bar: ((first_name|there)).
          </p>
          <FieldError id="tpl-text-error" error={textError} />
          <textarea
            id="tpl-text"
            rows={6}
            dir={dir}
            lang={editing}
            value={text}
            maxLength={LIMITS.body}
            aria-describedby={`tpl-text-hint tpl-counts${textError ? ' tpl-text-error' : ''}`}
            aria-invalid={!!textError}
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <p id="tpl-counts" class="field-hint" data-testid="tpl-counts">
            {count.characters} characters, {count.fragments} {count.fragments === 1 ? 'text message part' : 'text message parts'} ({count.encoding === 'gsm7' ? 'GSM-7' : 'UCS-2'}, counted with{' '}
            {practice.countingRules === 'notify' ? 'GOV.UK Notify rules' : 'standard GSM rules'})
          </p>
          {reading ? (
            <p class={reading.readingAge > MAX_READING_AGE ? 'notice notice--warning' : 'field-hint'} data-testid="tpl-reading-age">
              Reading age about {Math.round(reading.readingAge)}
              {reading.readingAge > MAX_READING_AGE
                ? `: aim for ${MAX_READING_AGE} or below, as NHS content does. Try shorter sentences${reading.longWords.length ? `, or plainer words than ${reading.longWords.slice(0, 4).join(', ')}` : ''}.`
                : ` (aim for ${MAX_READING_AGE} or below).`}{' '}
              Names and links are counted as short words.
            </p>
          ) : null}
          {count.fragments > practice.partLimit ? (
            <p class="notice notice--warning" data-testid="tpl-parts-warning">
              This text is {count.fragments} parts long; your surgery’s limit is {practice.partLimit}. Each part is charged.
            </p>
          ) : null}
        </div>
        <div class="tpl-preview" aria-labelledby="tpl-preview-h">
          <h3 id="tpl-preview-h">Preview for a patient called Sam</h3>
          <p class="card-text" dir={dir} lang={editing} data-testid="tpl-preview">
            {preview.text || ' '}
          </p>
          {preview.missing.length ? (
            <p class="field-hint" data-testid="tpl-missing">
              No value in your surgery’s settings for {preview.missing.map((n) => PLACEHOLDERS[n].label.toLowerCase()).join(', ')}. The panel will ask for it before inserting.
            </p>
          ) : null}
        </div>
        {guidance.length ? (
          <div class="notice" data-testid="tpl-guidance">
            <h3>Suggestions</h3>
            <ul>
              {guidance.map((g) => (
                <li key={g}>{g}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <details class="tpl-placeholders">
          <summary>Placeholders you can use</summary>
          <dl>
            {(Object.keys(PLACEHOLDERS) as PlaceholderName[]).map((n) => (
              <div key={n}>
                <dt>
                  <code>(({n}))</code>
                </dt>
                <dd>{PLACEHOLDERS[n].label}</dd>
              </div>
            ))}
          </dl>
        </details>
        <div class="card-actions">
          <button type="submit" class="button" disabled={saving}>
            {isNew ? 'Save new template' : 'Save template'}
          </button>
          <button type="button" class="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
