/**
 * The explorer's state in one hook: the view (in its store, changed only by commands through
 * `reduceView`), its URL, the models and their traces, and everything derived from them. Buttons, keys,
 * the host page, timers and the runtime's reports all dispatch; `App` only lays out what this returns.
 */
import { useEffect, useState } from 'react';
import { tasks } from '../data/tasks';
import { hostOrigin } from '../embed/protocol';
import { useEmbedBridge } from '../embed/useEmbedBridge';
import type { Variant } from '../model/config';
import { parseCommand } from './commands';
import { explore } from './explorer';
import { dictionaries } from './i18n';
import { explorerStore } from './explorerStore';
import { labOf } from './labView';
import { useStoreView } from './store';
import { useAccuracy } from './useAccuracy';
import { useKeys } from './useKeys';
import { useOffline } from './useOffline';
import { useRuntime } from './useRuntime';
import { attentionModel } from './scores';
import { translatable, useTraces, type TraceReport } from './useTraces';
import { useCompare } from './useCompare';
import { readLaunch, writeEmbedUrl, writeUrl } from './urlState';
import { followed, type LoadPhase } from './view';

const NOTE_MS = 4000;

export function useExplorer() {
  const [launch] = useState(() => readLaunch(location, console.warn));
  const [host] = useState(() => hostOrigin(location.search, document.referrer).origin);
  const [note, setNote] = useState<string | null>(null);
  const [{ store, trainer, plugHost, onFullscreenFailed }] = useState(() => explorerStore(launch));
  const view = useStoreView(store);
  const { dispatch } = store;
  const t = dictionaries[view.lang];
  useEffect(
    () =>
      onFullscreenFailed(() => {
        setNote(t.fullscreenUnavailable);
        setTimeout(() => setNote(null), NOTE_MS);
      }),
    [onFullscreenFailed, t],
  );

  const rt = useRuntime(view.task, attentionModel(view.task, view.score), launch);
  const report: TraceReport = {
    arrived: (traces) => dispatch({ command: 'tracesArrived', traces }),
    failed: (message) => dispatch({ command: 'failed', message }),
  };
  const traces = useTraces(rt, view.task, view.text, labOf(view), report);
  const compared = useCompare(rt, view.task, translatable(traces.check), labOf(view), view.compare && view.read === null);
  // The distracted twin loads once the attention model's first heatmap is on screen.
  const { loadTwin } = rt;
  const drawn = !!traces.traces.attention;
  useEffect(() => {
    if (drawn) loadTwin();
  }, [drawn, loadTwin]);

  // The runtime's load, as the view knows it: its phase and each model's timeline.
  const { load } = rt;
  const stops =
    load.phase === 'ready'
      ? (Object.fromEntries((['attention', 'distracted'] as Variant[]).map((v) => [v, load.timelines[v].map((s) => s.percent)])) as Record<
          Variant,
          number[]
        >)
      : undefined;
  const loaded = JSON.stringify([load.phase, load.phase === 'failed' ? load.message : '', stops]);
  useEffect(() => {
    const [phase, message, s] = JSON.parse(loaded) as [LoadPhase, string, Record<Variant, number[]> | undefined];
    dispatch({ command: 'loaded', phase, message, stops: s });
  }, [loaded, dispatch]);

  const accuracy = useAccuracy(view.task, rt, (message) => dispatch({ command: 'failed', message }));
  const offline = useOffline(!launch.embed.embed);
  const explored = explore(view, traces.check, traces.traces);

  // The address mirrors the view (the widget's keeps its embed options too): a reload or a shared link shows what is on screen.
  const url = launch.embed.embed ? writeEmbedUrl(view, launch.search, host) : writeUrl(view);
  useEffect(() => {
    history.replaceState(null, '', url);
  }, [url]);
  useEffect(() => {
    document.documentElement.lang = view.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${t.title} — ${t.tasks[view.task]}`;
  }, [view.lang, view.task, t]);

  useKeys(store);
  useEmbedBridge(launch.embed.embed, parseCommand, dispatch, plugHost);

  const timelines = load.phase === 'ready' ? load.timelines[followed(view)] : [];
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
    lab: { at: traces.at, stops: timelines, pending: traces.pending },
    /** Compare scores: the sentence by the attention model of every score (while the compare view is open). */
    compared,
    /** A translation that failed (a snapshot's weights), and Retry. */
    translation: { error: traces.error, onRetry: traces.retry },
    runtime: rt,
    accuracy,
    offline,
    note,
    /** Train live's worker and its progress (useLiveTraining reads it). */
    trainer,
  };
}

export type ExplorerState = ReturnType<typeof useExplorer>;
