/**
 * What the service worker lets into its caches. Only a 200 response of the type its URL calls for; a
 * model file (under `pretrained/`, its URL carrying `?v=<sha256>`) only with exactly the bytes that hash
 * names. Everything else is passed on to the page but never stored, so a briefly missing file, a host's
 * HTML error page or another deploy's weights can't become the cached version.
 */

/** The SHA-256 a model file's URL promises, or null when the URL is not a model file's. */
export function promisedSha256(url: URL): string | null {
  if (!url.pathname.includes('/pretrained/')) return null;
  const v = url.searchParams.get('v') ?? '';
  return /^[0-9a-f]{64}$/.test(v) ? v : '';
}

/**
 * The one key a model file is cached under: its path and `?v=`, nothing else of its URL. Other query
 * parameters (`&x=1`), repeated slashes and escaped slashes (`%2F`) all name the same file on a static
 * host, and so must name one cache entry; otherwise junk addresses could fill the cache and push the
 * real models out. Null for anything that is not a model file with a valid `?v=`.
 */
export function modelCacheKey(url: URL): string | null {
  const sha = promisedSha256(url);
  if (!sha) return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname).replace(/\/{2,}/g, '/');
  } catch {
    return null; // a malformed escape: no file of ours
  }
  const key = new URL(path, url.origin); // dot segments resolved, the path escaped again
  key.search = `?v=${sha}`;
  return key.href;
}

const hex = (buf: ArrayBuffer) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** The content type a file may come with: HTML only for pages, and never for anything else. */
function typeFits(path: string, type: string): boolean {
  const html = type.startsWith('text/html');
  if (path.endsWith('/') || path.endsWith('.html')) return html;
  if (path.includes('/pretrained/')) {
    if (path.endsWith('.json')) return type.includes('json');
    if (path.endsWith('.bin')) return type === '' || type.startsWith('application/octet-stream');
    return false;
  }
  return !html;
}

/**
 * A copy of `response` fit for the cache, or null to keep it out. The copy carries no `Vary` header: our
 * files are the same for every request, and a host's `Vary: Origin` would otherwise tie a cached file to
 * the Origin header of the request that stored it (the precache's, which has none).
 */
export async function admit(requestUrl: string, response: Response): Promise<Response | null> {
  if (response.status !== 200) return null;
  const url = new URL(requestUrl);
  if (!typeFits(url.pathname, (response.headers.get('content-type') ?? '').toLowerCase())) return null;
  const body = await response.clone().arrayBuffer();
  const length = response.headers.get('content-length');
  if (length !== null && Number(length) !== body.byteLength && !response.headers.get('content-encoding')) return null;
  const sha = promisedSha256(url);
  if (sha === '') return null; // a model file without a valid ?v=: nothing to check it against
  if (sha !== null && hex(await crypto.subtle.digest('SHA-256', body)) !== sha) return null;
  const headers = new Headers(response.headers);
  headers.delete('vary');
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}
