/** Accuracy by sentence length for both models: the shipped figures, or re-measured in this browser. */
import type { Accuracy } from '../useAccuracy';
import type { Dict } from '../i18n';
import { AccuracyChart } from './AccuracyChart';
import { Failure } from './Failure';

interface Props {
  t: Dict;
  accuracy: Accuracy | null;
  progress: { done: number; total: number } | null;
  /** The models are loaded, so the test split can be measured here. */
  ready: boolean;
  onRemeasure: () => void;
  /** The shipped figures or a measurement failed: why, and Retry. */
  failure?: { error: string | null; onRetry: () => void };
}

export function AccuracySection({ t, accuracy, progress, ready, onRemeasure, failure }: Props) {
  return (
    <section className="accuracy" aria-label={t.accuracy}>
      <h2>{t.accuracy}</h2>
      {accuracy && (
        <AccuracyChart
          t={t}
          buckets={accuracy.buckets}
          series={[
            { name: `${t.modes.attention} (${accuracy.source === 'measured' ? t.measured : t.shipped})`, values: accuracy.attention },
            { name: `${t.modes.distracted}`, values: accuracy.distracted, dashed: true },
          ]}
        />
      )}
      {failure?.error && <Failure what={t.accuracyFailed} message={failure.error} retry={t.status.retry} onRetry={failure.onRetry} />}
      <p className="caption">{t.accuracyCaption}</p>
      <button type="button" onClick={onRemeasure} disabled={!ready || progress !== null}>
        {progress ? t.measuring(progress.done, progress.total) : t.remeasure}
      </button>
      {progress && <progress max={progress.total} value={progress.done} aria-label={t.measuring(progress.done, progress.total)} />}
    </section>
  );
}
