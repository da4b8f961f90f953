/**
 * The article's formula with this step's real numbers: C_i = Σ_j α_ij h_j, the largest terms written
 * out, the model's own score e_ij before the softmax and α_ij after it for those words, the weighted
 * strips α_ij·h_j adding up to the C_i strip, and the top-k candidates for y_i.
 */
import type { Score } from '../../model/config';
import type { StepTrace } from '../../model/translate';
import type { ScoredTrace } from '../scores';
import { VectorStrip } from '../../viz/VectorStrip';
import type { Dict } from '../i18n';
import type { ViewCommand } from '../commands';
import { alphaTex, contextTex, scoreTex } from './scoreTex';
import { Tex } from './Tex';

interface Props {
  t: Dict;
  step: StepTrace;
  index: number;
  source: readonly string[];
  h: readonly (readonly number[])[];
  /** The model's scores e_ij of this step (before the softmax), and the score function that made them; null for the distracted model. */
  e: readonly number[] | null;
  score: Score | null;
  vector: (v: number) => string;
  sourceLang?: string;
  targetLang?: string;
  onHoverSource: (col: number | null) => void;
}

const SHOWN = 4;

export function StepPanel({ t, step, index, source, h, e, score, vector, sourceLang, targetLang, onHoverSource }: Props) {
  const terms = step.alpha
    ? step.alpha
        .map((a, j) => ({ a, j }))
        .sort((x, y) => y.a - x.a)
        .slice(0, SHOWN)
    : [];
  const rest = step.alpha ? step.alpha.length - terms.length : 0;
  return (
    <section className="step-panel" aria-label={t.stepPanel}>
      <h3>{t.stepPanel}</h3>
      {step.alpha ? (
        <>
          {/* Scrolls sideways on narrow screens, so it takes focus for keyboard users. */}
          <div className="formula" tabIndex={0} role="region" aria-label={t.formulaGeneric}>
            <Tex {...contextTex} />
            <Tex {...alphaTex(score ?? 'additive')} />
            {score && scoreTex[score].defs && <Tex {...scoreTex[score].defs} />}
          </div>
          {e && score && (
            <p className="score-numbers" data-score={score}>
              <span className="what">{t.score.numbers}</span>{' '}
              {terms.map(({ a, j }, k) => (
                <span key={j} className="score-term" onMouseEnter={() => onHoverSource(j)} onMouseLeave={() => onHoverSource(null)}>
                  {k > 0 && ' · '}
                  <span lang={sourceLang}>{source[j]}</span> <span className="e">{e[j]!.toFixed(2)}</span> →{' '}
                  <span className="a">{a.toFixed(2)}</span>
                </span>
              ))}
            </p>
          )}
          <p className="numbers">
            <var>C</var>
            <sub lang={targetLang}>{step.token}</sub> ={' '}
            {terms.map(({ a, j }, k) => (
              <span key={j} className="term" onMouseEnter={() => onHoverSource(j)} onMouseLeave={() => onHoverSource(null)}>
                {k > 0 && ' + '}
                {a.toFixed(2)}·<var>h</var>
                <sub lang={sourceLang}>{source[j]}</sub>
              </span>
            ))}
            {rest > 0 && <span className="rest"> {t.otherTerms(rest)}</span>}
          </p>
          <div className="sum" aria-hidden="true">
            {terms.map(({ a, j }, k) => (
              <span key={j} className="addend">
                {k > 0 && <span className="op">+</span>}
                <span className="weighted">
                  <span className="coef">{a.toFixed(2)} ×</span>
                  <VectorStrip values={h[j]!} color={vector} columns={16} cell={3} />
                  <span className="under" lang={sourceLang}>
                    {source[j]}
                  </span>
                </span>
              </span>
            ))}
            {rest > 0 && <span className="op">+ …</span>}
            <span className="op">=</span>
            <span className="weighted result">
              <VectorStrip values={step.context} color={vector} columns={16} cell={3} />
              <span className="under">
                C<sub>{index + 1}</sub>
              </span>
            </span>
          </div>
        </>
      ) : (
        <div className="sum">
          <span className="weighted result">
            <VectorStrip values={step.context} color={vector} columns={16} cell={3} label={t.distractedTitle} />
            <span className="under">C</span>
          </span>
          <p className="note">{t.distractedCaption}</p>
        </div>
      )}
      <h4>{t.topk}</h4>
      <ol className="topk">
        {step.topk.map((c) => (
          <li key={c.token}>
            <span className="cand" lang={targetLang}>
              {c.token}
            </span>
            <span className="bar" style={{ width: `${Math.max(1, c.p * 100)}%` }} />
            <span className="p">{(c.p * 100).toFixed(1)}%</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The step panel for output step `index` of the trace on screen: hovering a source word dispatches the view's hover. */
export function ViewStepPanel({
  trace,
  index,
  dispatch,
  ...rest
}: Omit<Props, 'step' | 'h' | 'e' | 'score' | 'onHoverSource'> & { trace: ScoredTrace; dispatch: (c: ViewCommand) => void }) {
  return (
    <StepPanel
      {...rest}
      step={trace.steps[index]!}
      index={index}
      h={trace.h}
      e={trace.e?.[index] ?? null}
      score={trace.score}
      onHoverSource={(col) => dispatch({ command: 'hover', cell: { row: null, col } })}
    />
  );
}
