/** Exact match by source length for both models (D3 scales, React SVG): Bahdanau et al. 2015, figure 2. */
import { scaleBand, scaleLinear } from 'd3';
import type { Dict } from '../i18n';

export interface Series {
  name: string;
  values: (number | null)[];
  dashed?: boolean;
}

interface Props {
  t: Dict;
  buckets: string[];
  series: Series[];
}

const W = 420;
const H = 250;
/** The key sits above the plot, clear of the lines (both start near 100 %). */
const M = { top: 46, right: 16, bottom: 42, left: 44 };

export function AccuracyChart({ t, buckets, series }: Props) {
  const x = scaleBand(buckets, [M.left, W - M.right]).padding(0.3);
  const y = scaleLinear([0, 1], [H - M.bottom, M.top]);
  const cx = (b: string) => x(b)! + x.bandwidth() / 2;
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      className="chart"
      role="img"
      aria-label={`${t.accuracy}: ${series.map((s) => `${s.name} ${s.values.map((v) => (v === null ? '—' : `${Math.round(v * 100)}%`)).join(', ')}`).join('; ')}`}
    >
      {y.ticks(5).map((v) => (
        <g key={v} transform={`translate(0,${y(v)})`}>
          <line x1={M.left} x2={W - M.right} className="grid" />
          <text x={M.left - 6} dy="0.32em" textAnchor="end">
            {Math.round(v * 100)}%
          </text>
        </g>
      ))}
      {buckets.map((b) => (
        <text key={b} x={cx(b)} y={H - M.bottom + 16} textAnchor="middle">
          {b}
        </text>
      ))}
      <text x={(M.left + W - M.right) / 2} y={H - 6} textAnchor="middle" className="axis-label">
        {t.accuracyAxisX}
      </text>
      {series.map((s, k) => {
        const pts = buckets.flatMap((b, i) =>
          s.values[i] === null || s.values[i] === undefined ? [] : [[cx(b), y(s.values[i]!)] as const],
        );
        return (
          <g key={s.name} className={`series s${k}`}>
            <path
              d={pts.map(([px, py], i) => `${i ? 'L' : 'M'}${px},${py}`).join('')}
              fill="none"
              strokeDasharray={s.dashed ? '5 4' : undefined}
            />
            {pts.map(([px, py], i) =>
              k === 0 ? <circle key={i} cx={px} cy={py} r={4} /> : <rect key={i} x={px - 4} y={py - 4} width={8} height={8} />,
            )}
          </g>
        );
      })}
      <g className="key" transform={`translate(${M.left},8)`}>
        {series.map((s, k) => (
          <g key={s.name} transform={`translate(0,${k * 16})`} className={`series s${k}`}>
            <line x1={0} x2={18} y1={0} y2={0} strokeDasharray={s.dashed ? '5 4' : undefined} />
            <text x={24} dy="0.32em">
              {s.name}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
