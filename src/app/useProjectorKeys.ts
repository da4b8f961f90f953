/**
 * A presenter's clicker on the keyboard: → / Space next step, ← back, Home / End, T cycles the model
 * mode, 1–9 pick a lesson example, F fullscreen, B blanks the screen, ? lists the keys, Esc leaves.
 * P turns projector mode on from anywhere. Keys typed into the sentence box stay text.
 */
import { useEffect } from 'react';

export interface ProjectorActions {
  projector: boolean;
  toggleProjector: () => void;
  leave: () => void;
  next: () => void;
  back: () => void;
  first: () => void;
  last: () => void;
  cycleMode: () => void;
  example: (k: number) => void;
  fullscreen: () => void;
  blank: () => void;
  help: () => void;
}

const typing = (e: KeyboardEvent) => {
  const el = e.target as HTMLElement | null;
  return !!el && (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT' || el.tagName === 'SELECT' || el.isContentEditable);
};

export function useProjectorKeys(a: ProjectorActions) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'Escape' && a.projector) {
        a.leave();
        return;
      }
      if (typing(e)) return;
      if (e.key === 'p' || e.key === 'P') {
        e.preventDefault();
        a.toggleProjector();
        return;
      }
      if (!a.projector) return;
      // Inside the heatmap the arrows move between cells.
      if ((e.target as HTMLElement | null)?.closest?.('[role="grid"]') && e.key.startsWith('Arrow')) return;
      const act: Record<string, () => void> = {
        ArrowRight: a.next,
        ' ': a.next,
        PageDown: a.next,
        ArrowLeft: a.back,
        PageUp: a.back,
        Home: a.first,
        End: a.last,
        t: a.cycleMode,
        T: a.cycleMode,
        f: a.fullscreen,
        F: a.fullscreen,
        b: a.blank,
        B: a.blank,
        '?': a.help,
      };
      const f = act[e.key] ?? (/^[1-9]$/.test(e.key) ? () => a.example(Number(e.key) - 1) : undefined);
      if (!f) return;
      e.preventDefault();
      f();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [a]);
}
