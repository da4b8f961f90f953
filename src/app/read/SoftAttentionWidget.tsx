/**
 * Section 4: the article's example with the model's real α — the heatmap, and the row of 杰瑞 beside
 * the article's illustrative 0.3 / 0.2 / 0.5. The reader switches to the distracted model, which has no α.
 */
import { Heatmap } from '../../viz/Heatmap';
import { formatAlpha } from '../../viz/scales';
import { RadioGroup } from '../components/RadioGroup';
import type { ExplorerState } from '../useExplorer';
import { articleRow } from './articleRow';
import { ReadDistracted } from './ReadDistracted';
import { TryIt } from './TryIt';

export function SoftAttentionWidget({ t, view, dispatch, explored: x, runtime }: ExplorerState) {
  const words = t.read.sections.softAttention;
  const a = x.attention;
  const compared = a ? articleRow(a.labels.source, a.labels.target, a.alpha) : null;
  const guided = runtime.load.phase === 'ready' && runtime.load.guided > 0;
  return (
    <>
      {view.mode === 'distracted'
        ? x.distracted && (
            <ReadDistracted t={t} trace={x.distracted} caption={t.distractedCaption} litRow={x.activeRow} dispatch={dispatch} />
          )
        : a && (
            <div className="heatmap-scroll">
              <Heatmap
                source={a.labels.source}
                target={a.labels.target}
                alpha={a.alpha ?? []}
                visible={a.tokens.length}
                current={compared?.row ?? null}
                highlight={x.highlight}
                onHover={(cell) => dispatch({ command: 'hover', cell })}
                onPin={(cell) => dispatch({ command: 'pin', cell })}
                showValues
                label={t.heatmap}
                cellLabel={t.cellLabel}
                sourceLang="en"
                targetLang="zh"
                corner={t.corner}
              />
            </div>
          )}
      {a && !compared && <p className="note">{words.noRow}</p>}
      {compared && (
        <>
          <table className="article-row">
            <caption>{words.compareCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{words.word}</th>
                <th scope="col">{words.article}</th>
                <th scope="col">{words.model}</th>
              </tr>
            </thead>
            <tbody>
              {compared.words.map((w, j) => (
                <tr key={j}>
                  <th scope="row" lang="en">
                    {w.word}
                  </th>
                  <td>{w.article === null ? '—' : w.article.toFixed(1)}</td>
                  <td className="model-alpha" data-col={j}>
                    {formatAlpha(w.model)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="note">
            {compared.top.weight > 0.5
              ? words.sharper(compared.top.word, formatAlpha(compared.top.weight))
              : words.softer(compared.top.word, formatAlpha(compared.top.weight))}{' '}
            {guided && words.guided}
          </p>
        </>
      )}
      <TryIt title={t.read.tryIt} hint={words.tryIt}>
        <RadioGroup
          name="read-mode"
          label={t.model}
          options={['attention', 'distracted'] as const}
          value={view.mode === 'distracted' ? 'distracted' : 'attention'}
          labelOf={(o) => t.modes[o]}
          onChange={(mode) => dispatch({ command: 'setMode', mode })}
        />
      </TryIt>
    </>
  );
}
