/** The page's frame around the explorer or the guided reading: header and controls, update notice, projector overlays, footer. */
import { useState, type ReactNode } from 'react';
import { taskIds } from '../../data/tasks';
import { hasScores } from '../scores';
import type { ExplorerState } from '../useExplorer';
import { AppFooter } from './AppFooter';
import { ProjectorOverlays } from './ProjectorChrome';
import { RadioGroup } from './RadioGroup';
import { ShareDialog } from './ShareDialog';

export function AppShell({ launch, view, dispatch, t, runtime: rt, offline, note, children }: ExplorerState & { children: ReactNode }) {
  // What the link asked for that could not be used is said once, in the page's language, until dismissed.
  const [linkShown, setLinkShown] = useState(launch.ignored.length > 0);
  const linkNote = linkShown ? t.linkIgnored(launch.ignored) : null;
  const dismissLinkNote = () => setLinkShown(false);
  return (
    <div
      className={`app mode-${view.mode} theme-${view.theme}${view.projector ? ' projector' : ''}${view.read !== null ? ' reading' : ''}${hasScores(view.task) ? ' scored' : ''}${view.compare && hasScores(view.task) ? ' comparing' : ''}${launch.embed.embed ? ' embed' : ''}${launch.embed.controls ? '' : ' no-controls'}`}
    >
      <header>
        <div className="brand">
          <h1 className={launch.embed.embed ? 'sr-only' : undefined}>{t.title}</h1>
          <p className="tagline">{t.tagline}</p>
        </div>
        <div className="controls">
          <RadioGroup
            name="task"
            label={t.task}
            options={taskIds}
            value={view.task}
            labelOf={(o) => t.tasks[o]}
            onChange={(task) => dispatch({ command: 'setTask', task })}
          />
          <ShareDialog t={t} view={view} base={launch.base} />
          <button
            type="button"
            className="read-toggle"
            aria-pressed={view.read !== null}
            onClick={() => dispatch({ command: 'setRead', section: view.read !== null ? null : 1 })}
            title={view.read !== null ? t.read.leave : t.read.buttonHint}
          >
            {t.read.button}
          </button>
          <button
            type="button"
            className="projector-toggle"
            aria-pressed={view.projector}
            onClick={() => dispatch({ command: 'toggle', what: 'projector' })}
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
              onChange={(theme) => dispatch({ command: 'setTheme', theme })}
            />
          )}
          <button type="button" className="lang" onClick={() => dispatch({ command: 'setLang', lang: view.lang === 'en' ? 'zh' : 'en' })}>
            {/* The name holds the visible word (WCAG 2.5.3, label in name), each part in its own language. */}
            <span lang={view.lang === 'en' ? 'zh' : 'en'}>{t.switchLanguage}</span>
            <span className="sr-only"> — {t.switchLanguageLabel}</span>
          </button>
        </div>
      </header>

      {linkNote && (
        <div className="update link-note" role="status">
          {linkNote}{' '}
          <button type="button" onClick={dismissLinkNote}>
            {t.dismiss}
          </button>
        </div>
      )}
      {offline.updateReady && (
        <div className="update" role="status">
          {t.offline.update}{' '}
          <button type="button" onClick={offline.update}>
            {t.offline.reload}
          </button>
        </div>
      )}
      {children}

      <ProjectorOverlays
        t={t}
        help={view.help}
        onCloseHelp={() => dispatch({ command: 'toggle', what: 'help', on: false })}
        blank={view.blank}
        onUnblank={() => dispatch({ command: 'toggle', what: 'blank', on: false })}
        note={note}
      />
      <AppFooter
        t={t}
        offline={offline.available ? offline : null}
        insecure={offline.insecure}
        backend={rt.backend}
        onBackend={rt.switchBackend}
      />
    </div>
  );
}
