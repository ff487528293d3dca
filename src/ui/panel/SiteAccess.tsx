import { useEffect, useState } from 'preact/hooks';
import type { SiteAccessInfo } from './host-link';
import { usePanel } from './use-panel';

/**
 * Least-privilege site access. Nudge has no site access at install: on a site without it, the
 * panel explains how to give it (the toolbar button for one visit, or "Allow on this site" for
 * good); the browser asks the user, and the background then registers the content script there.
 */
export function SiteAccess() {
  const s = usePanel();
  const access = s.page.access.value;
  const [info, setInfo] = useState<SiteAccessInfo | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);

  useEffect(() => {
    let live = true;
    if (access === 'ready' || access === 'no-access') void s.host.siteAccess().then((i) => live && setInfo(i));
    else setInfo(null);
    return () => {
      live = false;
    };
  }, [s, access, s.page.page.value?.origin]);

  if (access !== 'ready' && access !== 'no-access') return null;
  if (access === 'ready' && (!info || info.granted || !info.origin)) return message ? <Message m={message} /> : null;

  const onAllow = (origin: string) => {
    // Straight from the click: the browser shows its question only during a user gesture.
    void s.host.allow(origin).then(async (ok) => {
      setMessage(
        ok
          ? { kind: 'success', text: `Nudge can now work on ${origin}.` }
          : { kind: 'error', text: `Nudge was not allowed on ${origin}. You can still copy texts and paste them.` },
      );
      if (ok) {
        await s.page.refreshPage();
        setInfo(await s.host.siteAccess());
      }
    });
  };

  return (
    <div class="site-access" data-testid="site-access">
      {info?.origin ? (
        <>
          <p>
            {access === 'ready'
              ? 'Nudge can read this page until you leave it. To use it on this site every time, allow it here.'
              : 'Nudge is not allowed on this site yet.'}
          </p>
          <button type="button" class="button button--secondary" onClick={() => onAllow(info.origin!)}>
            Allow on this site
          </button>
          <p class="field-hint">Site: {info.origin}</p>
        </>
      ) : access === 'no-access' ? (
        <p class="field-hint" data-testid="site-access-how">
          To use Nudge on this page, select the Nudge button in the browser toolbar while the page is showing. You can then allow Nudge on this site.
        </p>
      ) : null}
      {message ? <Message m={message} /> : null}
    </div>
  );
}

function Message({ m }: { m: { kind: 'error' | 'success'; text: string } }) {
  return m.kind === 'error' ? (
    <p role="alert" class="notice notice--error">
      {m.text}
    </p>
  ) : (
    <p role="status" class="notice notice--success">
      {m.text}
    </p>
  );
}
