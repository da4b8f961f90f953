import { describe, expect, it } from 'vitest';
import type { FromWorker, LiveReport } from './messages';
import { CHUNK, liveSession } from './session';
import { liveExample, liveTask } from './task';

const example = { type: 'example' as const, source: liveTask.tokenize(liveExample).tokens, reference: [...'2026-11-25'] };

function session() {
  const reports: LiveReport[] = [];
  const errors: string[] = [];
  const handle = liveSession((m: FromWorker) => (m.type === 'progress' ? reports.push(m) : m.type === 'error' && errors.push(m.message)));
  const until = async (ok: () => boolean) => {
    while (!ok()) await new Promise((r) => setTimeout(r, 20));
  };
  return { reports, errors, handle, until };
}

describe('liveSession(post)', () => {
  it('a reset reports step 0 with the untrained translation; training reports every chunk; pause stops it', async () => {
    const { reports, errors, handle, until } = session();
    await handle(example);
    await handle({ type: 'reset', seed: 3 });
    expect(reports.at(-1)).toMatchObject({ step: 0, training: false, seed: 3, firstRight: null });
    expect(reports.at(-1)!.trace!.source).toEqual(example.source);
    await handle({ type: 'train', seed: 3 });
    await until(() => (reports.at(-1)?.step ?? 0) >= 3 * CHUNK);
    expect(reports.filter((r) => r.step > 0).map((r) => r.step)).toEqual([
      CHUNK,
      2 * CHUNK,
      3 * CHUNK,
      ...reports.slice(4).map((r) => r.step),
    ]);
    expect(reports.at(-1)!.points).toHaveLength(CHUNK);
    await handle({ type: 'pause' });
    const paused = reports.at(-1)!;
    expect(paused.training).toBe(false);
    expect(paused.heldOut).not.toBeNull();
    await new Promise((r) => setTimeout(r, 300));
    expect(reports.at(-1)).toBe(paused); // nothing trains while paused
    expect(errors).toEqual([]);
  });

  it('training with another seed starts a new run; the same seed resumes', async () => {
    const { reports, handle, until } = session();
    await handle({ type: 'train', seed: 1 });
    await until(() => reports.length >= 2);
    await handle({ type: 'pause' });
    const at = reports.at(-1)!.step;
    await handle({ type: 'train', seed: 1 });
    await until(() => reports.at(-1)!.step > at);
    await handle({ type: 'pause' });
    expect(reports.at(-1)!.step).toBeGreaterThan(at);
    await handle({ type: 'train', seed: 2 });
    await until(() => reports.at(-1)!.seed === 2);
    await handle({ type: 'pause' });
    expect(reports.at(-1)).toMatchObject({ seed: 2 });
    expect(reports.at(-1)!.step).toBeLessThanOrEqual(2 * CHUNK);
  });

  it('notes when the example first comes out right, and forgets it when the example changes', async () => {
    const { reports, handle, until } = session();
    await handle(example);
    await handle({ type: 'train', seed: 1 });
    await until(() => reports.at(-1)?.firstRight != null || (reports.at(-1)?.step ?? 0) >= 200);
    await handle({ type: 'pause' });
    const first = reports.at(-1)!.firstRight!;
    expect(first.step).toBeGreaterThan(0);
    expect(reports.find((r) => r.step === first.step)!.trace!.tokens.join('')).toBe('2026-11-25');
    await handle({ ...example, source: liveTask.tokenize('3 may 1999').tokens, reference: [...'1999-05-03'] });
    expect(reports.at(-1)!.firstRight === null || reports.at(-1)!.trace!.tokens.join('') === '1999-05-03').toBe(true);
  });
});
