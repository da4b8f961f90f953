/** Says plainly when what is on screen is not the shipped model's own work: a snapshot, or an intervention in α. */
import type { Dict } from '../i18n';
import { formatNumber } from '../i18n/number';
import type { LabView } from '../labView';
import type { StopInfo } from '../runtime/snapshots';
import { typedWord } from '../../viz/typedText';

interface Props {
  t: Dict;
  lab: LabView;
  /** Where the model on screen is on its timeline (null: the shipped weights, no snapshot asked for). */
  at: StopInfo | null;
  /** The attention model is on screen (the rule and forced cells apply only to it). */
  attention: boolean;
  /** Source words and output tokens as shown, to name forced cells. */
  source: readonly string[];
}

export function LabBanner({ t, lab, at, attention, source }: Props) {
  const lines: string[] = [];
  if (at && !at.shipped) lines.push(t.lab.snapshotBanner(formatNumber(at.percent), formatNumber(at.step)));
  if (attention) {
    if (lab.rule !== 'learned') lines.push(t.lab.ruleBanner(t.lab.rules[lab.rule]));
    else if (lab.beta !== 1) lines.push(t.lab.betaBanner(t.lab.betaValue(lab.beta.toFixed(1))));
    if (lab.forced.length)
      lines.push(
        t.lab.forcedBanner(lab.forced.map((f) => t.lab.forcedCell(String(f.row + 1), typedWord(source[f.col] ?? '?'))).join(', ')),
      );
  }
  if (!lines.length) return null;
  return (
    <div className="lab-banner" role="status">
      {lines.map((l) => (
        <p key={l}>{l}</p>
      ))}
    </div>
  );
}
