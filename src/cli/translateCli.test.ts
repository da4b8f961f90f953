import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs the translate CLI as a user would (npm run -s translate -- …), optionally feeding stdin. */
function cli(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile('node', ['scripts/run.mjs', 'src/cli/translateCli.ts', ...args], { timeout: 60_000 }, (err, stdout, stderr) =>
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

  it('reads lines split at \\n (or \\r\\n) only: a bare \\r inside a line yields no extra output line', async () => {
    const r = await cli(['--task', 'dates'], '25.11.2026\r\n☃\r☃\n2026-11-25');
    expect(r.stdout.split('\n')).toEqual(['2026-11-25', '', '2026-11-25', '']); // three lines in, three out
    expect(r.stderr).toMatch(/^line 2: /);
    expect(r.stderr).not.toMatch(/line [34]/);
  });

  it('says how long an over-long line is in characters, however few tokens it makes', async () => {
    const r = await cli(['--task', 'en-zh'], `${'a'.repeat(10_000_000)}\nTom chased Jerry.\n`);
    expect(r.stderr).toMatch(/line 1: Too long: 10000000 characters; the model reads at most 1000 characters/);
    expect(r.stdout).toBe('\n汤姆追逐了杰瑞。\n');
  });

  it('Chinese given to en-zh: says the model reads English, translates nothing', async () => {
    const r = await cli(['--task', 'en-zh'], '汤姆追逐了杰瑞。\nTom chased Jerry。\n');
    expect(r.stderr).toMatch(/line 1: That is Chinese: the en-zh model reads English/);
    expect(r.stdout).toBe('\n汤姆追逐了杰瑞。\n'); // a Chinese full stop alone is read as "."
  });

  it('a models folder without models: one line saying so, no stack trace', async () => {
    const r = await cli(['--task', 'en-zh', '--out', '/etc', 'Tom chased Jerry.']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toMatch(/^Cannot load the model from \/etc\/en-zh\/attention: No model at/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
