/** The footer: "prepare for offline class", and which backend runs the models (switchable, with why). */
import type { Dict } from '../i18n';
import type { PrepareState } from '../useOffline';
import type { RuntimeState } from '../useRuntime';

interface Props {
  t: Dict;
  /** Offline preparation, when the app (not an embed) can use a service worker. */
  offline: { prepare: PrepareState; prepareAll: () => Promise<void> } | null;
  /** The app is served over plain http, where browsers allow no service worker: offline can't be offered. */
  insecure: boolean;
  backend: RuntimeState['backend'];
  onBackend: (name: string) => void;
}

export function AppFooter({ t, offline, insecure, backend, onBackend }: Props) {
  const prepare = offline?.prepare;
  return (
    <footer>
      <p>{t.footer}</p>
      {offline && prepare && (
        <p className="offline">
          <button type="button" onClick={() => void offline.prepareAll()} disabled={prepare.phase === 'working'}>
            {t.offline.prepare}
          </button>{' '}
          <span role="status">
            {prepare.phase === 'working'
              ? t.offline.working(prepare.done, prepare.total)
              : prepare.phase === 'done'
                ? t.offline.done
                : prepare.phase === 'failed'
                  ? t.offline.failed(prepare.message)
                  : ''}
          </span>
        </p>
      )}
      {insecure && <p className="offline">{t.offline.needsHttps}</p>}
      {backend && (
        <p className="backend">
          <label>
            {t.backend}{' '}
            <select value={backend.name} onChange={(e) => onBackend(e.target.value)}>
              {['webgl', 'wasm', 'cpu'].map((b) => (
                <option key={b} value={b}>
                  {b}
                </option>
              ))}
            </select>
          </label>{' '}
          <span className="why">
            {t.backendReasons[backend.reason]}
            {Object.entries(backend.timings)
              .map(([k, v]) => ` · ${k} ${v!.toFixed(1)} ms`)
              .join('')}
          </span>
        </p>
      )}
    </footer>
  );
}
