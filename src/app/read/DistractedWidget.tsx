/**
 * Section 3: the model without attention on a short sentence and on a long one, each marked against
 * the grammar's reference, and its picture: the same C on every row. The reader edits the long one.
 */
import { modelsOwn } from '../labView';
import type { Check } from '../../data/check';
import { scoreSentence } from '../../model/score';
import type { Trace } from '../../model/translate';
import { SentenceInput } from '../components/SentenceInput';
import { TranslationView } from '../components/TranslationView';
import type { Dict } from '../i18n';
import { isolated } from '../../viz/typedText';
import type { ExplorerState } from '../useExplorer';
import { useTraces } from '../useTraces';
import { ReadDistracted } from './ReadDistracted';
import { TryIt } from './TryIt';
import { articleSentence } from './sections';

function Verdict({
  t,
  id,
  title,
  source,
  trace,
  check,
}: {
  t: Dict;
  id: string;
  title: string;
  source: string;
  trace: Trace | null;
  check: Check;
}) {
  const reference = check.kind === 'ok' ? check.reference : null;
  const score = trace && check.kind === 'ok' ? scoreSentence(trace.tokens, trace.alpha, check.reference, check.links) : null;
  return (
    <div className="read-verdict">
      <h3>
        {title}: <q lang="en">{isolated(source)}</q>
      </h3>
      <TranslationView
        id={id}
        label={`${t.translation} (${t.distractedSide}) — ${title}`}
        tokens={trace?.tokens ?? []}
        visible={trace?.tokens.length ?? 0}
        current={null}
        reference={reference}
        litRow={null}
        onHover={() => {}}
        lang="zh"
        summary={score ? `${score.correctTokens} / ${score.tokens} ${t.right}` : undefined}
      />
      {reference && (
        <p className="reference">
          {t.reference}: <span lang="zh">{reference.join(' ')}</span>
        </p>
      )}
    </div>
  );
}

export function DistractedWidget({ t, view, dispatch, task, check, checkedText, runtime, explored: x }: ExplorerState) {
  const short = useTraces(runtime, 'en-zh', articleSentence, modelsOwn);
  const words = t.read.sections.distracted;
  return (
    <>
      <div className="read-verdicts">
        <Verdict
          t={t}
          id="translation-short"
          title={words.short}
          source={articleSentence}
          trace={short.traces.distracted ?? null}
          check={short.check}
        />
        <Verdict t={t} id="translation" title={words.this} source={checkedText} trace={x.distracted} check={check} />
      </div>
      {x.distracted && <ReadDistracted t={t} trace={x.distracted} caption="" litRow={x.activeRow} dispatch={dispatch} />}
      <TryIt title={t.read.tryIt} hint={words.tryIt}>
        <SentenceInput
          t={t}
          task={task}
          text={view.text}
          onText={(text) => dispatch({ command: 'setText', text })}
          examples={[]}
          check={check}
          checkedText={checkedText}
        />
      </TryIt>
    </>
  );
}
