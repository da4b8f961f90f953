/** A one-line progress bar on stderr (a plain line every few steps when stderr is not a terminal). */
const fmt = (s: number) =>
  s >= 3600
    ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
    : s >= 60
      ? `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s`
      : `${s.toFixed(0)}s`;
export const duration = fmt;

export function progressBar(label: string, total: number) {
  const tty = process.stderr.isTTY;
  let last = 0;
  return (done: number, info: string, secondsPerStep: number) => {
    const frac = done / total;
    const width = 24;
    const full = Math.round(frac * width);
    const bar = '█'.repeat(full) + '░'.repeat(width - full);
    const line = `${label} ${done}/${total} ${bar} ${(frac * 100).toFixed(1)}% ${info} | ${secondsPerStep.toFixed(2)} s/step, ETA ${fmt((total - done) * secondsPerStep)}`;
    if (tty) process.stderr.write(`\r${line}\x1b[K`);
    else if (done - last >= 25 || done === total) {
      process.stderr.write(line + '\n');
      last = done;
    }
  };
}
