import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { PromptCard } from '../../catalogue/prompts';
import { benefitsFor, linksFor, questionsFor, templatesForPrompt } from '../../catalogue';
import { outcomeLabel } from '../../log/labels';
import { OUTCOMES_AFTER_SENDING } from './state';
import { onNavKey } from './keyboard';
import { TemplateCard } from './TemplateCard';
import { usePanel } from './use-panel';

/** A prompt card (CDS Hooks shape): summary, talking points, benefits, questions, texts, one-click outcomes. */
export function PromptCardView({ card, cued }: { card: PromptCard; cued: boolean }) {
  const s = usePanel();
  const id = `p-${card.id}`;
  const texts = templatesForPrompt(card, s.templates.value);
  const links = linksFor(card, s.values.value);
  const benefits = benefitsFor(card);
  const questions = questionsFor(card);
  const last = s.lastOffer.value;
  const current = last && last.cardId === card.id ? last.outcome : null;
  const outcomes = card.outcomes.length ? card.outcomes : OUTCOMES_AFTER_SENDING;
  return (
    <li class={`card prompt-card prompt-card--${card.indicator}`} aria-labelledby={`${id}-summary`} data-prompt={card.id}>
      {cued ? <p class="tag tag--cue">For this screen</p> : null}
      <h3 class="card-title" id={`${id}-summary`}>
        {card.summary}
      </h3>
      <Disclosure summary="Talking points" nav>
        <ul class="talking-points">
          {card.detail.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      </Disclosure>
      {benefits.length ? (
        <Disclosure summary="Benefits for this patient">
          <ul>
            {benefits.map((b) => (
              <li key={b.id}>
                <strong>{b.label}.</strong> {b.say}
              </li>
            ))}
          </ul>
        </Disclosure>
      ) : null}
      {questions.length ? (
        <Disclosure summary="Common questions">
          <dl class="questions">
            {questions.map((q) => (
              <div key={q.id}>
                <dt>{q.question}</dt>
                <dd>{q.answer}</dd>
              </div>
            ))}
          </dl>
        </Disclosure>
      ) : null}
      {texts.length ? (
        <Disclosure summary={`Texts to send (${texts.length})`}>
          <ul class="template-list">
            {texts.map((t) => (
              <TemplateCard key={t.id} template={t} cardId={card.id} compact />
            ))}
          </ul>
        </Disclosure>
      ) : null}
      {links.length ? (
        <ul class="card-links">
          {links.map((l) => (
            <li key={l.url}>
              <a href={l.url} target="_blank" rel="noreferrer">
                {l.label}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <div class="outcome-buttons" role="group" aria-label={`Record the outcome: ${card.summary}`}>
        {outcomes.map((o) => (
          <button key={o} type="button" class="button button--small button--secondary" aria-pressed={current === o} onClick={() => void s.cardOutcome(card, o)}>
            {outcomeLabel(o)}
          </button>
        ))}
      </div>
      <p class="card-source">
        Source: {card.source.url ? <a href={card.source.url} target="_blank" rel="noreferrer">{card.source.label}</a> : card.source.label}
      </p>
      <button type="button" class="link-button" onClick={() => s.dismiss(card.id)} aria-describedby={`${id}-summary`}>
        Not now (hide for this patient)
      </button>
    </li>
  );
}

/**
 * A details/summary disclosure whose content is only built once opened: a panel of cards with
 * several closed sections each opens fast (DESIGN: fast enough to disappear).
 */
function Disclosure({ summary, nav = false, children }: { summary: string; nav?: boolean; children: ComponentChildren }) {
  const [open, setOpen] = useState(false);
  return (
    <details class="card-details" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      {nav ? (
        <summary data-nav onKeyDown={onNavKey}>
          {summary}
        </summary>
      ) : (
        <summary>{summary}</summary>
      )}
      {open ? children : null}
    </details>
  );
}
