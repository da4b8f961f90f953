/**
 * Train live: a heading and the button that opens it; open, the panel itself (LiveBody.tsx, loaded
 * then: most visits never open it).
 */
import { lazy, Suspense, useState } from 'react';
import { LoadBoundary } from '../components/LoadBoundary';
import type { Dict } from '../i18n';
import type { LiveView } from '../labView';
import type { ViewCommand } from '../commands';
import type { TrainerHub } from './trainerHub';

const LiveBody = lazy(() => import('./LiveBody'));

interface Props {
  t: Dict;
  live: LiveView;
  dispatch: (c: ViewCommand) => void;
  trainer: TrainerHub;
}

export function LivePanel({ t, live, dispatch, trainer }: Props) {
  const l = t.live;
  // Once opened, the body stays mounted (hidden when closed): its worker and run outlive a close.
  const [opened, setOpened] = useState(false);
  if (live.open && !opened) setOpened(true);
  return (
    <section className={live.open ? 'live open' : 'live'} aria-labelledby="live-title">
      <div className="live-head">
        <h2 id="live-title">{l.title}</h2>
        <button
          type="button"
          className={live.open ? 'live-open on' : 'live-open'}
          aria-expanded={live.open}
          aria-controls="live-body"
          title={l.openHint}
          onClick={() => dispatch({ command: 'setLive', open: !live.open })}
        >
          {live.open ? l.close : l.open}
        </button>
      </div>
      {!live.open && <p className="caption">{l.openHint}</p>}
      {opened && (
        // A browser won't fetch a module that failed again: the way back is a reload (the address keeps the view).
        <LoadBoundary
          fallback={(e) => (
            <p role="alert" className="caption">
              {l.unavailable(e.message)}{' '}
              <button type="button" onClick={() => location.reload()}>
                {l.reload}
              </button>
            </p>
          )}
        >
          <Suspense fallback={<p className="caption">…</p>}>
            <LiveBody t={t} live={live} dispatch={dispatch} trainer={trainer} />
          </Suspense>
        </LoadBoundary>
      )}
    </section>
  );
}
