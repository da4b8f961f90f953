/** Section 1: the encoder reads the sentence into one state h_j per word; the reader types their own. */
import { examples } from '../examples';
import { SentenceInput } from '../components/SentenceInput';
import { SourceChips } from '../components/SourceChips';
import type { ExplorerState } from '../useExplorer';
import { TryIt } from './TryIt';
import { vector } from './vector';

export function EncoderWidget({ t, view, dispatch, task, check, checkedText, explored: x }: ExplorerState) {
  return (
    <>
      <SourceChips
        unknown={[]}
        tokens={x.sourceLabels}
        h={x.attention?.h ?? null}
        weights={null}
        litCol={x.highlight.col}
        onHover={(col) => dispatch({ command: 'hover', cell: { row: null, col } })}
        vector={vector}
        lang="en"
        label={t.sourceWords}
      />
      <TryIt title={t.read.tryIt} hint={t.read.sections.selective.tryIt}>
        <SentenceInput
          t={t}
          task={task}
          text={view.text}
          onText={(text) => dispatch({ command: 'setText', text })}
          examples={examples['en-zh'].slice(0, 4)}
          check={check}
          checkedText={checkedText}
        />
      </TryIt>
    </>
  );
}
