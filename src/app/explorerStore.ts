/**
 * The explorer's store, wired to the page: events go to the host page (the embed bridge plugs in while
 * embedded), timers are the window's, Train live's worker is a hub made with the store,
 * and full screen is the document's.
 */
import type { WidgetEvent } from '../embed/protocol';
import { trainerHub, type TrainerHub } from './lab/trainerHub';
import { runner } from './runner';
import { createStore, type Store } from './store';
import type { Launch } from './urlState';
import { initialView } from './view';

export interface ExplorerStore {
  store: Store;
  trainer: TrainerHub;
  /** Where events for the host go: the embed bridge plugs in while it is connected (null unplugs). */
  plugHost: (send: ((e: WidgetEvent) => void) | null) => void;
  /** What to do when the browser refuses full screen. */
  onFullscreenFailed: (f: () => void) => void;
}

export function explorerStore(launch: Launch): ExplorerStore {
  let post = (_: WidgetEvent) => {};
  let fullscreenFailed = () => {};
  const trainer = trainerHub(() => store.dispatch({ command: 'trainLive', on: false }));
  const store = createStore(initialView(launch.view, { autoplay: launch.embed.embed && launch.embed.autoplay }), (dispatch) =>
    runner({
      dispatch,
      post: (e) => post(e),
      fullscreen: () => toggleFullscreen(() => fullscreenFailed()),
      trainer,
      setTimeout: (f, ms) => setTimeout(f, ms),
      clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
    }),
  );
  return {
    store,
    trainer,
    plugHost: (send) => (post = send ?? (() => {})),
    onFullscreenFailed: (f) => (fullscreenFailed = f),
  };
}

/** Full screen on or off; `failed` when the browser refuses or has none. */
function toggleFullscreen(failed: () => void) {
  const root = document.documentElement;
  if (!document.fullscreenElement && !root.requestFullscreen) return failed();
  const done = document.fullscreenElement ? document.exitFullscreen() : root.requestFullscreen();
  Promise.resolve(done).catch(failed);
}
