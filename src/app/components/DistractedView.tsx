/** In place of α: the distracted model's one fixed C, drawn on every output row — the picture is the argument. */
import { VectorStrip } from '../../viz/VectorStrip';

interface Props {
  title: string;
  caption: string;
  target: readonly string[];
  context: readonly number[];
  visible: number;
  current: number | null;
  litRow: number | null;
  onHover: (row: number | null) => void;
  vector: (v: number) => string;
  lang?: string;
}

export function DistractedView({ title, caption, target, context, visible, current, litRow, onHover, vector, lang }: Props) {
  return (
    <figure className="distracted" aria-label={title}>
      <figcaption>
        <strong>{title}</strong>
        <span>{caption}</span>
      </figcaption>
      <ol onMouseLeave={() => onHover(null)}>
        {target.map((tok, i) => (
          <li
            key={i}
            className={[i === current ? 'current' : '', litRow === i ? 'lit' : '', i < visible ? '' : 'pending'].join(' ')}
            onMouseEnter={() => onHover(i)}
          >
            <span className="row-label" lang={lang}>
              {tok}
            </span>
            {i < visible && <VectorStrip values={context} color={vector} columns={64} cell={3} />}
          </li>
        ))}
      </ol>
    </figure>
  );
}
