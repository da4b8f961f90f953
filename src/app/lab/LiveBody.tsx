/**
 * Train live, open: controls (start/pause, reset, seed), the date the live model translates, its
 * heatmap refreshing as it learns, and the learning curves. All numbers come from the worker's model;
 * the panel says so, and that it is not the shipped one.
 */
import { liveTask } from '../../live/task';
import { Heatmap } from '../../viz/Heatmap';
import { LearningCurves } from '../../viz/LearningCurves';
import { Verdict } from '../components/SentenceInput';
import { icons } from '../components/StepControls';
import type { Dict } from '../i18n';
import { MAX_SEED, type LiveView } from '../labView';
import type { ViewCommand } from '../commands';
import type { TrainerHub } from './trainerHub';
import { curvePoints } from './liveProgress';
import { useLiveTraining } from './useLiveTraining';

interface Props {
  t: Dict;
  live: LiveView;
  dispatch: (c: ViewCommand) => void;
  trainer: TrainerHub;
}

const none = { row: null, col: null };
/** One date in each live format (task.ts), as the caption shows them. */
const shownFormats = ['25 november 2026', 'november 25, 2026', '25.11.2026'];

export default function LiveBody({ t, live, dispatch, trainer }: Props) {
  const l = t.live;
  const { progress: p, check, reference, worker, error } = useLiveTraining(live, trainer);
  const number = (n: number, digits = 0) =>
    n.toLocaleString(t.lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const last = p.latest;
  const lastHeldOut = p.heldOut.at(-1);
  const trace = p.trace;
  const percent = (v: number | undefined) => (v === undefined ? '—' : `${Math.round(v * 100)} %`);
  const status = p.step === 0 ? l.idle : l.status(number(p.step), number(p.seconds, 1), last ? last.loss.toPrecision(2) : '—');
  const right = reference && trace && trace.tokens.join('') === reference.join('');

  return (
    <div id="live-body" hidden={!live.open}>
      <p className="caption">
        {l.caption(worker ? number(worker.parameters) : '…')} {l.formats}{' '}
        {shownFormats.map((f) => (
          <button key={f} type="button" className="chip" onClick={() => dispatch({ command: 'setLiveText', text: f })}>
            {f}
          </button>
        ))}
      </p>
      <p className="banner live-banner" role="note">
        {l.banner}
      </p>
      <div className="live-controls">
        <button type="button" className="play" onClick={() => dispatch({ command: 'trainLive', on: !live.training })}>
          {live.training ? icons.pause : icons.play} {live.training ? l.pause : p.step > 0 ? l.resume : l.start}
        </button>
        <button type="button" onClick={() => dispatch({ command: 'resetLive' })}>
          {l.reset}
        </button>
        <label className="seed" title={l.seedHint}>
          {l.seed}{' '}
          <input
            type="number"
            min={1}
            max={MAX_SEED}
            step={1}
            value={live.seed}
            onChange={(e) => {
              const seed = Number(e.target.value);
              if (Number.isInteger(seed) && seed >= 1 && seed <= MAX_SEED) dispatch({ command: 'resetLive', seed });
            }}
          />
        </label>
        <output className="live-status" aria-live="polite">
          {status}
          {!live.training && !p.training && p.step > 0 && ` · ${l.paused}`}
        </output>
      </div>
      {error && (
        <p className="verdict outside" role="alert">
          {l.failed(error)}
        </p>
      )}
      <div className="live-example">
        <label htmlFor="live-text">{l.example}</label>
        <input
          id="live-text"
          type="text"
          value={live.text}
          spellCheck={false}
          onChange={(e) => dispatch({ command: 'setLiveText', text: e.target.value })}
          aria-describedby="live-verdict"
        />
        <p id="live-verdict" className={check.kind === 'ok' ? 'sr-only' : `verdict ${check.kind}`} role="status">
          {check.kind !== 'ok' && (
            <Verdict t={t} task={liveTask} check={check} text={live.text} onText={(text) => dispatch({ command: 'setLiveText', text })} />
          )}
        </p>
      </div>
      <div className="live-grid">
        <div className="live-output">
          <p>
            {l.output}:{' '}
            <output className={right ? 'live-translation right' : 'live-translation'} aria-label={l.output}>
              {trace ? trace.tokens.join('') || '∅' : '…'}
            </output>
          </p>
          <p className="live-verdict">
            {!reference
              ? check.kind === 'ok' || check.kind === 'empty'
                ? ''
                : l.noReference
              : right && p.firstRight
                ? l.right(number(p.firstRight.step), number(p.firstRight.seconds, 1))
                : l.notYet(reference.join(''))}
          </p>
          {trace?.alpha && trace.tokens.length > 0 && (
            <div className="heatmap-scroll">
              <Heatmap
                source={trace.labels.source}
                target={trace.labels.target}
                alpha={trace.alpha}
                visible={trace.tokens.length}
                current={null}
                highlight={none}
                onHover={() => {}}
                onPin={() => {}}
                showValues={false}
                label={l.heatmap}
                cellLabel={t.cellLabel}
                sourceLang="und"
                targetLang="und"
                corner={l.corner}
              />
            </div>
          )}
        </div>
        <LearningCurves
          points={curvePoints(p)}
          heldOut={p.heldOut}
          labels={{
            loss: l.loss,
            accuracy: l.accuracy,
            heldOut: l.heldOut,
            step: l.step,
            summary: l.summary(number(p.step), last ? last.loss.toPrecision(2) : '—', percent(last?.accuracy), percent(lastHeldOut?.exact)),
          }}
        />
      </div>
      {worker && <p className="caption">{l.worker(worker.backend)}</p>}
    </div>
  );
}
