/**
 * Live training curves (D3 scales and path strings, React SVG): the batch loss on a log scale, and the
 * accuracy — per output character of each batch (a line) and exact dates held out (dots).
 */
import { extent, line, max, scaleLinear, scaleLog } from 'd3';
import type { ReactNode } from 'react';

export interface CurvePoint {
  step: number;
  loss: number;
  accuracy: number;
}

interface Props {
  points: readonly CurvePoint[];
  heldOut: readonly { step: number; exact: number }[];
  labels: { loss: string; accuracy: string; heldOut: string; step: string; summary: string };
}

/** 0.01, 0.1, 1, … within a log scale's domain: a log axis labelled at every tick is unreadable. */
const decades = ([lo, hi]: number[]) => {
  const out: number[] = [];
  for (let e = Math.ceil(Math.log10(lo!) - 1e-9); e <= Math.floor(Math.log10(hi!) + 1e-9); e++) out.push(10 ** e);
  return out;
};

const W = 300;
const H = 170;
const M = { top: 26, right: 12, bottom: 30, left: 42 };

/** One small chart: its x from step 0 to the last step, `y` given. */
function Panel({
  title,
  y,
  ticks,
  format,
  children,
}: {
  title: string;
  y: (v: number) => number;
  ticks: number[];
  format: (v: number) => string;
  children: ReactNode;
}) {
  return (
    <g>
      <text x={M.left} y={14} className="curve-title">
        {title}
      </text>
      {ticks.map((v) => (
        <g key={v} transform={`translate(0,${y(v)})`}>
          <line x1={M.left} x2={W - M.right} className="grid" />
          <text x={M.left - 5} dy="0.32em" textAnchor="end">
            {format(v)}
          </text>
        </g>
      ))}
      <line x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} className="axis" />
      {children}
    </g>
  );
}

export function LearningCurves({ points, heldOut, labels }: Props) {
  const last = Math.max(10, max(points, (p) => p.step) ?? 0, max(heldOut, (h) => h.step) ?? 0);
  const x = scaleLinear([0, last], [M.left, W - M.right]).nice();
  const [lo = 0.01, hi = 3] = extent(points, (p) => p.loss);
  const yLoss = scaleLog([Math.max(1e-4, Math.min(lo, 0.1)), Math.max(hi, 1)], [H - M.bottom, M.top]).nice();
  const yAcc = scaleLinear([0, 1], [H - M.bottom, M.top]);
  const lossPath =
    line<CurvePoint>(
      (p) => x(p.step),
      (p) => yLoss(Math.max(p.loss, yLoss.domain()[0]!)),
    )(points) ?? '';
  const accPath =
    line<CurvePoint>(
      (p) => x(p.step),
      (p) => yAcc(p.accuracy),
    )(points) ?? '';
  const xTicks = x.ticks(4);
  const axis = (
    <g>
      {xTicks.map((s) => (
        <text key={s} x={x(s)} y={H - M.bottom + 14} textAnchor="middle">
          {s}
        </text>
      ))}
      <text x={(M.left + W - M.right) / 2} y={H - 3} textAnchor="middle" className="axis-label">
        {labels.step}
      </text>
    </g>
  );
  return (
    <div className="curves" role="img" aria-label={labels.summary}>
      <svg viewBox={`0 0 ${W} ${H}`} className="chart curve" aria-hidden="true">
        <Panel
          title={labels.loss}
          y={yLoss}
          ticks={decades(yLoss.domain())}
          format={(v) => (v >= 1 ? String(v) : String(Number(v.toPrecision(1))))}
        >
          <path d={lossPath} className="loss-line" fill="none" />
        </Panel>
        {axis}
      </svg>
      <svg viewBox={`0 0 ${W} ${H}`} className="chart curve" aria-hidden="true">
        <Panel title={labels.accuracy} y={yAcc} ticks={yAcc.ticks(4)} format={(v) => `${Math.round(v * 100)}%`}>
          <path d={accPath} className="accuracy-line" fill="none" />
          {heldOut.map((h) => (
            <circle key={h.step} cx={x(h.step)} cy={yAcc(h.exact)} r={3.5} className="held-out" />
          ))}
          <g transform={`translate(${W - M.right - 130},14)`} className="key">
            <circle cx={4} cy={-4} r={3.5} className="held-out" />
            <text x={12}>{labels.heldOut}</text>
          </g>
        </Panel>
        {axis}
      </svg>
    </div>
  );
}
