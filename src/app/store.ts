/**
 * The view's one home: a store that holds it, hands each command to `reduceView`, tells React, and has
 * the runner carry out the effects. Commands dispatched while another is being handled (a timer or a
 * worker error reported in the middle) wait their turn, so every command sees the view the last one left.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { reduceView, type ViewCommand } from './commands';
import { resumeEffects } from './effects';
import type { Runner } from './runner';
import type { View } from './view';

export interface Store {
  view(): View;
  subscribe(listener: () => void): () => void;
  dispatch(c: ViewCommand): void;
  /** Starts what the view wants running (timers, Train live); `stop` ends it. Both may run any number of times. */
  start(): void;
  stop(): void;
}

export function createStore(initial: View, makeRunner: (dispatch: (c: ViewCommand) => void) => Runner): Store {
  let view = initial;
  const listeners = new Set<() => void>();
  const queue: ViewCommand[] = [];
  let busy = false;
  const dispatch = (c: ViewCommand) => {
    queue.push(c);
    if (busy) return;
    busy = true;
    try {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const r = reduceView(view, next);
        const changed = r.view !== view;
        view = r.view;
        if (changed) listeners.forEach((l) => l());
        effects.run(r.effects);
      }
    } finally {
      busy = false;
    }
  };
  const effects = makeRunner(dispatch);
  let running = false;
  return {
    view: () => view,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispatch,
    start() {
      if (running) return;
      running = true;
      effects.run(resumeEffects(view));
    },
    stop() {
      running = false;
      effects.stop();
    },
  };
}

/** The store's view for a component: started on mount, stopped on unmount (twice in StrictMode, harmlessly). */
export function useStoreView(store: Store): View {
  useEffect(() => {
    store.start();
    return () => store.stop();
  }, [store]);
  return useSyncExternalStore(store.subscribe, store.view, store.view);
}
