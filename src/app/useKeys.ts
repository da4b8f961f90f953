/**
 * The keyboard: every key the command table binds (a presenter's clicker in projector mode, the guided
 * reading's page turns, P and R anywhere), read against the view as it is now. Keys typed into a text
 * field stay text. Listens in the capture phase, so the reading's keys are the reading's alone.
 */
import { useEffect } from 'react';
import { keyCommand } from './commands';
import type { Store } from './store';

const isTyping = (el: HTMLElement | null) =>
  !!el && (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT' || el.tagName === 'SELECT' || el.isContentEditable);

export function useKeys(store: Store) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const el = e.target as HTMLElement | null;
      const hit = keyCommand(e.key, store.view(), { typing: isTyping(el), inGrid: !!el?.closest?.('[role="grid"]') });
      if (!hit) return;
      if (e.key !== 'Escape') e.preventDefault(); // Escape also closes an open dialog
      if (hit.scope === 'reading') e.stopPropagation();
      store.dispatch(hit.command);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [store]);
}
