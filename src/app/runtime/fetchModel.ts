/**
 * Fetches a model over HTTP with byte-accurate progress, and refuses anything that isn't the model
 * this build shipped: an HTTP error page, a model.json or weights whose SHA-256 differs from the
 * build's, a truncated download, or a manifest claiming more weights than any model of ours has.
 */
import { MANIFEST_FORMAT, type Manifest } from '../../model/manifest';
import type { Model } from '../../model/model';
import { decodeParams, sha256 } from '../../model/weights';
import type { PretrainedFile } from '../pretrained';
import { fetchOnce } from '../prefetch';

/** Our models weigh about 1 MB; a manifest claiming more than this is refused before anything is allocated. */
export const MAX_WEIGHTS_BYTES = 32 * 1024 * 1024;

export type Progress = (loaded: number, total: number) => void;

export class ModelLoadError extends Error {
  constructor(
    message: string,
    readonly kind: 'network' | 'missing' | 'truncated' | 'tampered' | 'format',
  ) {
    super(message);
  }
}

export async function fetchOk(url: string): Promise<Response> {
  const shown = url.split('?')[0]; // the ?v=<sha256> would only clutter the message
  let res: Response;
  try {
    res = await fetchOnce(url);
  } catch (e) {
    throw new ModelLoadError(`Network error fetching ${shown}: ${(e as Error).message}`, 'network');
  }
  if (!res.ok) throw new ModelLoadError(`${shown}: HTTP ${res.status}`, res.status === 404 ? 'missing' : 'network');
  return res;
}

/** Reads a response body, reporting bytes as they arrive. */
export async function readBytes(res: Response, expected: number, onProgress: Progress): Promise<Uint8Array> {
  const out = new Uint8Array(expected);
  let loaded = 0;
  const reader = res.body?.getReader();
  if (!reader) {
    const buf = new Uint8Array(await res.arrayBuffer());
    if (buf.length !== expected) throw new ModelLoadError(`Expected ${expected} bytes, got ${buf.length}.`, 'truncated');
    onProgress(buf.length, expected);
    return buf;
  }
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (loaded + value.length > expected) throw new ModelLoadError(`More than the ${expected} bytes the manifest names.`, 'tampered');
    out.set(value, loaded);
    loaded += value.length;
    onProgress(loaded, expected);
  }
  if (loaded !== expected) throw new ModelLoadError(`Got ${loaded} of ${expected} bytes.`, 'truncated');
  return out;
}

/** The model in `pretrained/<dir>/`, its manifest, and the verified bytes (kept to rebuild the weights on another backend). */
export async function fetchModel(
  dir: string,
  files: (path: string) => PretrainedFile | null,
  onProgress: Progress = () => {},
): Promise<{ model: Model; manifest: Manifest; bytes: ArrayBuffer }> {
  const json = files(`${dir}/model.json`);
  if (!json) throw new ModelLoadError(`${dir}/model.json is not part of this version.`, 'missing');
  const text = new Uint8Array(await (await fetchOk(json.url)).arrayBuffer());
  if ((await sha256(text)) !== json.sha256)
    throw new ModelLoadError(`${dir}/model.json is not the one this version was built with.`, 'tampered');
  let manifest: Manifest;
  try {
    manifest = JSON.parse(new TextDecoder().decode(text)) as Manifest;
  } catch {
    throw new ModelLoadError(`${dir}/model.json is not JSON.`, 'format');
  }
  if (manifest.format !== MANIFEST_FORMAT) throw new ModelLoadError(`${dir}/model.json: unknown format.`, 'format');
  const size = manifest.weights?.bytes;
  if (!Number.isSafeInteger(size) || size <= 0 || size > MAX_WEIGHTS_BYTES)
    throw new ModelLoadError(
      `${dir}/model.json claims ${String(size)} bytes of weights; at most ${MAX_WEIGHTS_BYTES} are accepted.`,
      'format',
    );
  const weights = files(`${dir}/${manifest.weights.file}`);
  if (!weights || weights.sha256 !== manifest.weights.sha256)
    throw new ModelLoadError(`${dir}/${manifest.weights.file} is not part of this version.`, 'missing');
  const bytes = await readBytes(await fetchOk(weights.url), size, onProgress);
  if ((await sha256(bytes)) !== manifest.weights.sha256)
    throw new ModelLoadError(`${dir}/${manifest.weights.file} does not match its SHA-256.`, 'tampered');
  const params = decodeParams(manifest.weights.specs, bytes.buffer as ArrayBuffer);
  return { model: { config: manifest.config, vocab: manifest.vocab, params }, manifest, bytes: bytes.buffer as ArrayBuffer };
}
