/**
 * Compare scores (对比打分): the same sentence's α from the attention model of each score function, side
 * by side, each labelled with its score's name and formula. Stepping, hovering and pinning act on all
 * three at once; on a projector the three are scaled to fit the screen.
 */
import type { Score } from '../../model/config';
import { Heatmap, type Cell } from '../../viz/Heatmap';
import { AlphaLegend } from '../../viz/Legend';
import type { Dict } from '../i18n';
import { scores, type ScoredTrace } from '../scores';
import type { Compared } from '../useCompare';
import { useFitZoom } from '../useFitZoom';
import { scoreTex } from './scoreTex';
import { Tex } from './Tex';

interface Props {
  t: Dict;
  compared: Compared;
  /** The step on screen (rows shown) and the row being decoded. */
  step: number;
  current: number | null;
  highlight: Cell;
  onHover: (c: Cell) => void;
  onPin: (c: Cell) => void;
  logScale: boolean;
  /** Projector mode: the three heatmaps scale to fit their box. */
  fit: boolean;
  showTarget: (tokens: readonly string[]) => string;
}

export function CompareScores({ t, compared, step, current, highlight, onHover, onPin, logScale, fit, showTarget }: Props) {
  const shown = scores.filter((s) => compared.traces[s]);
  return (
    <section className="compare-scores" aria-labelledby="compare-title">
      <h2 id="compare-title">{t.score.compareTitle}</h2>
      <p className="caption">{t.score.compareCaption}</p>
      {compared.error && <p className="load-failed">{compared.error}</p>}
      {shown.length === 0 && <p className="note">{t.score.loading}</p>}
      <div className="compare-grid">
        {shown.map((s) => (
          <ScoreFigure
            key={s}
            t={t}
            score={s}
            trace={compared.traces[s]!}
            step={step}
            current={current}
            highlight={highlight}
            onHover={onHover}
            onPin={onPin}
            logScale={logScale}
            fit={fit}
            showTarget={showTarget}
          />
        ))}
      </div>
      <AlphaLegend label={logScale ? t.lab.logLegend : t.legend} log={logScale} />
    </section>
  );
}

function ScoreFigure({ t, score, trace, step, current, ...p }: Omit<Props, 'compared'> & { score: Score; trace: ScoredTrace }) {
  const name = t.score.names[score];
  const rows = trace.tokens.length;
  // On a projector each heatmap is scaled to fit its third of the screen; its caption keeps its size.
  const box = useFitZoom<HTMLDivElement>(p.fit, `${rows}×${trace.source.length}`);
  return (
    <figure className="compare-score" data-score={score} aria-label={name}>
      <figcaption>
        <strong>{name}</strong> <Tex {...scoreTex[score]} />
        <span className="compare-output">→ {p.showTarget(trace.tokens)}</span>
      </figcaption>
      <div className="heatmap-scroll" ref={box}>
        <Heatmap
          source={trace.labels.source}
          target={trace.labels.target}
          alpha={trace.alpha ?? []}
          visible={Math.min(step, rows)}
          current={current !== null && current < rows ? current : null}
          highlight={p.highlight}
          onHover={p.onHover}
          onPin={p.onPin}
          showValues={false}
          label={`${t.heatmap} — ${name}`}
          cellLabel={t.cellLabel}
          sourceLang="und"
          targetLang="und"
          corner={t.corner}
          logScale={p.logScale}
        />
      </div>
    </figure>
  );
}
