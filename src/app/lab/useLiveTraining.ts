/**
 * What the Train live panel shows: the worker's progress (from its hub, which the view's effects drive:
 * the panel only dispatches commands) and the example date checked against the live language.
 */
import { useMemo, useSyncExternalStore } from 'react';
import { check, type Check } from '../../data/check';
import { liveTask } from '../../live/task';
import type { LiveView } from '../labView';
import type { TrainerHub, TrainerState } from './trainerHub';

export interface LiveTraining extends TrainerState {
  /** The example date checked against the live language, and its right translation when it is inside. */
  check: Check;
  reference: string[] | null;
}

export function useLiveTraining(live: LiveView, trainer: TrainerHub): LiveTraining {
  const state = useSyncExternalStore(trainer.subscribe, trainer.state, trainer.state);
  const checked = useMemo(() => check(liveTask, live.text), [live.text]);
  return { ...state, check: checked, reference: checked.kind === 'ok' ? checked.reference : null };
}
