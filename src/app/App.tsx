/** The explorer: the article's story top to bottom, every view linked, every number from the running models. */
import { modes } from '../core/choices';
import { vectorColor } from '../viz/scales';
import { AccuracySection } from './components/AccuracySection';
import { AppShell } from './components/AppShell';
import { AttentionBlock } from './components/AttentionBlock';
import { CompareScores } from './components/CompareScores';
import { DistractedView } from './components/DistractedView';
import { LoadStatus } from './components/LoadStatus';
import { LessonBar } from './components/ProjectorChrome';
import { RadioGroup } from './components/RadioGroup';
import { SentenceInput } from './components/SentenceInput';
import { SourceChips } from './components/SourceChips';
import { ViewStepControls } from './components/StepControls';
import { ViewStepPanel } from './components/StepPanel';
import { TranslationView } from './components/TranslationView';
import { examples } from './examples';
import { LabBanner } from './lab/LabBanner';
import { LivePanel } from './lab/LivePanel';
import { Timeline } from './lab/Timeline';
import { WhatIf } from './lab/WhatIf';
import { ReadMode } from './read/ReadMode';
import { PredictPanel } from './quiz/PredictPanel';
import { roundOver } from './quiz/round';
import { hasScores, scores } from './scores';
import './projectorFit.css';
import './compare.css';
import { useExplorer, type ExplorerState } from './useExplorer';

/** h_j and C_i are GRU states, so every component lies in [−1, 1]: one fixed scale for every strip. */
const vector = vectorColor(1);

export function App() {
  return <Explorer {...useExplorer()} />;
}

/** The page, laid out from the explorer's state; every change goes through `dispatch`. */
export function Explorer(state: ExplorerState) {
  const { view, dispatch, t, task, check, checkedText, explored: x, lab, runtime: rt, accuracy } = state;
  if (view.read !== null)
    return (
      <AppShell {...state}>
        <ReadMode {...state} />
      </AppShell>
    );
  const { attention, distracted, main, highlight: shownHighlight, activeRow, reference } = x;
  // Predict, then look: words up to the row being guessed are written; α rows show once revealed.
  const { round } = view;
  const guessing = view.quiz && view.mode !== 'distracted' && !!attention && !roundOver(round, attention.tokens.length);
  const step = guessing ? round.row + 1 : x.step;
  const current = guessing ? round.row : x.current;
  const highlight = guessing ? { row: round.row, col: round.guess } : shownHighlight;
  // A widget embedded with controls=0 shows the views alone: no control of any kind (the host drives it).
  const controls = !state.launch.embed.embed || state.launch.embed.controls;
  const sourceLang = view.task === 'en-zh' ? 'en' : undefined;
  const targetLang = view.task === 'en-zh' ? 'zh' : undefined;
  // The row a forced cell goes into: the pinned one, else the step on screen.
  const labRow = (view.pinned ? highlight.row : null) ?? current;
  const hoverRow = (row: number | null) => dispatch({ command: 'hover', cell: { row, col: null } });
  // Tasks with an attention model per score (dates): pick one, or compare all three.
  const scored = hasScores(view.task);
  const comparing = scored && view.compare;
  const summary = (k: 'attention' | 'distracted') => {
    const s = x.scores[k];
    return s ? `${s.correctTokens} / ${s.tokens} ${t.right}` : undefined;
  };

  return (
    <AppShell {...state}>
      <main>
        {view.projector && (
          <LessonBar t={t} lang={view.lang} text={view.text} onExample={(index) => dispatch({ command: 'example', index })} />
        )}
        <SentenceInput
          t={t}
          task={task}
          text={view.text}
          onText={(text) => dispatch({ command: 'setText', text })}
          examples={examples[view.task]}
          check={check}
          checkedText={checkedText}
        />

        <LoadStatus
          t={t}
          load={rt.load}
          taskName={t.tasks[view.task]}
          contextLost={rt.backend?.reason === 'context-lost'}
          onRetry={rt.retry}
          translation={view.snapshot === null ? state.translation : undefined}
        />

        <section className="output">
          <LabBanner
            t={t}
            lab={view.lab}
            at={lab.at[view.mode === 'distracted' ? 'distracted' : 'attention']}
            attention={view.mode !== 'distracted'}
            source={x.sourceLabels}
          />
          <div className="output-head">
            <h2>{t.translation}</h2>
            <div className="output-tools">
              {controls && (
                <button
                  type="button"
                  className="predict-toggle"
                  aria-pressed={view.quiz}
                  title={t.predict.buttonHint}
                  onClick={() => dispatch({ command: 'setQuiz', on: !view.quiz })}
                >
                  {t.predict.button}
                </button>
              )}
              <RadioGroup
                name="mode"
                label={t.model}
                options={modes}
                value={view.mode}
                labelOf={(o) => t.modes[o]}
                onChange={(mode) => dispatch({ command: 'setMode', mode })}
              />
            </div>
          </div>
          {scored && controls && (
            <div className="score-tools">
              <RadioGroup
                name="score"
                label={t.score.label}
                options={scores}
                value={view.score}
                labelOf={(o) => t.score.names[o]}
                onChange={(score) => dispatch({ command: 'setScore', score })}
              />
              <button
                type="button"
                className="compare-toggle"
                aria-pressed={view.compare}
                title={t.score.compareHint}
                onClick={() => dispatch({ command: 'setCompare', on: !view.compare })}
              >
                {t.score.compare}
              </button>
            </div>
          )}
          {view.mode === 'both' ? (
            <div className="both-outputs">
              {(['attention', 'distracted'] as const).map((k) => {
                const trace = k === 'attention' ? attention : distracted;
                const side = k === 'distracted';
                return (
                  <div key={k} className={side ? 'side distracted-side' : 'side attention-side'}>
                    <h3>{side ? t.distractedSide : t.attentionSide}</h3>
                    <TranslationView
                      id={side ? 'translation-distracted' : 'translation'}
                      label={side ? `${t.translation} (${t.distractedSide})` : t.translation}
                      tokens={(trace?.tokens ?? []).slice(0, guessing ? step : undefined)}
                      visible={step}
                      current={current}
                      reference={reference}
                      differs={x.differs}
                      litRow={activeRow}
                      onHover={hoverRow}
                      lang={targetLang}
                      summary={summary(k)}
                    />
                  </div>
                );
              })}
            </div>
          ) : (
            <TranslationView
              id="translation"
              label={t.translation}
              tokens={(main?.tokens ?? []).slice(0, guessing ? step : undefined)}
              visible={step}
              current={current}
              reference={null}
              litRow={activeRow}
              onHover={hoverRow}
              lang={targetLang}
            />
          )}
          {reference && view.mode !== 'both' && !guessing && (
            <p className="reference">
              {t.reference}: <span lang={targetLang}>{task.showTarget(reference)}</span>
            </p>
          )}
          {main && (check.kind === 'outside' || check.kind === 'unknown') && <p className="reference guess">{t.noReference}</p>}
          {main && x.total > 0 && !view.quiz && (
            <ViewStepControls t={t} step={step} total={x.total} playing={view.playing} dispatch={dispatch} />
          )}
        </section>

        <section className="source-section" aria-label={t.sourceWords}>
          <h2>{t.sourceWords}</h2>
          <SourceChips
            unknown={
              check.kind === 'unknown'
                ? check.unknown.map((u) => ({
                    index: u.index,
                    hint: u.suggestions.length ? `${t.messages.didYouMean} ${u.suggestions.join(', ')}?` : '',
                  }))
                : []
            }
            tokens={x.sourceLabels}
            h={attention?.h ?? null}
            weights={guessing ? null : x.chipWeights}
            litCol={highlight.col}
            onHover={(col) => dispatch({ command: 'hover', cell: { row: view.hover.row, col } })}
            vector={vector}
            lang={sourceLang}
            label={t.sourceWords}
          />
        </section>

        <div className="workbench">
          <section className="matrix">
            {comparing && (
              <CompareScores
                t={t}
                compared={state.compared}
                step={x.step}
                current={x.current}
                highlight={highlight}
                onHover={(cell) => dispatch({ command: 'hover', cell })}
                onPin={(cell) => dispatch({ command: 'pin', cell })}
                logScale={view.lab.logScale}
                fit={view.projector}
                showTarget={task.showTarget}
              />
            )}
            {!comparing && view.mode !== 'distracted' && attention && (
              <AttentionBlock
                t={t}
                task={view.task}
                text={view.text}
                title={`${t.heatmap} — ${task.showSource(x.sourceTokens)} → ${task.showTarget(attention.tokens)}`}
                trace={attention}
                visible={guessing ? round.row + (round.revealed ? 1 : 0) : view.mode === 'both' ? attention.tokens.length : step}
                current={guessing || view.mode !== 'both' ? current : null}
                highlight={highlight}
                onHover={(cell) => dispatch({ command: 'hover', cell })}
                onPin={(cell) => dispatch(guessing && cell.col !== null ? { command: 'guess', col: cell.col } : { command: 'pin', cell })}
                labelsShown={guessing ? round.row + 1 : undefined}
                onColumn={guessing ? (col) => dispatch({ command: 'guess', col }) : undefined}
                fit={view.projector}
                guided={rt.load.phase === 'ready' && rt.load.guided > 0}
                gold={x.gold}
                showGold={view.gold}
                goldAvailable={check.kind === 'ok'}
                onShowGold={(gold) => dispatch({ command: 'setGold', gold })}
                logScale={view.lab.logScale}
                onLogScale={(on) => dispatch({ command: 'setLogScale', on })}
                sourceLang={sourceLang}
                targetLang={targetLang}
              />
            )}
            {!comparing && view.mode !== 'attention' && distracted && (
              <DistractedView
                title={t.distractedTitle}
                caption={t.distractedCaption}
                target={distracted.tokens}
                context={distracted.steps[0]?.context ?? []}
                visible={view.mode === 'both' ? distracted.tokens.length : step}
                current={view.mode === 'both' ? null : current}
                litRow={activeRow}
                onHover={hoverRow}
                vector={vector}
                lang={targetLang}
              />
            )}
            {controls && rt.load.phase === 'ready' && (
              <Timeline
                t={t}
                stops={lab.stops}
                snapshot={view.snapshot}
                playing={view.lab.timelinePlaying}
                pending={lab.pending}
                onSnapshot={(snapshot) => dispatch({ command: 'setSnapshot', snapshot })}
                onPlay={(on) => dispatch({ command: 'playTimeline', on })}
                failure={view.snapshot === null ? undefined : state.translation}
              />
            )}
            {controls && view.mode !== 'distracted' && attention && (
              <WhatIf
                t={t}
                lab={view.lab}
                source={x.sourceLabels}
                row={labRow === null ? null : { index: labRow, token: attention.labels.target[labRow] ?? '</s>' }}
                sourceLang={sourceLang}
                dispatch={dispatch}
              />
            )}
          </section>
          {view.quiz && (
            <PredictPanel
              t={t}
              round={round}
              trace={attention}
              distracted={view.mode === 'distracted'}
              check={check}
              dispatch={dispatch}
              sourceLang={sourceLang}
              targetLang={targetLang}
            />
          )}
          {main && current !== null && view.mode !== 'both' && !view.quiz && !comparing && (
            <ViewStepPanel
              t={t}
              trace={main}
              index={current}
              source={x.sourceLabels}
              vector={vector}
              sourceLang={sourceLang}
              targetLang={targetLang}
              dispatch={dispatch}
            />
          )}
        </div>

        {controls && <LivePanel t={t} live={view.lab.live} dispatch={dispatch} trainer={state.trainer} />}

        <AccuracySection
          t={t}
          accuracy={accuracy.accuracy}
          progress={accuracy.progress}
          ready={rt.load.phase === 'ready'}
          onRemeasure={() => void accuracy.remeasure()}
          failure={{ error: accuracy.error, onRetry: accuracy.retry }}
        />
      </main>
    </AppShell>
  );
}
