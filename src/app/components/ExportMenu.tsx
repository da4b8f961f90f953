/** Download the heatmap (SVG, PNG), α (CSV) and the whole translation (JSON: tokens, α, top-k, C_i). */
import { useState } from 'react';
import type { Trace } from '../../model/translate';
import { alphaCsv, download, exportName, heatmapSvg, svgToPng, type HeatmapData } from '../../viz/exportHeatmap';
import type { Dict } from '../i18n';

interface Props {
  t: Dict;
  task: string;
  text: string;
  trace: Trace;
  title: string;
}

export function ExportMenu({ t, task, text, trace, title }: Props) {
  const [failed, setFailed] = useState<string | null>(null);
  const data: HeatmapData = { title, source: trace.labels.source, target: trace.labels.target, alpha: trace.alpha ?? [] };
  const name = (ext: string) => exportName(task, text, ext);
  const json = () =>
    JSON.stringify(
      {
        task,
        input: text,
        source: trace.source,
        tokens: trace.tokens,
        steps: trace.steps.map((s) => ({ token: s.token, alpha: s.alpha, topk: s.topk, context: s.context })),
        h: trace.h,
      },
      null,
      1,
    );
  return (
    <div className="export" role="group" aria-label={t.export}>
      <span>{t.export}</span>
      <button type="button" onClick={() => download(name('svg'), heatmapSvg(data), 'image/svg+xml')}>
        SVG
      </button>
      <button
        type="button"
        onClick={() => {
          setFailed(null);
          svgToPng(heatmapSvg(data)).then(
            (png) => download(name('png'), png),
            (e: Error) => setFailed(e.message),
          );
        }}
      >
        PNG
      </button>
      <button type="button" onClick={() => download(name('csv'), alphaCsv(data), 'text/csv')}>
        CSV
      </button>
      <button type="button" onClick={() => download(name('json'), json(), 'application/json')}>
        JSON
      </button>
      {failed && <span role="alert">{t.exportFailed(failed)}</span>}
    </div>
  );
}
