/** Model download progress (bytes), a lost GPU context, a failed load or a failed translation (a snapshot's weights) with Retry. */
import type { Dict } from '../i18n';
import type { LoadState } from '../useRuntime';
import { Failure } from './Failure';

interface Props {
  t: Dict;
  load: LoadState;
  taskName: string;
  contextLost: boolean;
  onRetry: () => void;
  /** Why the last translation failed (the view keeps the last good one), and how to try it again. */
  translation?: { error: string | null; onRetry: () => void };
}

export function LoadStatus({ t, load, taskName, contextLost, onRetry, translation }: Props) {
  const kb = (b: number) => (b / 1024).toFixed(0);
  return (
    <>
      {load.phase === 'loading' && (
        <div className="loading" role="status">
          <progress max={load.total || 1} value={load.loaded} aria-label={t.status.loading('', '')} />
          <span>
            {t.status.loading(
              taskName,
              load.total ? `${Math.round((100 * load.loaded) / load.total)}% (${kb(load.loaded)} / ${kb(load.total)} KB)` : '',
            )}
          </span>
        </div>
      )}
      {contextLost && (
        <p className="notice" role="alert">
          {t.contextLost}
        </p>
      )}
      {load.phase === 'failed' && <Failure what={t.status.failed} message={load.message} retry={t.status.retry} onRetry={onRetry} />}
      {load.phase === 'ready' && translation?.error && (
        <Failure what={t.status.translateFailed} message={translation.error} retry={t.status.retry} onRetry={translation.onRetry} />
      )}
    </>
  );
}
