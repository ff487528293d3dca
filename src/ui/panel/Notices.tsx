import { usePanel } from './use-panel';

/** Status (polite) and alert (assertive) messages, and any failure to save to the log. */
export function Notices() {
  const s = usePanel();
  const n = s.notices.notice.value;
  const copyInstead = n?.offerCopy;
  return (
    <>
      <div role="status" class={n && n.kind !== 'error' ? `notice notice--${n.kind}` : 'visually-hidden'} data-testid="status">
        {n && n.kind !== 'error' ? n.text : ''}
      </div>
      <div role="alert" class={n?.kind === 'error' ? 'notice notice--error' : 'visually-hidden'} data-testid="alert">
        {n?.kind === 'error' ? n.text : ''}
        {n?.kind === 'error' && n.setUp && s.setupUrl ? (
          <p class="notice-action">
            <a href={s.setupUrl} target="_blank" rel="noreferrer" data-testid="setup-link-alert">
              Set up the practice (opens the dashboard)
            </a>
          </p>
        ) : null}
        {n?.kind === 'error' && copyInstead ? (
          <p class="notice-action">
            <button type="button" class="button button--secondary button--small" onClick={() => void s.send.copy(copyInstead)}>
              Copy “{copyInstead.title}”
            </button>
          </p>
        ) : null}
      </div>
      {s.offers.logError.value ? (
        <div role="alert" class="notice notice--error" data-testid="log-error">
          {s.offers.logError.value}
        </div>
      ) : null}
    </>
  );
}
