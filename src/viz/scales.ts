/** Colour scales: cividis on a fixed [0, 1] for α everywhere; a diverging RdBu, centred on 0, for vectors. */
import { interpolateCividis, interpolateRdBu, scaleDiverging, scaleSequential } from 'd3';

export const alphaColor = scaleSequential(interpolateCividis).domain([0, 1]);

/** Readable text over an α cell: dark on the light (yellow) end, light on the dark (blue) end. */
export const alphaText = (a: number) => (a > 0.6 ? '#10121a' : '#f6f6f2');

/** Negative red, zero white, positive blue, on a symmetric domain. */
export const vectorColor = (limit: number) => scaleDiverging(interpolateRdBu).domain([-limit, 0, limit]);

/** The smallest α the log scale tells apart: it and anything smaller take the dark end. */
export const LOG_FLOOR = 1e-3;

/** Where α sits on the colour ramp, 0–1: α itself, or log₁₀ α from 0.001 (0) to 1 (1). */
export const alphaPosition = (a: number, log = false) =>
  log ? Math.max(0, 1 - Math.log10(Math.max(a, LOG_FLOOR)) / Math.log10(LOG_FLOOR)) : a;

export const formatAlpha = (a: number) => a.toFixed(2);
