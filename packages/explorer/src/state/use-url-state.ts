import { useCallback, useSyncExternalStore } from 'react';
import { decodeUrlState, encodeUrlState } from './url-state.ts';
import type { UrlState } from './url-state.ts';

const CHANGE_EVENT = 'reportgraph:urlchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

function readSearch(): string {
  return window.location.search;
}

let cachedSearch: string | null = null;
let cachedState: UrlState | null = null;

function readState(search: string): UrlState {
  if (search !== cachedSearch || !cachedState) {
    cachedSearch = search;
    cachedState = decodeUrlState(search);
  }
  return cachedState;
}

export type UpdateUrlState = (patch: Partial<UrlState>, options?: { replace?: boolean }) => void;

/** The URL state, and a setter that pushes a history entry (or replaces the current one). */
export function useUrlState(): [UrlState, UpdateUrlState] {
  const search = useSyncExternalStore(subscribe, readSearch);
  const state = readState(search);
  const update = useCallback<UpdateUrlState>((patch, options = {}) => {
    const next = { ...readState(window.location.search), ...patch };
    const nextSearch = encodeUrlState(next);
    if (nextSearch === window.location.search) return;
    const url = `${window.location.pathname}${nextSearch}${window.location.hash}`;
    if (options.replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    window.dispatchEvent(new Event(CHANGE_EVENT));
  }, []);
  return [state, update];
}
