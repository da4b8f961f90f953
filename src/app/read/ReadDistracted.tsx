/** The distracted model's picture in the guided reading: its one C on every row of its whole translation, linked to the view's hover. */
import type { Trace } from '../../model/translate';
import { DistractedView } from '../components/DistractedView';
import type { Dict } from '../i18n';
import type { ViewCommand } from '../commands';
import { vector } from './vector';

interface Props {
  t: Dict;
  trace: Trace;
  caption: string;
  /** The output row lit by the view's hover. */
  litRow: number | null;
  dispatch: (c: ViewCommand) => void;
}

export function ReadDistracted({ t, trace, caption, litRow, dispatch }: Props) {
  return (
    <DistractedView
      title={t.distractedTitle}
      caption={caption}
      target={trace.tokens}
      context={trace.steps[0]?.context ?? []}
      visible={trace.tokens.length}
      current={null}
      litRow={litRow}
      onHover={(row) => dispatch({ command: 'hover', cell: { row, col: null } })}
      vector={vector}
      lang="zh"
    />
  );
}
