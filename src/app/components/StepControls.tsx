/** Play / pause / step / back / scrub through decoding. */
import type { Dict } from '../i18n';
import type { ViewCommand } from '../commands';

/** Small inline icons: symbol glyphs like ⏮ are missing from many fonts. */
const icon = (d: string) => (
  <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
    <path d={d} fill="currentColor" />
  </svg>
);
export const icons = {
  first: icon('M3 3h2v10H3zM14 3v10L6 8z'),
  back: icon('M12 3v10L4 8z'),
  play: icon('M4 2v12l10-6z'),
  pause: icon('M4 3h3v10H4zM9 3h3v10H9z'),
  forward: icon('M4 3v10l8-5z'),
  last: icon('M11 3h2v10h-2zM2 3v10l8-5z'),
};

interface Props {
  t: Dict;
  step: number;
  total: number;
  playing: boolean;
  onStep: (i: number) => void;
  onPlay: (on: boolean) => void;
}

export function StepControls({ t, step, total, playing, onStep, onPlay }: Props) {
  const go = (i: number) => onStep(Math.max(1, Math.min(total, i)));
  return (
    <div className="steps" role="group" aria-label={t.step}>
      <button type="button" onClick={() => go(1)} aria-label={t.first} disabled={step <= 1}>
        {icons.first}
      </button>
      <button type="button" onClick={() => go(step - 1)} aria-label={t.back} disabled={step <= 1}>
        {icons.back}
      </button>
      <button type="button" className="play" onClick={() => onPlay(!playing)} aria-label={playing ? t.pause : t.play}>
        {playing ? icons.pause : icons.play}
      </button>
      <button type="button" onClick={() => go(step + 1)} aria-label={t.forward} disabled={step >= total}>
        {icons.forward}
      </button>
      <button type="button" onClick={() => go(total)} aria-label={t.last} disabled={step >= total}>
        {icons.last}
      </button>
      <input
        type="range"
        min={1}
        max={Math.max(1, total)}
        value={step}
        onChange={(e) => go(Number(e.target.value))}
        aria-label={t.step}
        aria-valuetext={t.stepOf(step, total)}
      />
      <span className="count" aria-live="polite">
        {t.stepOf(step, total)}
      </span>
    </div>
  );
}

/** The step controls of the view on screen: each button dispatches its view command. */
export function ViewStepControls({
  t,
  step,
  total,
  playing,
  dispatch,
}: Omit<Props, 'onStep' | 'onPlay'> & { dispatch: (c: ViewCommand) => void }) {
  return (
    <StepControls
      t={t}
      step={step}
      total={total}
      playing={playing}
      onStep={(i) => dispatch({ command: 'step', step: i })}
      onPlay={(on) => dispatch({ command: on ? 'play' : 'pause' })}
    />
  );
}
