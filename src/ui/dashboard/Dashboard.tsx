import { useEffect, useState } from 'preact/hooks';
import type { LogDatabase } from '../../log/db';
import { SECTIONS } from './sections';

function sectionFromHash(): string {
  const id = location.hash.replace(/^#/, '');
  return SECTIONS.some((s) => s.id === id) ? id : (SECTIONS[0]?.id ?? '');
}

/** The manager's page (also the options page): a navigation bar and one section at a time. */
export function Dashboard({ db }: { db: LogDatabase }) {
  const [current, setCurrent] = useState(sectionFromHash);
  useEffect(() => {
    const onHash = () => setCurrent(sectionFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const section = SECTIONS.find((s) => s.id === current) ?? SECTIONS[0];
  useEffect(() => {
    document.title = `${section?.title ?? 'Dashboard'} – Nudge dashboard`;
  }, [section]);
  const Component = section?.component;
  return (
    <div class="dashboard">
      <header class="dash-header">
        <p class="dash-brand">Nudge dashboard</p>
        <nav aria-label="Dashboard sections">
          <ul class="dash-nav">
            {SECTIONS.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`} aria-current={s.id === section?.id ? 'page' : undefined}>
                  {s.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main class="dash-main" id="main">
        <h1 class="visually-hidden">{section?.title}</h1>
        {Component ? <Component db={db} /> : null}
      </main>
    </div>
  );
}
