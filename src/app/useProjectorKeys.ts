/**
 * A presenter's clicker on the keyboard: → / Space next step, ← back, Home / End, T cycles the model
 * mode, 1–9 pick a lesson example, L opens or closes Train live, F fullscreen, B blanks the screen, ? lists the keys, Esc leaves.
 * P turns projector mode on from anywhere. Keys typed into the sentence box stay text.
 */
import { useEffect } from 'react';
import type { ViewCommand } from './view';

/** What a key does in projector mode: a view command, fullscreen (not part of the view), or nothing. */
export function projectorKey(key: string): ViewCommand | 'fullscreen' | null {
  const commands: Record<string, ViewCommand | 'fullscreen'> = {
    ArrowRight: { command: 'step', step: 'next' },
    ' ': { command: 'step', step: 'next' },
    PageDown: { command: 'step', step: 'next' },
    ArrowLeft: { command: 'step', step: 'back' },
    PageUp: { command: 'step', step: 'back' },
    Home: { command: 'step', step: 'first' },
    End: { command: 'step', step: 'last' },
    t: { command: 'cycleMode' },
    T: { command: 'cycleMode' },
    f: 'fullscreen',
    F: 'fullscreen',
    b: { command: 'toggle', what: 'blank' },
    B: { command: 'toggle', what: 'blank' },
    '?': { command: 'toggle', what: 'help' },
    l: { command: 'setLive' },
    L: { command: 'setLive' },
  };
  return commands[key] ?? (/^[1-9]$/.test(key) ? { command: 'example', index: Number(key) - 1 } : null);
}

const typing = (e: KeyboardEvent) => {
  const el = e.target as HTMLElement | null;
  return !!el && (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT' || el.tagName === 'SELECT' || el.isContentEditable);
};

export function useProjectorKeys(projector: boolean, dispatch: (c: ViewCommand) => void, fullscreen: () => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'Escape' && projector) {
        dispatch({ command: 'setProjector', projector: false });
        return;
      }
      if (typing(e)) return;
      if (e.key === 'p' || e.key === 'P') {
        e.preventDefault();
        dispatch({ command: 'toggle', what: 'projector' });
        return;
      }
      if (!projector) return;
      // Inside the heatmap the arrows move between cells.
      if ((e.target as HTMLElement | null)?.closest?.('[role="grid"]') && e.key.startsWith('Arrow')) return;
      const action = projectorKey(e.key);
      if (!action) return;
      e.preventDefault();
      if (action === 'fullscreen') fullscreen();
      else dispatch(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [projector, dispatch, fullscreen]);
}
