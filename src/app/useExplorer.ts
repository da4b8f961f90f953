/**
 * The explorer's state in one hook: the view (changed only by `dispatch`ing commands into
 * `reduceView`), its URL, playback, the models and their traces, and everything derived from them.
 * Buttons, keys and the host page all dispatch; `App` only lays out what this returns.
 */
import { useCallback, useEffect, useState } from 'react';
import { tasks } from '../data/tasks';
import { explore } from './explorer';
import { dictionaries } from './i18n';
import { readLaunch, writeEmbedUrl, writeUrl } from './urlState';
import { hostOrigin } from '../embed/protocol';
import { useAccuracy } from './useAccuracy';
import { useEmbedEvents } from './useEmbedEvents';
import { useOffline } from './useOffline';
import { useProjectorKeys } from './useProjectorKeys';
import { useReadKeys } from './read/useReadKeys';
import { useRuntime } from './useRuntime';
import { useTraces } from './useTraces';
import type { StopInfo } from './runtime/snapshots';
import { initialView, reduceView, type View, type ViewCommand } from './view';
import { labOf } from './labView';
import { useTimelinePlay } from './lab/useTimelinePlay';

const noStops: StopInfo[] = [];

/** Time between steps while playing. */
const PLAY_INTERVAL_MS = 700;

export function useExplorer() {
  const [launch] = useState(() => readLaunch(location, console.warn));
  const [host] = useState(() => hostOrigin(location.search, document.referrer).origin);
  const [view, setView] = useState<View>(() => initialView(launch.view));
  const [note, setNote] = useState<string | null>(null);
  const t = dictionaries[view.lang];

  const rt = useRuntime(view.task, launch);
  const traces = useTraces(rt, view.task, view.text, labOf(view));
  // The distracted twin loads once the attention model's first heatmap is on screen.
  const { loadTwin } = rt;
  const drawn = !!traces.traces.attention;
  useEffect(() => {
    if (drawn) loadTwin();
  }, [drawn, loadTwin]);
  const accuracy = useAccuracy(view.task, rt);
  const offline = useOffline(!launch.embed.embed);
  const explored = explore(view, traces.check, traces.traces);
  const { total, step } = explored;

  const dispatch = useCallback((c: ViewCommand) => setView((v) => reduceView(v, c, total)), [total]);

  // The address mirrors the view (the widget's keeps its embed options too): a reload or a shared link shows what is on screen.
  const url = launch.embed.embed ? writeEmbedUrl(view, launch.search, host) : writeUrl(view);
  useEffect(() => {
    history.replaceState(null, '', url);
  }, [url]);
  useEffect(() => {
    document.documentElement.lang = view.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${t.title} — ${t.tasks[view.task]}`;
  }, [view.lang, view.task, t]);

  useEffect(() => {
    if (!view.playing || step >= total) return;
    const id = setTimeout(() => dispatch({ command: 'tick' }), PLAY_INTERVAL_MS);
    return () => clearTimeout(id);
  }, [view.playing, step, total, dispatch]);

  const fullscreen = useCallback(() => {
    const done = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen?.();
    Promise.resolve(done).catch(() => {
      setNote(t.fullscreenUnavailable);
      setTimeout(() => setNote(null), 4000);
    });
    if (!document.documentElement.requestFullscreen) setNote(t.fullscreenUnavailable);
  }, [t]);
  useReadKeys(view.read !== null, dispatch);
  useProjectorKeys(view.projector, dispatch, fullscreen);

  // The training timeline follows the model the step controls follow.
  const followed = view.mode === 'distracted' ? 'distracted' : 'attention';
  const stops = rt.load.phase === 'ready' ? rt.load.timelines[followed] : noStops;
  useTimelinePlay(view, stops, traces.pending, dispatch);

  useEmbedEvents({
    enabled: launch.embed.embed,
    autoplay: launch.embed.autoplay,
    onCommand: dispatch,
    onAutoplay: () => (dispatch({ command: 'step', step: 1 }), dispatch({ command: 'play' })),
    view,
    load: rt.load,
    traces: { attention: explored.attention, distracted: explored.distracted },
    step,
    total,
    error: traces.error,
  });

  return {
    launch,
    view,
    dispatch,
    t,
    task: tasks[view.task],
    check: traces.check,
    checkedText: traces.checkedText,
    explored,
    /** The lab: each model's place on its timeline, and the followed model's timeline. */
    lab: { at: traces.at, stops, pending: traces.pending },
    runtime: rt,
    accuracy,
    offline,
    note,
  };
}

export type ExplorerState = ReturnType<typeof useExplorer>;
