import { useState } from 'preact/hooks';
import type { Template } from '../../catalogue/templates';
import { serviceName } from '../../catalogue/services';
import { browser } from 'wxt/browser';
import { mainLink } from '../qr/matrix';
import { printUrl } from '../print/resolve';
import { MessageInfo } from './MessageInfo';
import { languageName } from '../../templates/store';
import { onNavKey } from './keyboard';
import { usePanel } from './use-panel';

/** One text: its wording as it will be sent, and Insert, Copy, QR code and Print. */
export function TemplateCard({ template, cardId, compact = false }: { template: Template; cardId?: string; compact?: boolean }) {
  const s = usePanel();
  const versions = (template as Template & { versions?: Record<string, { body: string; dir?: 'ltr' | 'rtl' }> }).versions ?? {};
  const languages = [template.language, ...Object.keys(versions).filter((l) => l !== template.language)];
  const [language, setLanguage] = useState(template.language);
  const version = language !== template.language ? versions[language] : undefined;
  const t: Template = version ? { ...template, body: version.body, language } : template;
  const r = s.renderTemplate(t);
  const [fixed, setFixed] = useState<{ from: string; to: string } | null>(null);
  const text = fixed && fixed.from === r.text ? fixed.to : r.text;
  const id = `t-${cardId ? `${cardId}-` : ''}${template.id}`;
  const link = mainLink(text);
  const send = { ...(cardId ? { cardId } : {}), fixed };
  const practice = s.practice.value;
  const Heading = compact ? 'h4' : 'h3';
  return (
    <li class={compact ? 'card card--compact' : 'card'} aria-labelledby={`${id}-title`} data-template={template.id}>
      <Heading class="card-title" id={`${id}-title`}>
        {template.title}
      </Heading>
      {compact ? null : <p class="card-service">{serviceName(template.service)}</p>}
      {languages.length > 1 ? (
        <p class="card-language">
          <label for={`${id}-lang`}>Language </label>
          <select id={`${id}-lang`} value={language} onChange={(e) => setLanguage((e.currentTarget as HTMLSelectElement).value)}>
            {languages.map((l) => (
              <option key={l} value={l}>
                {languageName(l)}
              </option>
            ))}
          </select>
        </p>
      ) : null}
      <p class="card-text" id={`${id}-text`} lang={t.language} dir={version?.dir ?? 'auto'}>
        {text}
      </p>
      {r.missing.length === 0 && r.unknown.length === 0 ? (
        <MessageInfo text={text} rules={practice.countingRules} partLimit={practice.partLimit} onFix={(to) => setFixed({ from: r.text, to })} />
      ) : null}
      <div class="card-actions">
        <button
          type="button"
          class="button"
          data-nav
          aria-describedby={`${id}-title`}
          disabled={s.busy.value}
          onKeyDown={onNavKey}
          onClick={() => void s.insert(t, send)}
        >
          Insert
        </button>
        <button type="button" class="button button--secondary" aria-describedby={`${id}-title`} onClick={() => void s.copy(t, send)}>
          Copy
        </button>
        {link ? (
          <button
            type="button"
            class="button button--secondary"
            aria-describedby={`${id}-title`}
            onClick={() => {
              if (!s.setUpFor(t)) return;
              s.qr.value = { template: t, url: link, ...(cardId ? { cardId } : {}) };
              void s.shownQr(t, cardId);
            }}
          >
            Show QR code
          </button>
        ) : null}
        {link ? (
          <button
            type="button"
            class="link-button"
            aria-describedby={`${id}-title`}
            onClick={() => void browser.tabs.create({ url: printUrl(browser.runtime.getURL('/print.html'), { template: template.id, lang: t.language }) })}
          >
            Print a poster
          </button>
        ) : null}
      </div>
    </li>
  );
}

