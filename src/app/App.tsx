/** The explorer: the article's story top to bottom, every view linked, every number from the running models. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { taskIds, tasks } from '../data/tasks';
import type { Cell } from '../viz/Heatmap';
import { vectorColor } from '../viz/scales';
import { DistractedView } from './components/DistractedView';
import { RadioGroup } from './components/RadioGroup';
import { SentenceInput } from './components/SentenceInput';
import { SourceChips } from './components/SourceChips';
import { StepControls } from './components/StepControls';
import { StepPanel } from './components/StepPanel';
import { TranslationView } from './components/TranslationView';
import { examples } from './examples';
import { dictionaries } from './i18n';
import { modes, readEmbedOptions, readUrl, writeUrl, defaultText, type ViewState } from './urlState';
import type { Command } from '../embed/protocol';
import { ShareDialog } from './components/ShareDialog';
import { useAccuracy } from './useAccuracy';
import { useOffline } from './useOffline';
import { useProjectorKeys } from './useProjectorKeys';
import { lesson } from './lesson';
import { LessonBar, ProjectorOverlays } from './components/ProjectorChrome';
import { useRuntime } from './useRuntime';
import { useTranslation } from './useTranslation';
import { useEmbedEvents } from './useEmbedEvents';
import { goldAgreement } from './gold';
import { AccuracySection } from './components/AccuracySection';
import { AppFooter } from './components/AppFooter';
import { AttentionBlock } from './components/AttentionBlock';
import { LoadStatus } from './components/LoadStatus';

/** h_j and C_i are GRU states, so every component lies in [−1, 1]: one fixed scale for every strip. */
const vector = vectorColor(1);
const none: Cell = { row: null, col: null };

export function App() {
  const [view, setViewState] = useState<ViewState>(() => readUrl(location.search, console.warn));
  const setView = useCallback((patch: Partial<ViewState>) => setViewState((v) => ({ ...v, ...patch })), []);
  const [hover, setHover] = useState<Cell>(none);
  const [pinned, setPinned] = useState<Cell | null>(null);
  const [playing, setPlaying] = useState(false);
  const [blank, setBlank] = useState(false);
  const [help, setHelp] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [forcedBackend] = useState(() => new URLSearchParams(location.search).get('backend'));
  const [embed] = useState(() => readEmbedOptions(location.search, console.warn));

  const t = dictionaries[view.lang];
  const task = tasks[view.task];
  const [halfFloat] = useState(() => new URLSearchParams(location.search).get('gpu') === 'f16');
  const rt = useRuntime(view.task, ['webgl', 'wasm', 'cpu'].includes(forcedBackend ?? '') ? forcedBackend : null, halfFloat);
  const tr = useTranslation(rt, view.task, view.text);
  const acc = useAccuracy(view.task, rt);
  const offline = useOffline(!embed.embed);

  // The widget keeps its own URL (its embed options live there); the standalone app mirrors its view.
  useEffect(() => {
    if (!embed.embed) history.replaceState(null, '', writeUrl(view));
  }, [view, embed.embed]);
  useEffect(() => {
    document.documentElement.lang = view.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${t.title} — ${t.tasks[view.task]}`;
  }, [view.lang, view.task, t]);

  const srcTokens = tr.check.kind === 'empty' || tr.check.kind === 'too-long' ? [] : tr.check.tokens.tokens;
  /** Source tokens as labels: a space (dates are read character by character) shows as ␣. */
  const srcLabels = srcTokens.map((tok) => (tok === ' ' ? '␣' : tok));
  const fresh = (tokens?: string[]) => !!tokens && tokens.join(' ') === srcTokens.join(' ');
  const attention = fresh(tr.traces.attention?.source) ? tr.traces.attention! : null;
  const distracted = fresh(tr.traces.distracted?.source) ? tr.traces.distracted! : null;
  const main = view.mode === 'distracted' ? distracted : attention;
  const n = main?.tokens.length ?? 0;
  const step = Math.min(view.step ?? n, n);
  const current = step > 0 ? step - 1 : null;
  const focus = pinned ?? hover;
  const activeRow = focus.row ?? current;
  const reference = tr.check.kind === 'ok' ? tr.check.reference : null;
  const sourceLang = view.task === 'en-zh' ? 'en' : undefined;
  const targetLang = view.task === 'en-zh' ? 'zh' : undefined;

  useEffect(() => {
    if (!playing || step >= n) return;
    const id = setTimeout(() => {
      setView({ step: step + 1 });
      if (step + 1 >= n) setPlaying(false);
    }, 700);
    return () => clearTimeout(id);
  }, [playing, step, n, setView]);

  const gold = useMemo(
    () => (view.gold && tr.check.kind === 'ok' && attention ? goldAgreement(attention, tr.check.reference, tr.check.links) : null),
    [view.gold, tr.check, attention],
  );

  const differs = useMemo(() => {
    if (!attention || !distracted) return new Set<number>();
    const len = Math.max(attention.tokens.length, distracted.tokens.length);
    return new Set(Array.from({ length: len }, (_, i) => i).filter((i) => attention.tokens[i] !== distracted.tokens[i]));
  }, [attention, distracted]);

  const goStep = (i: number) => {
    setPlaying(false);
    setView({ step: Math.max(1, Math.min(n, i)) });
  };
  const example = (k: number) => {
    const s = lesson[k];
    if (!s) return;
    setPinned(null);
    setView({ task: s.task, text: s.text, mode: s.mode, step: 1 });
  };
  useProjectorKeys({
    projector: view.projector,
    toggleProjector: () => setView({ projector: !view.projector }),
    leave: () => (setBlank(false), setHelp(false), setView({ projector: false })),
    next: () => goStep(step + 1),
    back: () => goStep(step - 1),
    first: () => goStep(1),
    last: () => goStep(n),
    cycleMode: () => setView({ mode: modes[(modes.indexOf(view.mode) + 1) % modes.length]! }),
    example,
    fullscreen: () => {
      const done = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen?.();
      Promise.resolve(done).catch(() => {
        setNote(t.fullscreenUnavailable);
        setTimeout(() => setNote(null), 4000);
      });
      if (!document.documentElement.requestFullscreen) setNote(t.fullscreenUnavailable);
    },
    blank: () => setBlank((b) => !b),
    help: () => setHelp((h) => !h),
  });

  const onText = (text: string) => {
    setPinned(null);
    setView({ text, step: null });
  };
  const onCommand = (c: Command) => {
    if (c.command === 'setText') onText(c.text);
    else if (c.command === 'setTask') setView({ task: c.task, text: defaultText[c.task], step: null });
    else if (c.command === 'setMode') setView({ mode: c.mode });
    else if (c.command === 'step') goStep(c.step === 'next' ? step + 1 : c.step === 'back' ? step - 1 : c.step);
    else if (c.command === 'play') {
      if (step >= n) setView({ step: 1 });
      setPlaying(true);
    } else if (c.command === 'pause') setPlaying(false);
    else if (c.command === 'setLang') setView({ lang: c.lang });
  };
  useEmbedEvents({
    enabled: embed.embed,
    autoplay: embed.autoplay,
    onCommand,
    onAutoplay: () => (setView({ step: 1 }), setPlaying(true)),
    view,
    load: rt.load,
    traces: { attention, distracted },
    step,
    total: n,
    error: tr.error,
  });

  const onPin = (c: Cell) => setPinned((p) => (p && p.row === c.row && p.col === c.col ? null : c));
  const chipWeights =
    view.mode !== 'distracted' && attention && activeRow !== null && activeRow < step ? (attention.steps[activeRow]?.alpha ?? null) : null;
  const summary = (trace: typeof attention) =>
    reference && trace
      ? `${trace.tokens.filter((tok, i) => reference[i] === tok).length} / ${Math.max(trace.tokens.length, reference.length)} ${t.right}`
      : undefined;

  return (
    <div
      className={`app mode-${view.mode} theme-${view.theme}${view.projector ? ' projector' : ''}${embed.embed ? ' embed' : ''}${embed.controls ? '' : ' no-controls'}`}
    >
      <header>
        <div className="brand">
          <h1 className={embed.embed ? 'sr-only' : undefined}>{t.title}</h1>
          <p className="tagline">{t.tagline}</p>
        </div>
        <div className="controls">
          <RadioGroup
            name="task"
            label={t.task}
            options={taskIds}
            value={view.task}
            labelOf={(o) => t.tasks[o]}
            onChange={(o) => (setPinned(null), setView({ task: o, text: defaultText[o], step: null }))}
          />
          <ShareDialog t={t} view={view} />
          <button
            type="button"
            className="projector-toggle"
            aria-pressed={view.projector}
            onClick={() => setView({ projector: !view.projector })}
            title={view.projector ? t.leaveProjector : t.projectorHint}
          >
            {t.projector}
          </button>
          {view.projector && (
            <RadioGroup
              name="theme"
              label={t.theme}
              options={['light', 'dark'] as const}
              value={view.theme}
              labelOf={(o) => t.themes[o]}
              onChange={(theme) => setView({ theme })}
            />
          )}
          <button
            type="button"
            className="lang"
            onClick={() => setView({ lang: view.lang === 'en' ? 'zh' : 'en' })}
            aria-label={t.switchLanguageLabel}
            lang={view.lang === 'en' ? 'zh' : 'en'}
          >
            {t.switchLanguage}
          </button>
        </div>
      </header>

      {offline.updateReady && (
        <div className="update" role="status">
          {t.offline.update}{' '}
          <button type="button" onClick={offline.update}>
            {t.offline.reload}
          </button>
        </div>
      )}
      <main>
        {view.projector && <LessonBar t={t} lang={view.lang} text={view.text} onExample={example} />}
        <SentenceInput
          t={t}
          task={task}
          text={view.text}
          onText={onText}
          examples={examples[view.task]}
          check={tr.check}
          checkedText={tr.checkedText}
        />

        <LoadStatus
          t={t}
          load={rt.load}
          taskName={t.tasks[view.task]}
          contextLost={rt.backend?.reason === 'context-lost'}
          onRetry={rt.retry}
        />

        <section className="output">
          <div className="output-head">
            <h2>{t.translation}</h2>
            <RadioGroup
              name="mode"
              label={t.model}
              options={modes}
              value={view.mode}
              labelOf={(o) => t.modes[o]}
              onChange={(mode) => setView({ mode })}
            />
          </div>
          {view.mode === 'both' ? (
            <div className="both-outputs">
              {[attention, distracted].map((trace, k) => (
                <div key={k} className={k ? 'side distracted-side' : 'side attention-side'}>
                  <h3>{k ? t.distractedSide : t.attentionSide}</h3>
                  <TranslationView
                    id={k ? 'translation-distracted' : 'translation'}
                    label={k ? `${t.translation} (${t.distractedSide})` : t.translation}
                    tokens={trace ? trace.tokens.map((x) => x) : []}
                    visible={step}
                    current={current}
                    reference={reference}
                    differs={differs}
                    litRow={activeRow}
                    onHover={(row) => setHover({ row, col: null })}
                    lang={targetLang}
                    summary={summary(trace)}
                  />
                </div>
              ))}
            </div>
          ) : (
            <TranslationView
              id="translation"
              label={t.translation}
              tokens={main?.tokens ?? []}
              visible={step}
              current={current}
              reference={null}
              litRow={activeRow}
              onHover={(row) => setHover({ row, col: null })}
              lang={targetLang}
            />
          )}
          {reference && view.mode !== 'both' && (
            <p className="reference">
              {t.reference}: <span lang={targetLang}>{task.showTarget(reference)}</span>
            </p>
          )}
          {main && n > 0 && (
            <StepControls
              t={t}
              step={step}
              total={n}
              playing={playing}
              onStep={(i) => (setPlaying(false), setView({ step: i }))}
              onPlay={(on) => (on && step >= n && setView({ step: 1 }), setPlaying(on))}
            />
          )}
        </section>

        <section className="source-section" aria-label={t.sourceWords}>
          <h2>{t.sourceWords}</h2>
          <SourceChips
            unknown={
              tr.check.kind === 'unknown'
                ? tr.check.unknown.map((u) => ({
                    index: u.index,
                    hint: u.suggestions.length ? `${t.messages.didYouMean} ${u.suggestions.join(', ')}?` : '',
                  }))
                : []
            }
            tokens={srcLabels}
            h={attention?.h ?? null}
            weights={chipWeights}
            litCol={focus.col}
            onHover={(col) => setHover({ row: hover.row, col })}
            vector={vector}
            lang={sourceLang}
            label={t.sourceWords}
          />
        </section>

        <div className="workbench">
          <section className="matrix">
            {view.mode !== 'distracted' && attention && (
              <AttentionBlock
                t={t}
                task={view.task}
                text={view.text}
                title={`${t.heatmap} — ${task.showSource(srcTokens)} → ${task.showTarget(attention.tokens)}`}
                trace={attention}
                source={srcLabels}
                visible={view.mode === 'both' ? attention.tokens.length : step}
                current={view.mode === 'both' ? null : current}
                focus={focus}
                onFocus={setHover}
                onPin={onPin}
                guided={rt.load.phase === 'ready' && rt.load.guided > 0}
                gold={gold}
                showGold={view.gold}
                goldAvailable={tr.check.kind === 'ok'}
                onShowGold={(on) => setView({ gold: on })}
                sourceLang={sourceLang}
                targetLang={targetLang}
              />
            )}
            {view.mode !== 'attention' && distracted && (
              <DistractedView
                title={t.distractedTitle}
                caption={t.distractedCaption}
                target={distracted.tokens}
                context={distracted.steps[0]?.context ?? []}
                visible={view.mode === 'both' ? distracted.tokens.length : step}
                current={view.mode === 'both' ? null : current}
                litRow={activeRow}
                onHover={(row) => setHover({ row, col: null })}
                vector={vector}
                lang={targetLang}
              />
            )}
          </section>
          {main && current !== null && view.mode !== 'both' && (
            <StepPanel
              t={t}
              step={main.steps[current]!}
              index={current}
              source={srcLabels}
              h={main.h}
              vector={vector}
              sourceLang={sourceLang}
              targetLang={targetLang}
              onHoverSource={(col) => setHover({ row: null, col })}
            />
          )}
        </div>

        <AccuracySection
          t={t}
          accuracy={acc.accuracy}
          progress={acc.progress}
          ready={rt.load.phase === 'ready'}
          onRemeasure={() => void acc.remeasure()}
        />
      </main>

      <ProjectorOverlays t={t} help={help} onCloseHelp={() => setHelp(false)} blank={blank} onUnblank={() => setBlank(false)} note={note} />
      <AppFooter t={t} offline={offline.available ? offline : null} backend={rt.backend} onBackend={rt.switchBackend} />
    </div>
  );
}
