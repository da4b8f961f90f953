/**
 * The α matrix as a keyboard-navigable ARIA grid: rows are output tokens, columns source tokens, each
 * cell coloured by α on the fixed cividis scale. Rows not decoded yet are empty; the current step's
 * row is outlined; gold-aligned cells are outlined when asked. Hover, focus and click report the cell.
 * For a guessing exercise, the labels of rows not written yet can be hidden ("?") and a click on a
 * column header reported.
 */
import { useRef, type KeyboardEvent } from 'react';
import { alphaColor, alphaPosition, alphaText, formatAlpha } from './scales';

export interface Cell {
  row: number | null;
  col: number | null;
}

interface Props {
  source: readonly string[];
  target: readonly string[];
  alpha: readonly (readonly number[])[];
  /** Rows 1…visible are decoded; the rest show empty. */
  visible: number;
  /** 0-based row to outline (the current step). */
  current: number | null;
  /** The hovered or pinned cell: its row and column light up. */
  highlight: Cell;
  onHover: (cell: Cell) => void;
  onPin: (cell: Cell) => void;
  gold?: ReadonlySet<string> | null;
  showValues: boolean;
  label: string;
  cellLabel: (target: string, source: string, value: string) => string;
  targetLang: string;
  sourceLang: string;
  /** Names the corner header: what the rows and columns are. */
  corner: string;
  /** Colour by log α (small weights become visible) instead of α. */
  logScale?: boolean;
  /** Row labels from this index on show "?" (output words not written yet); absent: all shown. */
  labelsShown?: number;
  /** A click on a source word's column header (absent: headers only report hover). */
  onColumn?: (col: number) => void;
}

export function Heatmap({
  source,
  target,
  alpha,
  visible,
  current,
  highlight,
  onHover,
  onPin,
  gold,
  showValues,
  label,
  cellLabel,
  targetLang,
  sourceLang,
  corner,
  logScale = false,
  labelsShown = target.length,
  onColumn,
}: Props) {
  const table = useRef<HTMLTableElement>(null);
  const active = { row: highlight.row ?? current ?? 0, col: highlight.col ?? 0 };

  const move = (e: KeyboardEvent, row: number, col: number) => {
    const to = {
      ArrowUp: [row - 1, col],
      ArrowDown: [row + 1, col],
      ArrowLeft: [row, col - 1],
      ArrowRight: [row, col + 1],
      // The ARIA grid pattern's keys: Home/End along the row; with Ctrl, the first and last cell of
      // the grid; PageUp/PageDown five rows at a time.
      Home: e.ctrlKey ? [0, 0] : [row, 0],
      End: e.ctrlKey ? [target.length - 1, source.length - 1] : [row, source.length - 1],
      PageUp: [row - 5, col],
      PageDown: [row + 5, col],
    }[e.key];
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onPin({ row, col });
      return;
    }
    if (!to) return;
    e.preventDefault();
    const [r, c] = [Math.max(0, Math.min(target.length - 1, to[0]!)), Math.max(0, Math.min(source.length - 1, to[1]!))];
    table.current?.querySelector<HTMLElement>(`[data-cell="${r}-${c}"]`)?.focus();
  };

  return (
    <table
      ref={table}
      role="grid"
      aria-label={label}
      className="heatmap"
      aria-rowcount={target.length + 1}
      onMouseLeave={() => onHover({ row: null, col: null })}
    >
      <thead>
        <tr>
          <th scope="col" className="corner">
            <span className="sr-only">{corner}</span>
          </th>
          {source.map((w, j) => (
            <th
              key={j}
              scope="col"
              lang={sourceLang}
              className={highlight.col === j ? 'lit' : undefined}
              onMouseEnter={() => onHover({ row: null, col: j })}
              onClick={onColumn && (() => onColumn(j))}
            >
              <span>{w}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {target.map((word, i) => {
          const decoded = i < visible;
          const tok = i < labelsShown ? word : '?';
          return (
            <tr key={i} className={[i === current ? 'current' : '', highlight.row === i ? 'lit' : '', decoded ? '' : 'pending'].join(' ')}>
              <th scope="row" lang={targetLang} onMouseEnter={() => onHover({ row: i, col: null })}>
                {tok}
              </th>
              {source.map((w, j) => {
                const a = alpha[i]?.[j] ?? 0;
                const at = alphaPosition(a, logScale);
                const isGold = gold?.has(`${i},${j}`) ?? false;
                return (
                  <td
                    key={j}
                    role="gridcell"
                    data-cell={`${i}-${j}`}
                    tabIndex={active.row === i && active.col === j ? 0 : -1}
                    aria-label={decoded ? cellLabel(tok, w, formatAlpha(a)) : cellLabel(tok, w, '—')}
                    className={[isGold ? 'gold' : '', highlight.col === j ? 'lit' : ''].join(' ')}
                    style={decoded ? { background: alphaColor(at), color: alphaText(at) } : undefined}
                    onMouseEnter={() => onHover({ row: i, col: j })}
                    onFocus={() => onHover({ row: i, col: j })}
                    onClick={() => onPin({ row: i, col: j })}
                    onKeyDown={(e) => move(e, i, j)}
                  >
                    {decoded && showValues ? formatAlpha(a) : ''}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
