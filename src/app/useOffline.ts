/**
 * Offline for the standalone app: registers the service worker, offers (never forces) an update when a
 * new version has installed, and "prepare for offline class" fetches every model so the SW caches it.
 * Embeds skip all of this: storage in a third-party iframe is partitioned.
 */
import { useCallback, useEffect, useState } from 'react';
import { taskIds } from '../data/tasks';
import { variants } from '../model/config';

export type PrepareState =
  { phase: 'idle' } | { phase: 'working'; done: number; total: number } | { phase: 'done' } | { phase: 'failed'; message: string };

export function useOffline(enabled: boolean) {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);
  const [prepare, setPrepare] = useState<PrepareState>({ phase: 'idle' });

  useEffect(() => {
    if (!enabled || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    let live = true;
    void navigator.serviceWorker.register('./sw.js').then((reg) => {
      const offer = () => live && reg.waiting && navigator.serviceWorker.controller && setWaiting(reg.waiting);
      offer();
      reg.addEventListener('updatefound', () => reg.installing?.addEventListener('statechange', offer));
    });
    return () => {
      live = false;
    };
  }, [enabled]);

  const update = useCallback(() => {
    if (!waiting) return;
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    waiting.postMessage('skip-waiting');
  }, [waiting]);

  const prepareAll = useCallback(async () => {
    const base = `${import.meta.env.BASE_URL}pretrained`;
    const urls = taskIds.flatMap((task) => [
      `${base}/${task}/metrics.json`,
      ...variants.flatMap((v) => [`${base}/${task}/${v}/model.json`, `${base}/${task}/${v}/weights.bin`]),
    ]);
    setPrepare({ phase: 'working', done: 0, total: urls.length });
    try {
      let done = 0;
      for (const url of urls) {
        const res = await fetch(url);
        // A static host may answer a missing file with its index page: that is not a model.
        if (!res.ok || res.headers.get('content-type')?.includes('text/html')) throw new Error(`${url}: HTTP ${res.status}`);
        await res.arrayBuffer();
        setPrepare({ phase: 'working', done: ++done, total: urls.length });
      }
      setPrepare({ phase: 'done' });
    } catch (e) {
      setPrepare({ phase: 'failed', message: (e as Error).message });
    }
  }, []);

  return { updateReady: waiting !== null, update, prepare, prepareAll, available: enabled && 'serviceWorker' in navigator };
}
