import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { PanelState } from './state';

export const PanelContext = createContext<PanelState | null>(null);

/** The panel state handed down by PanelContext.Provider. */
export function usePanel(): PanelState {
  const s = useContext(PanelContext);
  if (!s) throw new Error('PanelContext missing');
  return s;
}
