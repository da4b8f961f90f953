/**
 * Fetches a model over HTTP with byte-accurate progress, and refuses anything that isn't the weights
 * the manifest names: an HTTP error page, a truncated download, or bytes whose SHA-256 differs.
 */
import { MANIFEST_FORMAT, type Manifest } from '../../model/manifest';
import type { Model } from '../../model/model';
import { decodeParams, sha256 } from '../../model/weights';

export type Progress = (loaded: number, total: number) => void;

export class ModelLoadError extends Error {
  constructor(
    message: string,
    readonly kind: 'network' | 'missing' | 'truncated' | 'tampered' | 'format',
  ) {
    super(message);
  }
}

async function fetchOk(url: string): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new ModelLoadError(`Network error fetching ${url}: ${(e as Error).message}`, 'network');
  }
  if (!res.ok) throw new ModelLoadError(`${url}: HTTP ${res.status}`, res.status === 404 ? 'missing' : 'network');
  return res;
}

/** Reads a response body, reporting bytes as they arrive. */
async function readBytes(res: Response, expected: number, onProgress: Progress): Promise<Uint8Array> {
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

/** The model, its manifest, and the verified bytes (kept to rebuild the weights on another backend). */
export async function fetchModel(
  baseUrl: string,
  onProgress: Progress = () => {},
): Promise<{ model: Model; manifest: Manifest; bytes: ArrayBuffer }> {
  const res = await fetchOk(`${baseUrl}/model.json`);
  let manifest: Manifest;
  try {
    manifest = (await res.json()) as Manifest;
  } catch {
    throw new ModelLoadError(`${baseUrl}/model.json is not JSON.`, 'format');
  }
  if (manifest.format !== MANIFEST_FORMAT) throw new ModelLoadError(`${baseUrl}/model.json: unknown format.`, 'format');
  const bytes = await readBytes(await fetchOk(`${baseUrl}/${manifest.weights.file}`), manifest.weights.bytes, onProgress);
  if ((await sha256(bytes)) !== manifest.weights.sha256)
    throw new ModelLoadError(`${baseUrl}/${manifest.weights.file} does not match its SHA-256.`, 'tampered');
  const params = decodeParams(manifest.weights.specs, bytes.buffer as ArrayBuffer);
  return { model: { config: manifest.config, vocab: manifest.vocab, params }, manifest, bytes: bytes.buffer as ArrayBuffer };
}
