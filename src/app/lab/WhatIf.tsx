/**
 * What-if: change how α is made and watch the decoder follow. An attention rule (learned with its
 * sharpness β, uniform, hard) applied at every step, and forced cells: all of one step's attention on
 * one source word, decoded again from there. Everything on screen is then the model run under it.
 */
import { RadioGroup } from '../components/RadioGroup';
import type { Dict } from '../i18n';
import { BETA_MAX, intervened, ruleNames, type LabView } from '../labView';
import type { ViewCommand } from '../commands';
import { typedWord, visible } from '../../viz/typedText';

interface Props {
  t: Dict;
  lab: LabView;
  /** Source words as shown, and the selected output row (pinned, else the step on screen) with its token. */
  source: readonly string[];
  row: { index: number; token: string } | null;
  sourceLang?: string;
  dispatch: (c: ViewCommand) => void;
}

export function WhatIf({ t, lab, source, row, sourceLang, dispatch }: Props) {
  return (
    <section className="what-if" aria-label={t.lab.whatIf}>
      <h3>{t.lab.whatIf}</h3>
      <div className="what-if-row">
        <RadioGroup
          name="rule"
          label={t.lab.rule}
          options={ruleNames}
          value={lab.rule}
          labelOf={(o) => t.lab.rules[o]}
          onChange={(rule) => dispatch({ command: 'setRule', rule })}
        />
        <label className="sharpness">
          <span>{t.lab.sharpness}</span>
          <input
            type="range"
            min={0}
            max={BETA_MAX}
            step={0.1}
            value={lab.beta}
            onChange={(e) => dispatch({ command: 'setBeta', beta: Number(e.target.value) })}
            aria-valuetext={t.lab.betaValue(lab.beta.toFixed(1))}
          />
          <output>{t.lab.betaValue(lab.beta.toFixed(1))}</output>
        </label>
      </div>
      <p className="caption">{t.lab.ruleHints[lab.rule]}</p>
      {row ? (
        <div className="force" role="group" aria-label={t.lab.force(String(row.index + 1), row.token)}>
          <span>{t.lab.force(String(row.index + 1), row.token)}</span>
          {source.map((w, j) => (
            <button
              key={j}
              type="button"
              lang={sourceLang}
              aria-label={t.lab.forceWord(typedWord(w))}
              aria-pressed={lab.forced.some((f) => f.row === row.index && f.col === j)}
              onClick={() => dispatch({ command: 'force', row: row.index, col: j })}
            >
              {visible(w)}
            </button>
          ))}
        </div>
      ) : (
        <p className="caption">{t.lab.forceHint}</p>
      )}
      <div className="what-if-row">
        <button type="button" onClick={() => dispatch({ command: 'undoForce' })} disabled={lab.forced.length === 0}>
          {t.lab.undo}
        </button>
        <button type="button" onClick={() => dispatch({ command: 'resetRule' })} disabled={!intervened(lab)}>
          {t.lab.reset}
        </button>
      </div>
    </section>
  );
}
