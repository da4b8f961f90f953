/**
 * What the live-training worker does with each message: one run at a time, trained in chunks of a few
 * steps. Chunks and messages take turns on one queue, so Pause and Reset are answered between two
 * chunks and never in the middle of a step. Every chunk reports the curves and the example's
 * translation; every `HELD_OUT_EVERY` steps the held-out score too. Runs in Node for the tests.
 */
import type { FromWorker, LiveReport, ToWorker } from './messages';
import { startLiveRun, type LivePoint, type LiveRun } from './trainer';

export const CHUNK = 5;
export const HELD_OUT_EVERY = 50;

/** `later` runs a function after pending messages had their turn (a macrotask in the worker). */
export function liveSession(post: (m: FromWorker) => void, later: (f: () => void) => void = (f) => setTimeout(f, 0)) {
  let run: LiveRun | null = null;
  let seed = 0;
  let seconds = 0;
  let training = false;
  let scheduled = false;
  let example: string[] = [];
  let reference: string[] | null = null;
  let firstRight: LiveReport['firstRight'] = null;
  let queue = Promise.resolve();

  const enqueue = (work: () => Promise<void>) => {
    queue = queue.then(work).catch((e: Error) => {
      training = false;
      post({ type: 'error', message: e.message });
    });
    return queue;
  };

  const report = async (points: LivePoint[], withHeldOut: boolean) => {
    if (!run) return;
    const trace = example.length ? await run.translate(example) : null;
    if (!firstRight && trace && reference && run.step > 0 && trace.tokens.join('\u0000') === reference.join('\u0000'))
      firstRight = { step: run.step, seconds };
    const heldOut = withHeldOut ? await run.heldOut() : null;
    post({ type: 'progress', seed, step: run.step, seconds, training, points, heldOut, trace, firstRight });
  };

  const fresh = (s: number) => {
    run?.dispose();
    run = startLiveRun({ seed: s });
    seed = s;
    seconds = 0;
    firstRight = null;
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    later(() => {
      scheduled = false;
      void enqueue(chunk);
    });
  };

  async function chunk() {
    if (!training || !run) return;
    const t0 = performance.now();
    const points = await run.train(CHUNK);
    seconds += (performance.now() - t0) / 1000;
    await report(points, run.step % HELD_OUT_EVERY === 0);
    schedule();
  }

  async function apply(m: ToWorker) {
    switch (m.type) {
      case 'train':
        training = true;
        if (!run || seed !== m.seed) {
          fresh(m.seed);
          await report([], false); // step 0 first: α near uniform, the output noise
        }
        schedule();
        return;
      case 'pause':
        training = false;
        return report([], true);
      case 'reset':
        training = false;
        fresh(m.seed);
        return report([], true);
      case 'example':
        example = m.source;
        reference = m.reference;
        firstRight = null;
        if (!training) return report([], false);
    }
  }

  /** Handles one message; resolves when it (not the training it starts) is done. */
  return (m: ToWorker) => enqueue(() => apply(m));
}
