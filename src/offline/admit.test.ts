import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { admit, modelCacheKey } from './admit';

const SITE = 'https://lens.example/app/';
const weights = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
const sha = createHash('sha256').update(weights).digest('hex');
const weightsUrl = `${SITE}pretrained/en-zh/attention/weights.bin?v=${sha}`;
const response = (body: BodyInit, type: string, init: ResponseInit & { headers?: Record<string, string> } = {}) =>
  new Response(body, { status: 200, ...init, headers: { 'content-type': type, ...init.headers } });

describe('admit (what the service worker may cache)', () => {
  it('a model file only with exactly the bytes its URL names, and of its type', async () => {
    expect(await admit(weightsUrl, response(weights, 'application/octet-stream'))).not.toBeNull();
    expect(await admit(weightsUrl, response(weights.slice(0, 7), 'application/octet-stream'))).toBeNull(); // truncated
    expect(await admit(weightsUrl, response(new Uint8Array([9, 2, 3, 4, 5, 6, 7, 8]), 'application/octet-stream'))).toBeNull(); // another deploy's
    expect(await admit(weightsUrl, response(weights, 'text/html'))).toBeNull();
    expect(await admit(weightsUrl.replace(/\?v=.*/, ''), response(weights, 'application/octet-stream'))).toBeNull(); // nothing to check against
    const json = new TextEncoder().encode('{"format":"attention-lens/model@1"}');
    const jsonUrl = `${SITE}pretrained/en-zh/attention/model.json?v=${createHash('sha256').update(json).digest('hex')}`;
    expect(await admit(jsonUrl, response(json, 'application/json'))).not.toBeNull();
    expect(await admit(jsonUrl, response(json, 'text/plain'))).toBeNull();
  });

  it('nothing but a 200, and no HTML where a script, style or wasm should be', async () => {
    expect(await admit(weightsUrl, response(weights, 'application/octet-stream', { status: 206 }))).toBeNull();
    expect(await admit(`${SITE}assets/index-abc.js`, response('console.log(1)', 'text/javascript', { status: 404 }))).toBeNull();
    expect(await admit(`${SITE}assets/index-abc.js`, response('<!doctype html>', 'text/html'))).toBeNull();
    expect(await admit(`${SITE}assets/index-abc.js`, response('console.log(1)', 'text/javascript'))).not.toBeNull();
    expect(await admit(`${SITE}index.html`, response('<!doctype html>', 'text/html; charset=utf-8'))).not.toBeNull();
    expect(await admit(`${SITE}index.html`, response('{}', 'application/json'))).toBeNull();
  });

  it('a body shorter than its Content-Length is refused', async () => {
    expect(await admit(`${SITE}assets/a.js`, response('abc', 'text/javascript', { headers: { 'content-length': '10' } }))).toBeNull();
  });

  it('drops Vary, so a host’s Vary: Origin cannot keep the cached copy from matching the app’s requests', async () => {
    const kept = await admit(weightsUrl, response(weights, 'application/octet-stream', { headers: { vary: 'Origin' } }));
    expect(kept!.headers.get('vary')).toBeNull();
    expect(new Uint8Array(await kept!.arrayBuffer())).toEqual(weights);
    expect(kept!.headers.get('content-type')).toBe('application/octet-stream');
  });

  it('a model file’s cache key is its path and version only: junk parameters and aliases of its path map to one entry', () => {
    const key = modelCacheKey(new URL(weightsUrl));
    expect(key).toBe(weightsUrl);
    for (const alias of [
      `${weightsUrl}&x=1`,
      `${weightsUrl}&x=2#frag`,
      `${SITE}pretrained/en-zh/attention/weights.bin?x=1&v=${sha}&y`,
      `${SITE}pretrained//en-zh///attention/weights.bin?v=${sha}`,
      `${SITE}pretrained/en-zh%2Fattention/weights.bin?v=${sha}`,
      `${SITE}pretrained/en-zh/./distracted/../attention/weights.bin?v=${sha}`,
    ])
      expect(modelCacheKey(new URL(alias)), alias).toBe(key);
    expect(modelCacheKey(new URL(`${SITE}pretrained/dates/attention/weights.bin?v=${sha}`))).not.toBe(key); // another file
    expect(modelCacheKey(new URL(weightsUrl.replace(/v=.*/, 'v=abc')))).toBeNull(); // no version to key it by
    expect(modelCacheKey(new URL(`${SITE}assets/index-abc.js?v=${sha}`))).toBeNull(); // not a model file
    expect(modelCacheKey(new URL(`${SITE}pretrained/%E0%A4%A/weights.bin?v=${sha}`))).toBeNull(); // a malformed escape
  });
});
