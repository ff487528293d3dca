/**
 * A prompt card, compact (issue 14, item 1): what to offer, the main text's Insert and Copy one
 * click away, the outcome one click away, and the rest (talking points, benefits, questions,
 * other texts, links, source) in Details, built only when opened.
 */
import { useState } from 'preact/hooks';
import type { PromptCard } from '../../catalogue/prompts';
import { cardLinks, cardTexts } from '../../prompts/card';
import { OUTCOMES_AFTER_SENDING } from '../../log/vocabulary';
import { OutcomeButtons } from './OutcomeButtons';
import { TextList } from './TextList';
import { useLazy } from './use-lazy';
import { usePanel } from './use-panel';

const loadAnswers = () => import('./card-answers');

export function PromptCardView({ card, cued, lead = false }: { card: PromptCard; cued: boolean; lead?: boolean }) {
  const s = usePanel();
  const id = `p-${card.id}`;
  const texts = cardTexts(card, s.templates.value);
  const main = texts[0];
  const last = s.offers.lastOffer.value;
  const current = last && last.cardId === card.id ? last.outcome : null;
  const outcomes = card.outcomes.length ? card.outcomes : OUTCOMES_AFTER_SENDING;
  const mainPreview = main ? s.send.preview(main, { cardId: card.id }) : null;
  return (
    <li class={`card prompt-card prompt-card--${card.indicator}${lead ? ' prompt-card--lead' : ''}`} aria-labelledby={`${id}-summary`} data-prompt={card.id}>
      {cued ? <p class="tag tag--cue">For this screen</p> : null}
      <h3 class="card-title" id={`${id}-summary`}>
        {card.summary}
      </h3>
      {main && mainPreview ? (
        <div class="card-main" data-card-text={main.id}>
          <p class="card-main-text" id={`${id}-main`}>
            Text: {main.title}
            {mainPreview.example ? <span class="tag tag--training">Training: example surgery</span> : null}
          </p>
          <div class="card-actions">
            <button type="button" class="button button--small" aria-describedby={`${id}-main`} disabled={s.send.busy.value} onClick={() => void s.send.insert(main, { cardId: card.id })}>
              Insert
            </button>
            <button type="button" class="button button--small button--secondary" aria-describedby={`${id}-main`} onClick={() => void s.send.copy(main, { cardId: card.id })}>
              Copy
            </button>
            {mainPreview.hasLink ? (
              <button type="button" class="button button--small button--secondary" aria-describedby={`${id}-main`} onClick={() => void s.send.showQr(main, { cardId: card.id })}>
                QR code
              </button>
            ) : null}
          </div>
        </div>
      ) : null}
      <OutcomeButtons label={`Record the outcome: ${card.summary}`} outcomes={outcomes} current={current} onPick={(o) => void s.offers.cardOutcome(card, o)} />
      <Details card={card} id={id} />
    </li>
  );
}

/** Everything else about the card, built when opened. */
function Details({ card, id }: { card: PromptCard; id: string }) {
  const s = usePanel();
  const [open, setOpen] = useState(false);
  const answers = useLazy(loadAnswers, open);
  const texts = open ? cardTexts(card, s.templates.value) : [];
  const links = open ? cardLinks(card, s.send.values.value) : [];
  return (
    <details class="card-details" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary aria-describedby={`${id}-summary`}>Details</summary>
      {open ? (
        <div class="card-details-body">
          <h4 class="details-heading">Talking points</h4>
          <ul class="talking-points">
            {card.detail.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
          {answers ? <answers.CardAnswers card={card} /> : <p class="hint">Loading…</p>}
          {texts.length ? (
            <>
              <h4 class="details-heading" id={`${id}-texts`}>
                Texts to send ({texts.length})
              </h4>
              <TextList id={`${id}-grid`} labelledBy={`${id}-texts`} texts={texts} cardId={card.id} />
            </>
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
          <p class="card-source">
            Source: {card.source.url ? <a href={card.source.url} target="_blank" rel="noreferrer">{card.source.label}</a> : card.source.label}
          </p>
          <button type="button" class="link-button" onClick={() => s.dismiss(card.id)} aria-describedby={`${id}-summary`}>
            Not now (hide for this patient)
          </button>
        </div>
      ) : null}
    </details>
  );
}
