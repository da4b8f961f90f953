import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs the translate CLI as a user would (npm run -s translate -- …), optionally feeding stdin. */
function cli(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile('node', ['scripts/run.mjs', 'src/train/translate.ts', ...args], { timeout: 60_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    if (stdin !== undefined) child.stdin!.end(stdin);
    else child.stdin!.end();
  });
}

describe('npm run translate', () => {
  it('prints the translation of one sentence, Chinese without spaces', async () => {
    const r = await cli(['--task', 'en-zh', 'Tom chased Jerry.']);
    expect(r.stdout).toBe('汤姆追逐了杰瑞。\n');
    expect(r.code).toBe(0);
  });

  it('translates a sentence typed without its final mark exactly as with it', async () => {
    const [bare, marked] = await Promise.all([
      cli(['--task', 'en-zh', '--json', 'tom chased jerry']),
      cli(['--task', 'en-zh', '--json', 'Tom chased Jerry.']),
    ]);
    const [b, m] = [JSON.parse(bare.stdout), JSON.parse(marked.stdout)];
    expect(b.source).toEqual(m.source);
    expect(b.translation).toBe('汤姆追逐了杰瑞。');
    expect(b.alpha).toEqual(m.alpha);
  });

  it('adds tokens, α, top-k, reference and gold alignment with --json', async () => {
    const r = await cli(['--task', 'en-zh', '--json', 'Tom chased Jerry.']);
    const out = JSON.parse(r.stdout);
    expect(out.tokens).toEqual(['汤姆', '追逐', '了', '杰瑞', '。']);
    expect(out.alpha).toHaveLength(5);
    out.alpha.forEach((row: number[]) => expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3));
    expect(out.reference).toBe('汤姆追逐了杰瑞。');
    expect(out.gold[3]).toEqual([2]);
    expect(out.correct).toBe(true);
  });

  it('says why input is bad, on stderr, with a non-zero exit', async () => {
    const unknown = await cli(['--task', 'en-zh', 'Tom chased Jery.']);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/Unknown word “jery” \(did you mean “jerry”/);
    const empty = await cli(['--task', 'en-zh', '   ']);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/Empty/);
    const long = await cli(['--task', 'en-zh', 'Tom chased Jerry and '.repeat(20)]);
    expect(long.code).toBe(1);
    expect(long.stderr).toMatch(/at most 45/);
    const bad = await cli(['--task', 'klingon', 'x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--task must be one of/);
  });

  it('translates standard input line by line, in order, and goes on past bad lines', async () => {
    const r = await cli(['--task', 'dates'], '25.11.2026\n\nnot a date ☃\n11/25/26\n');
    expect(r.stdout.split('\n')).toEqual(['2026-11-25', '', '', '2026-11-25', '']);
    expect(r.stderr).toMatch(/line 2: Empty/);
    expect(r.stderr).toMatch(/line 3: /);
    expect(r.code).toBe(1);
  });
});
