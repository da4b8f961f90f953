/**
 * Model downloads started as the page starts, while the tfjs runtime (its own chunk) is still on its
 * way: `fetchOk` takes a started download over instead of asking again. A download is handed out once,
 * so a Retry always fetches afresh.
 */
const started = new Map<string, Promise<Response>>();

export function prefetch(urls: readonly string[]) {
  for (const url of urls) {
    if (started.has(url)) continue;
    const response = fetch(url);
    response.catch(() => {}); // reported when taken over
    started.set(url, response);
  }
}

/** The download of `url` started by `prefetch`, once; otherwise a new fetch. */
export function fetchOnce(url: string): Promise<Response> {
  const response = started.get(url);
  started.delete(url);
  return response ?? fetch(url);
}
