/**
 * Carries out the effects `reduceView` returns: posts to the host page, named timers (arming one
 * replaces the last of that name; when it fires, its command is dispatched), messages for the Train
 * live worker, full screen. The only place where commands turn into things happening outside the view.
 */
import { type WidgetEvent } from '../embed/protocol';
import type { ViewCommand } from './commands';
import type { Effect, TimerName, TrainerMessage } from './effects';

export interface Platform {
  dispatch: (c: ViewCommand) => void;
  /** Sends an event to the host page (a no-op when not embedded). */
  post: (e: WidgetEvent) => void;
  fullscreen: () => void;
  trainer: { send: (m: TrainerMessage) => void; stop: () => void };
  setTimeout: (f: () => void, ms: number) => unknown;
  clearTimeout: (id: unknown) => void;
}

export interface Runner {
  run(effects: readonly Effect[]): void;
  /** Ends every timer and the trainer (the page, or React's StrictMode, unmounting). */
  stop(): void;
}

export function runner(p: Platform): Runner {
  const timers = new Map<TimerName, unknown>();
  const disarm = (name: TimerName) => {
    if (timers.has(name)) p.clearTimeout(timers.get(name));
    timers.delete(name);
  };
  const run1 = (e: Effect) => {
    switch (e.effect) {
      case 'post':
        return p.post(e.event);
      case 'arm':
        disarm(e.timer);
        timers.set(
          e.timer,
          p.setTimeout(() => {
            timers.delete(e.timer);
            p.dispatch(e.command);
          }, e.ms),
        );
        return;
      case 'disarm':
        return disarm(e.timer);
      case 'trainer':
        return p.trainer.send(e.message);
      case 'fullscreen':
        return p.fullscreen();
    }
  };
  return {
    run: (effects) => effects.forEach(run1),
    stop() {
      [...timers.keys()].forEach(disarm);
      p.trainer.stop();
    },
  };
}
