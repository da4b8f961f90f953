/**
 * Predict, then look: the learner picks the source word the model will look at for the next output
 * word, reveals its real α row and reads the verdict; at the end, how many rows went as guessed and
 * which surprised, with the grammar's reason where it knows one. In distracted mode there is nothing
 * to guess, and the panel says why.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { Check } from '../../data/check';
import type { Trace } from '../../model/translate';
import type { ViewCommand } from '../commands';
import type { Dict } from '../i18n';
import { roundOver, tally, type QuizRound, type QuizResult } from './round';
import { surpriseReason } from './surprise';

interface Props {
  t: Dict;
  round: QuizRound;
  /** The attention model's trace on screen (null while it is on its way). */
  trace: Trace | null;
  /** The distracted model alone is on screen: nothing to guess. */
  distracted: boolean;
  check: Check;
  dispatch: (c: ViewCommand) => void;
  sourceLang?: string;
  targetLang?: string;
}

export function PredictPanel({ t, round, trace, distracted, check, dispatch, sourceLang, targetLang }: Props) {
  const p = t.predict;
  return (
    <section className="predict" aria-labelledby="predict-title">
      <h2 id="predict-title">{p.title}</h2>
      {distracted ? (
        <p className="predict-note">{p.distracted}</p>
      ) : !trace?.alpha ? (
        <p className="predict-note">{p.waiting}</p>
      ) : roundOver(round, trace.tokens.length) ? (
        <Summary {...{ t, round, trace, check, dispatch }} />
      ) : (
        <Row {...{ t, round, trace, dispatch, sourceLang, targetLang }} />
      )}
    </section>
  );
}

/** “word” and “word”: where a row's weight went. */
const wordsAt = (t: Dict, source: readonly string[], top: readonly number[]) => top.map((j) => `“${source[j]}”`).join(t.predict.and);

function verdictLine(t: Dict, source: readonly string[], r: QuizResult): string {
  const p = t.predict;
  if (!r.verdict) return '';
  const { kind, weight, top, max } = r.verdict;
  const guess = source[r.guess!]!;
  return kind === 'hit' ? p.hit(guess, weight) : p[kind](guess, weight, wordsAt(t, source, top), max);
}

function Row({ t, round, trace, dispatch, sourceLang, targetLang }: Omit<Props, 'distracted' | 'check'> & { trace: Trace }) {
  const p = t.predict;
  const { source, target } = trace.labels;
  const result = round.revealed ? round.results.at(-1) : undefined;
  const alphaRow = trace.alpha?.[round.row] ?? [];
  const go = () => dispatch({ command: round.revealed ? 'nextRow' : 'reveal' });
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    go();
  };
  const noGuessTop = alphaRow.flatMap((a, j) => (a === Math.max(...alphaRow) ? [j] : []));
  return (
    <>
      <p className="predict-writing">
        {p.writing(round.row + 1, target.length)}{' '}
        <span lang={targetLang} className="predict-sentence">
          {target.slice(0, round.row).join(' ')} <strong>{target[round.row]}</strong>
        </span>
      </p>
      <p id="predict-where" className="predict-where">
        {p.where}
      </p>
      <div role="radiogroup" aria-labelledby="predict-where" className="segmented predict-words" onKeyDown={onKey}>
        {source.map((w, j) => (
          <label key={j} className={round.guess === j ? 'on' : undefined}>
            <input
              type="radio"
              name="predict-guess"
              value={j}
              checked={round.guess === j}
              onChange={() => dispatch({ command: 'guess', col: j })}
            />
            <span lang={sourceLang}>{w}</span>
          </label>
        ))}
      </div>
      <p className="predict-verdict" aria-live="polite" data-verdict={result?.verdict?.kind ?? (result ? 'none' : undefined)}>
        {result
          ? result.verdict
            ? verdictLine(t, source, result)
            : p.noGuess(wordsAt(t, source, noGuessTop), Math.max(...alphaRow))
          : '\u00a0'}
      </p>
      <button type="button" className="predict-go" onClick={go}>
        {round.revealed ? p.next : p.reveal}
      </button>
    </>
  );
}

function Summary({ t, round, trace, check, dispatch }: Omit<Props, 'distracted' | 'sourceLang' | 'targetLang'> & { trace: Trace }) {
  const p = t.predict;
  const { source, target } = trace.labels;
  const { hits, guessed } = tally(round);
  const misses = round.results.filter((r) => r.verdict?.kind === 'miss');
  // The last row's controls are gone: a keyboard's focus would fall to the page, so it moves on to Try another.
  const another = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (document.activeElement === document.body) another.current?.focus();
  }, []);
  const reasonOf = (row: number) => (check.kind === 'ok' ? surpriseReason(row, trace.tokens, check.reference, check.links) : null);
  return (
    <>
      <p className="predict-summary">{p.summary(hits, guessed)}</p>
      {/* Before the surprises, so it stays on a projector's screen however many there are. */}
      <button type="button" className="predict-go" ref={another} onClick={() => dispatch({ command: 'tryAnother' })}>
        {p.tryAnother}
      </button>
      {misses.length ? (
        <>
          <h3>{p.surprises}</h3>
          <ul className="predict-surprises">
            {misses.map((r) => {
              const reason = reasonOf(r.row);
              return (
                <li key={r.row}>
                  {p.surprise(`“${target[r.row]}”`, wordsAt(t, source, r.verdict!.top))}
                  {reason && ` — ${p.reasons[reason]}`}
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        guessed > 0 && <p>{p.noSurprises}</p>
      )}
    </>
  );
}
