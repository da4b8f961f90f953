/** Plays the training timeline: once a snapshot's translation is on screen, a moment later the next one. */
import { useEffect } from 'react';
import { nearestStop } from '../../model/timeline';
import type { StopInfo } from '../runtime/snapshots';
import type { View, ViewCommand } from '../view';

/** Time each snapshot stays on screen while playing. */
const DWELL_MS = 1200;

export function useTimelinePlay(view: View, stops: readonly StopInfo[], pending: boolean, dispatch: (c: ViewCommand) => void) {
  const { timelinePlaying } = view.lab;
  const index = view.snapshot === null ? stops.length - 1 : nearestStop(stops, view.snapshot);
  useEffect(() => {
    if (!timelinePlaying || pending || stops.length < 2) return;
    const next = stops[index + 1];
    const id = setTimeout(
      () => dispatch(next ? { command: 'timelineTick', snapshot: next.percent } : { command: 'playTimeline', on: false }),
      DWELL_MS,
    );
    return () => clearTimeout(id);
  }, [timelinePlaying, pending, index, stops, dispatch]);
}

/** Play from where the timeline stands, or from 0 % when it stands at the end. */
export function playTimeline(view: View, stops: readonly StopInfo[], dispatch: (c: ViewCommand) => void) {
  const index = view.snapshot === null ? stops.length - 1 : nearestStop(stops, view.snapshot);
  if (index >= stops.length - 1 && stops[0]) dispatch({ command: 'setSnapshot', snapshot: stops[0].percent });
  dispatch({ command: 'playTimeline', on: true });
}
