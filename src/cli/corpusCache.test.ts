import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeCorpus } from '../data/corpus';
import { tasks } from '../data/tasks';
import { cachedCorpus } from './corpusCache';

describe('cachedCorpus', () => {
  const root = mkdtempSync(join(tmpdir(), 'corpus-cache-'));
  const dir = join(root, 'corpus');
  const sources = join(root, 'sources');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  /** A stand-in for src/data: one grammar file, one test file whose contents change every time. */
  const write = (text: string) => {
    mkdirSync(join(sources, 'enzh'), { recursive: true });
    writeFileSync(join(sources, 'enzh', 'grammar.ts'), text);
    writeFileSync(join(sources, 'enzh', 'grammar.test.ts'), String(Math.random()));
  };
  const options = { seed: 3, train: 40, validation: 10, test: 10 };
  const task = tasks.dates;

  it('a second run with the same key reads the corpus the first made, equal to makeCorpus', () => {
    write('grammar one');
    const first = cachedCorpus(task, 'dates@3', options, { dir, sources });
    const second = cachedCorpus(task, 'dates@3', options, { dir, sources });
    expect(first.cached).toBe(false);
    expect(second.cached).toBe(true);
    expect(second.file).toBe(first.file);
    expect(second.corpus).toEqual(makeCorpus(task, options));
  });

  it('a changed option, version, held-out set or source file makes a new corpus; a changed test file does not', () => {
    write('grammar one');
    expect(cachedCorpus(task, 'dates@3', options, { dir, sources }).cached).toBe(true); // tests are not sources
    expect(cachedCorpus(task, 'dates@3', { ...options, seed: 4 }, { dir, sources }).cached).toBe(false);
    expect(cachedCorpus(task, 'dates@4', options, { dir, sources }).cached).toBe(false);
    expect(cachedCorpus(task, 'dates@3', { ...options, heldOut: new Set(['a b']) }, { dir, sources }).cached).toBe(false);
    write('grammar two');
    expect(cachedCorpus(task, 'dates@3', options, { dir, sources }).cached).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('takes over a lock whose process is gone (a trainer killed while sampling) and removes it when done', () => {
    write('grammar three');
    const dead = spawnSync('true').pid;
    const file = cachedCorpus(task, 'dates@3', { ...options, seed: 9 }, { dir, sources }).file;
    rmSync(file);
    writeFileSync(`${file}.lock`, String(dead));
    const again = cachedCorpus(task, 'dates@3', { ...options, seed: 9 }, { dir, sources });
    expect(again.cached).toBe(false);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });
});
