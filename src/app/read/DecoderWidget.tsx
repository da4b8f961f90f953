/**
 * Sections 2 and 5: one model decoding step by step — its output so far, and the step panel (section 2:
 * the plain model's one C and its candidates; section 5: C_i built from this step's α and h_j).
 */
import { ViewStepControls } from '../components/StepControls';
import { ViewStepPanel } from '../components/StepPanel';
import { TranslationView } from '../components/TranslationView';
import type { ExplorerState } from '../useExplorer';
import { TryIt } from './TryIt';
import { vector } from './vector';

export function DecoderWidget({ t, view, dispatch, explored: x, hint }: ExplorerState & { hint: string }) {
  const { main, step, current } = x;
  if (!main) return <p className="read-waiting">{t.read.waiting}</p>;
  return (
    <>
      <TranslationView
        id="translation"
        label={t.translation}
        tokens={main.tokens}
        visible={step}
        current={current}
        reference={null}
        litRow={x.activeRow}
        onHover={(row) => dispatch({ command: 'hover', cell: { row, col: null } })}
        lang="zh"
      />
      {current !== null && (
        <ViewStepPanel
          t={t}
          trace={main}
          index={current}
          source={x.sourceLabels}
          vector={vector}
          sourceLang="en"
          targetLang="zh"
          dispatch={dispatch}
        />
      )}
      <TryIt title={t.read.tryIt} hint={hint}>
        <ViewStepControls t={t} step={step} total={x.total} playing={view.playing} dispatch={dispatch} />
      </TryIt>
    </>
  );
}
