/** A file's fingerprint, without tfjs: the page checks what it fetches against the build's table. */
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';

/**
 * SHA-256 as hex: Web Crypto where the page has it (browsers in a secure context, Node ≥ 19), else
 * @noble/hashes. Browsers give `crypto.subtle` to https:// and localhost pages only: the app served
 * over plain http:// (a laptop in a lecture hall on its LAN address, a course page on http) found it
 * undefined and could never load a model.
 */
export async function sha256(data: ArrayBuffer | Uint8Array): Promise<string> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const digest = globalThis.crypto?.subtle
    ? new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes as BufferSource))
    : nobleSha256(bytes);
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
