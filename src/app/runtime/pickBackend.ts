/** The rule that picks a backend from measured probe times (no tfjs here: the UI's text quotes it). */
export type BackendName = 'webgl' | 'wasm' | 'cpu';

/** WebGL is kept while it is within this factor of the fastest backend: it leaves the CPU to the page. */
export const WEBGL_SLACK = 1.2;

/** The backend to use given probe timings (ms): the fastest, or WebGL when within WEBGL_SLACK of it. */
export function pickBackend(timings: Partial<Record<BackendName, number>>): BackendName | null {
  const measured = Object.entries(timings) as [BackendName, number][];
  if (!measured.length) return null;
  const fastest = measured.sort((a, b) => a[1] - b[1])[0]!;
  return timings.webgl !== undefined && timings.webgl <= WEBGL_SLACK * fastest[1] ? 'webgl' : fastest[0];
}
