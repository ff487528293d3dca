/**
 * The form for one piece of promotion wording: title, season (social media posts), and the wording,
 * with a live preview filled with the surgery's details, its length against the channel's limit,
 * and the same content guidance as the template editor. Placeholders Nudge cannot fill block saving.
 */
import { useState } from 'preact/hooks';
import { CHANNELS, SEASONS, SEASON_IDS, type SeasonId } from '../../catalogue/promotion';
import { serviceName } from '../../catalogue/services';
import { blockingPromotionProblems, checkPromotion } from '../../promotion/checks';
import { fillWording, notReadyReason } from '../../promotion/fill';
import { measureFor } from '../../promotion/measure';
import { WORDING_LIMITS, type WordingDraft } from '../../promotion/store';
import type { PracticeSettings } from '../../settings/practice';
import { PLACEHOLDERS, type PlaceholderName } from '../../templates/render';
import { FieldError } from '../FieldError';

export interface WordingEditorProps {
  heading: string;
  initial: WordingDraft;
  practice: PracticeSettings;
  onSave: (draft: WordingDraft) => void | Promise<void>;
  onCancel: () => void;
}

/** What stops a draft being saved. */
export function wordingErrors(d: WordingDraft): { title?: string; body?: string } {
  const e: { title?: string; body?: string } = {};
  if (!d.title.trim()) e.title = 'Enter a title';
  else if (d.title.length > WORDING_LIMITS.title) e.title = `Title must be ${WORDING_LIMITS.title} characters or fewer`;
  if (d.body.length > WORDING_LIMITS.body) e.body = `Wording must be ${WORDING_LIMITS.body} characters or fewer`;
  else {
    const problems = blockingPromotionProblems(d.body);
    if (problems.length) e.body = problems.join(' ');
  }
  return e;
}

export function WordingEditor({ heading, initial, practice, onSave, onCancel }: WordingEditorProps) {
  const [draft, setDraft] = useState<WordingDraft>(initial);
  const [showErrors, setShowErrors] = useState(false);
  const [saving, setSaving] = useState(false);
  const channel = CHANNELS[draft.channel];
  const errors = wordingErrors(draft);
  const errorList = [errors.title, errors.body].filter((x): x is string => !!x);
  const filled = fillWording(draft.body, practice);
  const m = measureFor(draft.channel, filled.text, practice.countingRules);
  const guidance = draft.body.trim() ? checkPromotion(draft.body, draft.channel, { practice }).filter((c) => c.level !== 'error') : [];
  const reason = notReadyReason(filled);

  async function submit(e: Event) {
    e.preventDefault();
    setShowErrors(true);
    if (errorList.length) {
      document.getElementById('kit-error-summary')?.focus();
      return;
    }
    setSaving(true);
    try {
      await onSave({ ...draft, title: draft.title.trim(), body: draft.body.trim() });
    } finally {
      setSaving(false);
    }
  }

  return (
    <section aria-labelledby="kit-editor-h" class="kit-editor">
      <h2 id="kit-editor-h">{heading}</h2>
      <p>
        {channel.name} for {serviceName(draft.service)}. {channel.use}
      </p>
      {showErrors && errorList.length ? (
        <div id="kit-error-summary" class="notice notice--error" role="alert" tabIndex={-1}>
          <h3>This wording cannot be saved yet</h3>
          <ul>
            {errorList.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div class="field">
          <label for="kit-title">Title</label>
          <p class="field-hint" id="kit-title-hint">
            For your team: patients do not see it.
          </p>
          <FieldError id="kit-title-error" error={showErrors && errors.title} />
          <input
            id="kit-title"
            type="text"
            value={draft.title}
            maxLength={WORDING_LIMITS.title}
            aria-describedby={`kit-title-hint${showErrors && errors.title ? ' kit-title-error' : ''}`}
            aria-invalid={showErrors && !!errors.title}
            onInput={(e) => setDraft({ ...draft, title: e.currentTarget.value })}
          />
        </div>
        {draft.channel === 'social-post' ? (
          <div class="field">
            <label for="kit-season">Season</label>
            <select
              id="kit-season"
              value={draft.season ?? ''}
              onChange={(e) => {
                const s = e.currentTarget.value as SeasonId | '';
                setDraft({ ...draft, season: s || undefined });
              }}
            >
              <option value="">Any time of year</option>
              {SEASON_IDS.map((s) => (
                <option key={s} value={s}>
                  {SEASONS[s].label}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div class="field">
          <label for="kit-body">Wording</label>
          <p class="field-hint" id="kit-body-hint">
            Put placeholders in double brackets, such as ((surgery_name)) or ((online_form_url)). {draft.channel.startsWith('website') ? 'The first line of a website section is its heading. A line that ends "Some words: ((a_url))" becomes a link with those words.' : ''}
          </p>
          <FieldError id="kit-body-error" error={showErrors || (draft.body.trim() !== '' && blockingPromotionProblems(draft.body).length > 0) ? errors.body : null} />
          <textarea
            id="kit-body"
            rows={8}
            value={draft.body}
            maxLength={WORDING_LIMITS.body}
            aria-describedby={`kit-body-hint kit-measure${errors.body ? ' kit-body-error' : ''}`}
            aria-invalid={!!errors.body && !!draft.body.trim()}
            onInput={(e) => setDraft({ ...draft, body: e.currentTarget.value })}
          />
          <p id="kit-measure" class={m.ok ? 'kit-measure' : 'kit-measure kit-measure--over'} data-testid="kit-editor-measure">
            Length: {m.text}.{m.ok ? '' : ' Over the limit.'}
          </p>
          <p class="field-hint">Limit: {channel.limit.why}</p>
        </div>
        <div class="tpl-preview">
          <h3>Preview with your surgery’s details</h3>
          {reason ? <p class="tag tag--preview">{reason}</p> : null}
          <p class="card-text" data-testid="kit-editor-preview">
            {filled.text || ' '}
          </p>
        </div>
        {guidance.length ? (
          <div class="notice" data-testid="kit-editor-guidance">
            <h3>Suggestions</h3>
            <ul>
              {guidance.map((g) => (
                <li key={g.id + g.message}>{g.message}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <details class="tpl-placeholders">
          <summary>Placeholders you can use</summary>
          <dl>
            {(Object.keys(PLACEHOLDERS) as PlaceholderName[])
              .filter((n) => PLACEHOLDERS[n].setting)
              .map((n) => (
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
            Save wording
          </button>
          <button type="button" class="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
