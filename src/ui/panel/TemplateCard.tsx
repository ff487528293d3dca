import type { Template } from '../../catalogue/templates';
import { SERVICES } from '../../catalogue/services';
import { mainLink } from '../qr/matrix';
import { onNavKey } from './keyboard';
import { usePanel } from './use-panel';

/** One text: its wording as it will be sent, and Insert, Copy, QR code and Print. */
export function TemplateCard({ template, cardId, compact = false }: { template: Template; cardId?: string; compact?: boolean }) {
  const s = usePanel();
  const r = s.renderTemplate(template);
  const id = `t-${cardId ? `${cardId}-` : ''}${template.id}`;
  const link = mainLink(r.text);
  const Heading = compact ? 'h4' : 'h3';
  return (
    <li class={compact ? 'card card--compact' : 'card'} aria-labelledby={`${id}-title`} data-template={template.id}>
      <Heading class="card-title" id={`${id}-title`}>
        {template.title}
      </Heading>
      {compact ? null : <p class="card-service">{SERVICES[template.service]?.name ?? template.service}</p>}
      <p class="card-text" id={`${id}-text`} lang={template.language} dir="auto">
        {r.text}
      </p>
      <div class="card-actions">
        <button
          type="button"
          class="button"
          data-nav
          aria-describedby={`${id}-title`}
          disabled={s.busy.value}
          onKeyDown={onNavKey}
          onClick={() => void s.insert(template, {}, cardId)}
        >
          Insert
        </button>
        <button type="button" class="button button--secondary" aria-describedby={`${id}-title`} onClick={() => void s.copy(template, {}, cardId)}>
          Copy
        </button>
        {link ? (
          <button
            type="button"
            class="button button--secondary"
            aria-describedby={`${id}-title`}
            onClick={() => {
              s.qr.value = { template, url: link, ...(cardId ? { cardId } : {}) };
              void s.shownQr(template, cardId);
            }}
          >
            Show QR code
          </button>
        ) : null}
      </div>
    </li>
  );
}
