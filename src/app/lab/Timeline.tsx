/**
 * The training timeline under the heatmap: a slider over the model's saved snapshots (0 % → the shipped
 * weights) and a Play button that walks through them. Moving it re-runs the sentence on those weights.
 */
import { nearestStop } from '../../model/timeline';
import './lab.css';
import type { Dict } from '../i18n';
import { Failure } from '../components/Failure';
import { formatNumber } from '../i18n/number';
import type { StopInfo } from '../runtime/snapshots';
import { icons } from '../components/StepControls';

interface Props {
  t: Dict;
  /** The timeline of the model the step controls follow. */
  stops: readonly StopInfo[];
  /** The view's % of training, or null for the shipped model. */
  snapshot: number | null;
  playing: boolean;
  /** A snapshot is being fetched or run. */
  pending: boolean;
  onSnapshot: (percent: number) => void;
  /** The snapshot's translation failed (its weights didn't load): why, and Retry. The last good translation stays on screen. */
  failure?: { error: string | null; onRetry: () => void };
  onPlay: (on: boolean) => void;
}

export function Timeline({ t, stops, snapshot, playing, pending, onSnapshot, onPlay, failure }: Props) {
  if (stops.length < 2) return null;
  const index = snapshot === null ? stops.length - 1 : nearestStop(stops, snapshot);
  const stop = stops[index]!;
  const value = t.lab.stopValue(formatNumber(stop.percent), formatNumber(stop.step)) + (stop.shipped ? ` — ${t.lab.shippedStop}` : '');
  return (
    <div className="timeline" role="group" aria-label={t.lab.timeline}>
      <p className="caption">{t.lab.timelineCaption}</p>
      <div className="timeline-row">
        <button
          type="button"
          className="play"
          onClick={() => onPlay(!playing)}
          aria-label={playing ? t.lab.pauseTimeline : t.lab.playTimeline}
        >
          {playing ? icons.pause : icons.play}
        </button>
        <label>
          <span>{t.lab.timeline}</span>
          <input
            type="range"
            min={0}
            max={stops.length - 1}
            step={1}
            value={index}
            onChange={(e) => onSnapshot(stops[Number(e.target.value)]!.percent)}
            aria-valuetext={value}
          />
        </label>
        <output aria-live="polite">
          {value}
          {pending && snapshot !== null && <span className="pending"> · {t.lab.loadingSnapshot}</span>}
        </output>
      </div>
      <ol className="ticks" aria-hidden="true">
        {stops.map((s, i) => (
          <li key={i} className={i === index ? 'on' : undefined}>
            {formatNumber(s.percent)} %
          </li>
        ))}
      </ol>
      {failure?.error && (
        <Failure what={t.status.translateFailed} message={failure.error} retry={t.status.retry} onRetry={failure.onRetry} />
      )}
    </div>
  );
}
