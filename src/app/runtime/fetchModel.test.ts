import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PretrainedFile } from '../pretrained';
import { fetchModel, MAX_WEIGHTS_BYTES } from './fetchModel';
import { startTask, startTwin } from './runtime';

const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

/** A site serving `files` (path → bytes), and the table a build of them would carry; every fetch is logged. */
function site(files: Record<string, Uint8Array | string>) {
  const fetched: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    const body = files[url.split('?')[0]!];
    return body === undefined ? new Response('not here', { status: 404 }) : new Response(body as BodyInit, { status: 200 });
  });
  const table = (path: string): PretrainedFile | null =>
    files[path] === undefined ? null : { url: `${path}?v=${sha(files[path])}`, sha256: sha(files[path]) };
  return { fetched, table };
}
const shipped = (dir: string) => ({
  [`${dir}/model.json`]: readFileSync(`pretrained/${dir}/model.json`, 'utf8'),
  [`${dir}/weights.bin`]: new Uint8Array(readFileSync(`pretrained/${dir}/weights.bin`)),
});

beforeAll(() => tf.setBackend('cpu')); // decoding makes tensors; the app's wasm files are not served here
afterEach(() => vi.unstubAllGlobals());

describe('fetchModel', () => {
  it('loads the shipped model when every byte is the build’s', async () => {
    const { table } = site(shipped('en-zh/attention'));
    const { model, manifest } = await fetchModel('en-zh/attention', table);
    expect(manifest.task).toBe('en-zh');
    expect(Object.keys(model.params).length).toBeGreaterThan(5);
  });

  it('refuses a model.json this version was not built with (another deploy’s, say)', async () => {
    const files = shipped('en-zh/attention');
    const { table } = site(files);
    const built = table('en-zh/attention/model.json')!;
    files['en-zh/attention/model.json'] = (files['en-zh/attention/model.json'] as string).replace('"seed": 1', '"seed": 2');
    await expect(fetchModel('en-zh/attention', (p) => (p.endsWith('model.json') ? built : table(p)))).rejects.toThrow(
      /model.json is not the one this version was built with/,
    );
  });

  it('refuses a manifest claiming more weights than any model of ours, before allocating or fetching them', async () => {
    const files = shipped('en-zh/attention');
    const manifest = JSON.parse(files['en-zh/attention/model.json'] as string);
    manifest.weights.bytes = 2_000_000_000;
    files['en-zh/attention/model.json'] = JSON.stringify(manifest);
    const { fetched, table } = site(files);
    await expect(fetchModel('en-zh/attention', table)).rejects.toThrow(`claims 2000000000 bytes of weights; at most ${MAX_WEIGHTS_BYTES}`);
    expect(fetched.map((u) => u.split('?')[0])).toEqual(['en-zh/attention/model.json']);
  });
});

describe('startTask', () => {
  it('forgets a task whose models failed on first use, so Retry fetches and decodes them afresh', async () => {
    const { fetched, table } = site({ ...shipped('en-zh/attention'), ...shipped('en-zh/distracted') });
    // First use fails: this Node process has no WebGL to run the models on.
    await expect(startTask('en-zh', 'attention', table, 'webgl', () => {})).rejects.toThrow(/webgl is not available/);
    expect(fetched).toHaveLength(2); // the attention model: the twin waits for the first heatmap
    const retried = await startTask('en-zh', 'attention', table, 'cpu', () => {});
    expect(fetched).toHaveLength(4);
    expect(retried.backend.name).toBe('cpu');
    expect(retried.guided).toBe(0.5);
    const twin = await startTwin('en-zh', table);
    expect(fetched.map((u) => u.split('?')[0]).slice(4)).toEqual(['en-zh/distracted/model.json', 'en-zh/distracted/weights.bin']);
    expect(twin.model.config.variant).toBe('distracted');
    expect(twin.timeline.at(-1)?.shipped).toBe(true);
  });
});
