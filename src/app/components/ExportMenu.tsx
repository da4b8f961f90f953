/** Download the heatmap (SVG, PNG), α (CSV) and the whole translation (JSON: tokens, α, top-k, C_i). */
import { useState } from 'react';
import type { Trace } from '../../model/translate';
import { alphaCsv, download, exportName, heatmapSvg, svgToPng, type HeatmapData } from '../../viz/exportHeatmap';
import { embeddedCjkCss } from '../fonts/cjkFont';
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
  /** The SVG with the Chinese font slices its labels need embedded, so it renders the same on every machine. */
  const svg = async () => heatmapSvg({ ...data, fontCss: await embeddedCjkCss([title, ...data.source, ...data.target].join('')) });
  const run = (make: () => Promise<void>) => {
    setFailed(null);
    make().catch((e: Error) => setFailed(e.message));
  };
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
      <button type="button" onClick={() => run(async () => download(name('svg'), await svg(), 'image/svg+xml'))}>
        SVG
      </button>
      <button type="button" onClick={() => run(async () => download(name('png'), await svgToPng(await svg())))}>
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
