/**
 * Keys of the guided reading: → / Page Down next section, ← / Page Up back (what a presenter's clicker
 * sends), R opens or leaves it. While reading these keys belong to the reading, not to projector mode's
 * steps: this listener runs in the capture phase and stops them before the projector's does.
 */
import { useEffect } from 'react';
import type { ViewCommand } from '../view';

/** What a key does while reading (or, for R, at any time); null = not ours. */
export function readKey(key: string, reading: boolean): ViewCommand | null {
  if (key === 'r' || key === 'R') return { command: 'setRead', section: reading ? null : 1 };
  if (!reading) return null;
  if (key === 'ArrowRight' || key === 'PageDown') return { command: 'setRead', section: 'next' };
  if (key === 'ArrowLeft' || key === 'PageUp') return { command: 'setRead', section: 'back' };
  return null;
}

const typing = (el: HTMLElement | null) =>
  !!el &&
  (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT' || el.tagName === 'SELECT' || el.isContentEditable || !!el.closest('[role="grid"]'));

export function useReadKeys(reading: boolean, dispatch: (c: ViewCommand) => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target as HTMLElement | null)) return;
      const command = readKey(e.key, reading);
      if (!command) return;
      e.preventDefault();
      e.stopPropagation();
      dispatch(command);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [reading, dispatch]);
}
