/** The α legend: the cividis ramp on its fixed [0, 1] domain, or on log α from LOG_FLOOR to 1. */
import { alphaColor, LOG_FLOOR, powerOfTen } from './scales';

const ticks = { linear: ['0', '0.5', '1'], log: [powerOfTen(LOG_FLOOR), powerOfTen(Math.sqrt(LOG_FLOOR)), '1'] };

export function AlphaLegend({ label, log = false }: { label: string; log?: boolean }) {
  const stops = Array.from({ length: 11 }, (_, i) => i / 10);
  return (
    <figure className="legend" aria-label={label}>
      <svg width="160" height="30" viewBox="0 0 160 30" aria-hidden="true">
        <defs>
          <linearGradient id="alpha-ramp">
            {stops.map((s) => (
              <stop key={s} offset={`${s * 100}%`} stopColor={alphaColor(s)} />
            ))}
          </linearGradient>
        </defs>
        <rect x="5" y="2" width="150" height="12" fill="url(#alpha-ramp)" stroke="currentColor" strokeWidth="0.5" />
        {[0, 0.5, 1].map((t, k) => (
          <text
            key={t}
            x={5 + t * 150}
            y="27"
            fontSize="10"
            textAnchor={t === 0 ? 'start' : t === 1 ? 'end' : 'middle'}
            fill="currentColor"
          >
            {ticks[log ? 'log' : 'linear'][k]}
          </text>
        ))}
      </svg>
      <figcaption>{label}</figcaption>
    </figure>
  );
}
