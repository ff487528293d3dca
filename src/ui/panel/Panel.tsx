import { useEffect } from 'preact/hooks';
import { ContextChip } from './ContextChip';
import { Notices } from './Notices';
import { TemplateCard } from './TemplateCard';
import { usePanel } from './use-panel';

export { PanelContext } from './use-panel';

export function Panel() {
  const s = usePanel();
  useEffect(() => {
    void s.refreshPage();
    void s.refreshCount();
    return s.host.onChange(() => void s.refreshPage());
  }, [s]);

  return (
    <div class="panel">
      <header class="panel-header">
        <h1 class="panel-title">Nudge</h1>
        <p class="today" data-testid="today-count" aria-live="polite">
          Offers today: <strong>{s.todayCount}</strong>
        </p>
      </header>
      <ContextChip />
      <Notices />
      <main>
        <h2 class="section-heading">Texts to send</h2>
        <ul class="template-list" aria-label="Texts to send">
          {s.templates.map((t) => (
            <TemplateCard key={t.id} template={t} />
          ))}
        </ul>
      </main>
    </div>
  );
}

