/** Colour scales: cividis on a fixed [0, 1] for α everywhere; a diverging RdBu, centred on 0, for vectors. */
import { interpolateCividis, interpolateRdBu, scaleDiverging, scaleSequential } from 'd3';

export const alphaColor = scaleSequential(interpolateCividis).domain([0, 1]);

/** Readable text over an α cell: dark on the light (yellow) end, light on the dark (blue) end. */
export const alphaText = (a: number) => (a > 0.6 ? '#10121a' : '#f6f6f2');

/** Negative red, zero white, positive blue, on a symmetric domain. */
export const vectorColor = (limit: number) => scaleDiverging(interpolateRdBu).domain([-limit, 0, limit]);

export const formatAlpha = (a: number) => a.toFixed(2);
