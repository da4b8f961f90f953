/** The α_ij heatmap with its legend, options (values, data table, gold links), readout and export. */
import { useState } from 'react';
import type { TaskId } from '../../data/tasks';
import type { Trace } from '../../model/translate';
import { AlphaTable } from '../../viz/AlphaTable';
import { Heatmap, type Cell } from '../../viz/Heatmap';
import { AlphaLegend } from '../../viz/Legend';
import type { Dict } from '../i18n';
import type { GoldAgreement } from '../gold';
import { typedWord } from '../../viz/typedText';
import { useFitZoom } from '../useFitZoom';
import { useScrollCue } from '../useScrollCue';
import { ExportMenu } from './ExportMenu';

interface Props {
  t: Dict;
  task: TaskId;
  text: string;
  /** The figure's title, e.g. "Attention — Tom chased Jerry. → 汤姆追逐了杰瑞。". */
  title: string;
  /** An attention model's trace: its α matrix and labels are what the heatmap, readout, table and exports show. */
  trace: Trace;
  /** Rows shown so far, and the row being decoded. */
  visible: number;
  current: number | null;
  /** The hovered or pinned cell (either part may be null). */
  highlight: Cell;
  onHover: (c: Cell) => void;
  onPin: (c: Cell) => void;
  /** Projector mode: the heatmap scales to fit its box. */
  fit?: boolean;
  /** The attention model was trained with guided alignment (said in the caption). */
  guided: boolean;
  gold: GoldAgreement | null;
  showGold: boolean;
  /** Gold links exist only for sentences of the language. */
  goldAvailable: boolean;
  onShowGold: (on: boolean) => void;
  /** Colour by log α (the view's lab option). */
  logScale: boolean;
  onLogScale: (on: boolean) => void;
  sourceLang?: string;
  targetLang?: string;
  /** Predict, then look: row labels from this index on are hidden, and a column header click is a guess. */
  labelsShown?: number;
  onColumn?: (col: number) => void;
}

export function AttentionBlock(p: Props) {
  const { t, trace } = p;
  const [showValues, setShowValues] = useState(false);
  const [showTable, setShowTable] = useState(false);
  const size = `${trace.tokens.length}×${trace.source.length}`;
  const box = useFitZoom<HTMLDivElement>(!!p.fit, size);
  const cue = useScrollCue(box, size);
  const alpha = trace.alpha ?? [];
  const { source, target } = trace.labels;
  const { row, col } = p.highlight;
  const a = row !== null && col !== null && row < p.visible ? alpha[row]?.[col] : undefined;
  const readout = a === undefined ? null : t.cellLabel(target[row!]!, typedWord(source[col!]!), a.toFixed(3));
  return (
    <div className="attention-block">
      <h2>{t.heatmap}</h2>
      <p className="caption">
        {t.heatmapCaption} {p.guided && t.guidedNote}
      </p>
      {(cue.left || cue.right) && <p className="scroll-hint">{t.scrollHint}</p>}
      <div className="heatmap-scroll" ref={box} data-more-left={cue.left || undefined} data-more-right={cue.right || undefined}>
        <Heatmap
          source={source}
          target={target}
          alpha={alpha}
          visible={p.visible}
          current={p.current}
          highlight={p.highlight}
          onHover={p.onHover}
          onPin={p.onPin}
          gold={p.gold?.set}
          showValues={showValues}
          label={t.heatmap}
          cellLabel={t.cellLabel}
          sourceLang={p.sourceLang ?? 'und'}
          targetLang={p.targetLang ?? 'und'}
          corner={t.corner}
          logScale={p.logScale}
          labelsShown={p.labelsShown}
          onColumn={p.onColumn}
        />
      </div>
      <p className="readout" aria-live="polite">
        {readout ?? '\u00a0'}
      </p>
      <div className="heatmap-options">
        <AlphaLegend label={p.logScale ? t.lab.logLegend : t.legend} log={p.logScale} />
        <label>
          <input type="checkbox" checked={showValues} onChange={(e) => setShowValues(e.target.checked)} /> {t.showValues}
        </label>
        <label>
          <input type="checkbox" checked={p.logScale} onChange={(e) => p.onLogScale(e.target.checked)} /> {t.lab.logScale}
        </label>
        <label>
          <input type="checkbox" checked={showTable} onChange={(e) => setShowTable(e.target.checked)} /> {t.showTable}
        </label>
        <label>
          <input type="checkbox" checked={p.showGold} onChange={(e) => p.onShowGold(e.target.checked)} disabled={!p.goldAvailable} />{' '}
          {t.gold}
        </label>
        {p.gold?.score != null && <span className="agreement">{t.agreement(`${Math.round(p.gold.score * 100)}%`)}</span>}
      </div>
      <ExportMenu t={t} task={p.task} text={p.text} trace={trace} title={p.title} />
      {showTable && (
        <div className="heatmap-scroll">
          <AlphaTable
            source={source}
            target={target}
            alpha={alpha}
            caption={t.heatmap}
            corner={t.corner}
            sourceLang={p.sourceLang}
            targetLang={p.targetLang}
          />
        </div>
      )}
    </div>
  );
}
