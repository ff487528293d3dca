import { useEffect, useState } from 'preact/hooks';

/**
 * Code the panel loads only when it is needed (issue 14, item 7: the first screen's JavaScript
 * stays small): `useLazy(loader)` is null until the module has loaded, then the module. A loader
 * runs once per page; its promise is kept so every caller shares it.
 */
const loaded = new Map<() => Promise<unknown>, Promise<unknown>>();
const ready = new Map<() => Promise<unknown>, unknown>();

export function loadOnce<T>(loader: () => Promise<T>): Promise<T> {
  let p = loaded.get(loader) as Promise<T> | undefined;
  if (!p) {
    p = loader();
    loaded.set(loader, p);
    void p.then((m) => ready.set(loader, m), () => loaded.delete(loader));
  }
  return p;
}

export function useLazy<T>(loader: () => Promise<T>, when = true): T | null {
  const [mod, setMod] = useState<T | null>(() => (ready.get(loader) as T | undefined) ?? null);
  useEffect(() => {
    if (!when || mod) return;
    let live = true;
    void loadOnce(loader).then((m) => live && setMod(() => m));
    return () => {
      live = false;
    };
  }, [when]);
  return mod;
}
