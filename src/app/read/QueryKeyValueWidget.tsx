/**
 * Section 6: attention as queries, keys and values, from the scaled dot-product dates model's own
 * numbers at one step — the query q_i, the keys k_j of the source characters with the largest weights,
 * their scores e_ij = q_i · k_j / √d and weights α_ij, the values h_j, and C_i = Σ_j α_ij h_j. The
 * runtime reads q, k and e from the model (traceQueryKeys, traceScores); nothing here is computed.
 */
import { ViewStepControls } from '../components/StepControls';
import { TranslationView } from '../components/TranslationView';
import type { ExplorerState } from '../useExplorer';
import { TryIt } from './TryIt';

/** Components of each vector shown, and rows (the largest weights). */
const DIMS = 4;
const ROWS = 5;

const fmt = (x: number) => (x < 0 ? '−' : '') + Math.abs(x).toFixed(2);
const head = (v: readonly number[]) => `[${v.slice(0, DIMS).map(fmt).join(', ')}, …]`;

export function QueryKeyValueWidget({ t, view, dispatch, explored: x }: ExplorerState) {
  const words = t.read.sections.queryKeyValue;
  const a = x.attention;
  if (view.score !== 'scaled-dot' || (a && a.score !== 'scaled-dot'))
    return (
      <p className="note">
        {words.needsScore}{' '}
        <button type="button" onClick={() => dispatch({ command: 'setScore', score: 'scaled-dot' })}>
          {words.useScore}
        </button>
      </p>
    );
  if (!a?.qk || !a.e) return <p className="read-waiting">{t.read.waiting}</p>;
  const i = x.current ?? 0;
  const step = a.steps[i]!;
  const alpha = step.alpha ?? [];
  const query = a.qk.query[i]!;
  const d = query.length;
  const top = alpha
    .map((w, j) => ({ w, j }))
    .sort((p, q) => q.w - p.w)
    .slice(0, ROWS)
    .sort((p, q) => p.j - q.j);
  const rest = alpha.length - top.length;
  const restWeight = 1 - top.reduce((sum, r) => sum + r.w, 0);
  return (
    <>
      <TranslationView
        id="translation"
        label={t.translation}
        tokens={a.tokens}
        visible={x.step}
        current={x.current}
        reference={null}
        litRow={x.activeRow}
        onHover={(row) => dispatch({ command: 'hover', cell: { row, col: null } })}
      />
      <p className="qkv-query">
        {words.query} <var>q</var>
        <sub>{i + 1}</sub> = W<sub>q</sub> s<sub>{i}</sub> = <span className="vec">{head(query)}</span>
        <span className="qkv-d">
          {' '}
          d = {d}, √d = {Math.sqrt(d).toFixed(1)}
        </span>
      </p>
      <div className="heatmap-scroll">
        <table className="qkv">
          <caption>
            {words.keys} ({words.dims(DIMS, d)})
          </caption>
          <thead>
            <tr>
              <th scope="col">{words.token}</th>
              <th scope="col">{words.key}</th>
              <th scope="col">{words.score}</th>
              <th scope="col">{words.alpha}</th>
              <th scope="col">{words.value}</th>
            </tr>
          </thead>
          <tbody>
            {top.map(({ w, j }) => (
              <tr
                key={j}
                className={x.highlight.col === j ? 'lit' : undefined}
                onMouseEnter={() => dispatch({ command: 'hover', cell: { row: null, col: j } })}
                onMouseLeave={() => dispatch({ command: 'hover', cell: { row: null, col: null } })}
              >
                <th scope="row">{a.labels.source[j]}</th>
                <td className="vec">{head(a.qk!.keys[j]!)}</td>
                <td className="e">{fmt(a.e![i]![j]!)}</td>
                <td className="a">{w.toFixed(2)}</td>
                <td className="vec">{head(a.h[j]!)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            {rest > 0 && (
              <tr>
                <td colSpan={5} className="note">
                  {words.rest(rest, restWeight.toFixed(2))}
                </td>
              </tr>
            )}
            <tr>
              <th scope="row" colSpan={4}>
                {words.context}
              </th>
              <td className="vec context">{head(step.context)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <TryIt title={t.read.tryIt} hint={words.tryIt}>
        <ViewStepControls t={t} step={x.step} total={x.total} playing={view.playing} dispatch={dispatch} />
      </TryIt>
    </>
  );
}
