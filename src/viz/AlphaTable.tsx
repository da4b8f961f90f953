/** The α matrix as a plain data table: the accessible, copyable alternative to the heatmap. */
interface Props {
  source: readonly string[];
  target: readonly string[];
  alpha: readonly (readonly number[])[];
  caption: string;
  corner: string;
  sourceLang?: string;
  targetLang?: string;
}

export function AlphaTable({ source, target, alpha, caption, corner, sourceLang, targetLang }: Props) {
  return (
    <table className="alpha-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{corner}</th>
          {source.map((w, j) => (
            <th key={j} scope="col" lang={sourceLang}>
              {w}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {target.map((tok, i) => (
          <tr key={i}>
            <th scope="row" lang={targetLang}>
              {tok}
            </th>
            {source.map((_, j) => (
              <td key={j}>{(alpha[i]?.[j] ?? 0).toFixed(3)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
