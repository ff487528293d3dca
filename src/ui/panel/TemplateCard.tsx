import type { Template } from '../../catalogue/templates';
import { SERVICES } from '../../catalogue/services';
import { usePanel } from './use-panel';

export function TemplateCard({ template }: { template: Template }) {
  const s = usePanel();
  const r = s.renderTemplate(template);
  const id = `t-${template.id}`;
  return (
    <li class="card" aria-labelledby={`${id}-title`}>
      <h3 class="card-title" id={`${id}-title`}>
        {template.title}
      </h3>
      <p class="card-service">{SERVICES[template.service].name}</p>
      <p class="card-text" id={`${id}-text`}>
        {r.text}
      </p>
      <div class="card-actions">
        <button type="button" class="button" aria-describedby={`${id}-title`} disabled={s.busy.value} onClick={() => void s.insert(template)}>
          Insert
        </button>
        <button type="button" class="button button--secondary" aria-describedby={`${id}-title`} onClick={() => void s.copy(template)}>
          Copy
        </button>
      </div>
    </li>
  );
}
