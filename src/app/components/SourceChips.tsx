/** The source words as chips, each with its encoder state h_j as a strip; weighted by the active row's α. */
import { alphaColor, alphaText } from '../../viz/scales';
import { VectorStrip } from '../../viz/VectorStrip';

interface Props {
  tokens: readonly string[];
  h: readonly (readonly number[])[] | null;
  /** α over these words for the active output step, if any. */
  weights: readonly number[] | null;
  litCol: number | null;
  onHover: (col: number | null) => void;
  vector: (v: number) => string;
  lang?: string;
  label: string;
  /** Tokens outside the vocabulary, flagged in place with the nearest known words. */
  unknown: { index: number; hint: string }[];
}

export function SourceChips({ tokens, h, weights, litCol, onHover, vector, lang, label, unknown }: Props) {
  return (
    <ol className="source" aria-label={label} onMouseLeave={() => onHover(null)}>
      {tokens.map((w, j) => {
        const a = weights?.[j];
        const flag = unknown.find((u) => u.index === j);
        return (
          <li key={j} className={litCol === j ? 'lit' : undefined} onMouseEnter={() => onHover(j)}>
            <span
              className={flag ? 'word unknown' : 'word'}
              title={flag?.hint || undefined}
              lang={lang}
              style={a !== undefined ? { background: alphaColor(a), color: alphaText(a) } : undefined}
            >
              {w}
            </span>
            {flag && <span className="hint">{flag.hint || '?'}</span>}
            {a !== undefined && <span className="weight">{a.toFixed(2)}</span>}
            {h?.[j] && <VectorStrip values={h[j]!} color={vector} columns={16} cell={2} />}
          </li>
        );
      })}
    </ol>
  );
}
