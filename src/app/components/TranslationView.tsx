/**
 * The output tokens, hoverable, with right/wrong marks against the reference drawn by CSS (shape, not
 * only colour) so the element's text stays the translation itself; a summary line says it in words.
 */
interface Props {
  id?: string;
  label: string;
  tokens: readonly string[];
  visible: number;
  current: number | null;
  reference: readonly string[] | null;
  /** Positions where another model's output differs. */
  differs?: ReadonlySet<number>;
  litRow: number | null;
  onHover: (row: number | null) => void;
  lang?: string;
  summary?: string;
}

export function TranslationView({ id, label, tokens, visible, current, reference, differs, litRow, onHover, lang, summary }: Props) {
  return (
    <div className="translation" onMouseLeave={() => onHover(null)}>
      <output id={id} aria-label={label} lang={lang} className="tokens">
        {tokens.map((tok, i) => {
          const mark = reference && i < visible ? (reference[i] === tok ? 'right' : 'wrong') : '';
          const classes = [
            'tok',
            i >= visible ? 'pending' : '',
            i === current ? 'current' : '',
            litRow === i ? 'lit' : '',
            mark,
            differs?.has(i) ? 'differs' : '',
          ];
          return (
            <span key={i} className={classes.join(' ')} onMouseEnter={() => onHover(i)}>
              {tok}
            </span>
          );
        })}
      </output>
      {summary && <p className="summary">{summary}</p>}
    </div>
  );
}
