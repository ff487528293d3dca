import { usePanel } from './use-panel';

/** Status (polite) and alert (assertive) messages, and any failure to save to the log. */
export function Notices() {
  const s = usePanel();
  const n = s.notices.notice.value;
  const copyInstead = n?.offerCopy;
  // A frame of another site held the box: allowing that site (the browser asks) lets Nudge reach it after a reload.
  const allowFrame = (origin: string) =>
    void s.host.allow(origin).then((ok) =>
      s.notices.show(
        ok
          ? { kind: 'success', text: `Nudge may now work on ${origin}. Reload the page, click in the box again, then choose Insert.` }
          : { kind: 'error', text: `Nudge was not allowed on ${origin}. You can still copy texts and paste them.` },
      ),
    );
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
        {n?.kind === 'error' && n.allowOrigin ? (
          <p class="notice-action">
            <button type="button" class="button button--secondary button--small" onClick={() => allowFrame(n.allowOrigin!)}>
              Allow Nudge on {n.allowOrigin}
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
