/** A vector as a small block of coloured cells (row-major), e.g. an encoder state h_j of 256 numbers. */
import { memo } from 'react';

interface Props {
  values: readonly number[];
  color: (v: number) => string;
  columns?: number;
  cell?: number;
  /** Scales every value first (α_ij · h_j); the colour scale stays that of the unscaled vectors. */
  weight?: number;
  label?: string;
}

export const VectorStrip = memo(function VectorStrip({ values, color, columns = 32, cell = 3, weight = 1, label }: Props) {
  const rows = Math.ceil(values.length / columns);
  return (
    <svg
      className="strip"
      width={columns * cell}
      height={rows * cell}
      viewBox={`0 0 ${columns * cell} ${rows * cell}`}
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      shapeRendering="crispEdges"
    >
      {values.map((v, i) => (
        <rect key={i} x={(i % columns) * cell} y={Math.floor(i / columns) * cell} width={cell} height={cell} fill={color(v * weight)} />
      ))}
    </svg>
  );
});
