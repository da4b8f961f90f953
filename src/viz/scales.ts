/** Colour scales: cividis on a fixed [0, 1] for α everywhere; a diverging RdBu, centred on 0, for vectors. */
import { interpolateCividis, interpolateRdBu, scaleDiverging, scaleSequential } from 'd3';

export const alphaColor = scaleSequential(interpolateCividis).domain([0, 1]);

/** Readable text over an α cell: dark on the light (yellow) end, light on the dark (blue) end. */
export const alphaText = (a: number) => (a > 0.6 ? '#10121a' : '#f6f6f2');

/** Negative red, zero white, positive blue, on a symmetric domain. */
export const vectorColor = (limit: number) => scaleDiverging(interpolateRdBu).domain([-limit, 0, limit]);

/**
 * The smallest α the log scale tells apart: it and anything smaller take the dark end. The trained
 * en-zh model is sharp (for `Tom chased Jerry.` every weight off its word is under 10⁻⁴), so the floor
 * sits at 10⁻⁶, where what is left of the other words shows.
 */
export const LOG_FLOOR = 1e-6;

/** 10⁻⁶, written with superscript digits: the log legend's ticks and label. */
export const powerOfTen = (x: number) => {
  const e = Math.round(Math.log10(x));
  return e === 0 ? '1' : `10${String(e).replace(/./g, (c) => '⁻⁰¹²³⁴⁵⁶⁷⁸⁹'['-0123456789'.indexOf(c)]!)}`;
};

/** Where α sits on the colour ramp, 0–1: α itself, or log₁₀ α from LOG_FLOOR (0) to 1 (1). */
export const alphaPosition = (a: number, log = false) =>
  log ? Math.max(0, 1 - Math.log10(Math.max(a, LOG_FLOOR)) / Math.log10(LOG_FLOOR)) : a;

export const formatAlpha = (a: number) => a.toFixed(2);
