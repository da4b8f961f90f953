/**
 * The widget's side of the conversation with its host page: commands in (through `onCommand`), and
 * events out — ready / error once per load, translated per new translation, step per step.
 */
import { useEffect } from 'react';
import type { Command } from '../embed/protocol';
import { useEmbedBridge } from '../embed/useEmbedBridge';
import type { Trace } from '../model/translate';
import type { LoadState } from './useRuntime';
import type { ViewState } from './urlState';

interface Options {
  enabled: boolean;
  /** Start decoding by itself after each new translation (?autoplay=1). */
  autoplay: boolean;
  onCommand: (c: Command) => void;
  /** Autoplay's start: play from the first step. */
  onAutoplay: () => void;
  view: ViewState;
  load: LoadState;
  traces: { attention: Trace | null; distracted: Trace | null };
  step: number;
  total: number;
  error: string | null;
}

export function useEmbedEvents({ enabled, autoplay, onCommand, onAutoplay, view, load, traces, step, total, error }: Options) {
  const send = useEmbedBridge(enabled, onCommand);
  const { attention, distracted } = traces;
  useEffect(() => {
    if (load.phase === 'ready') send({ event: 'ready', task: view.task, mode: view.mode, lang: view.lang });
    if (load.phase === 'failed') send({ event: 'error', message: load.message });
    // Announce readiness once per load, not on every view change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [load.phase]);
  useEffect(() => {
    for (const [model, trace] of [
      ['attention', attention],
      ['distracted', distracted],
    ] as const)
      if (trace)
        send({
          event: 'translated',
          task: view.task,
          model,
          source: trace.source,
          tokens: trace.tokens,
          alpha: trace.alpha,
        });
    if (!attention || !autoplay) return;
    // Autoplay starts after a short pause, so viewers see the sentence before decoding begins.
    const id = setTimeout(onAutoplay, 400);
    return () => clearTimeout(id);
    // Once per new translation.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attention, distracted]);
  useEffect(() => {
    if (total > 0) send({ event: 'step', step, total });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [step, total]);
  useEffect(() => {
    if (error) send({ event: 'error', message: error });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [error]);
}
