/**
 * The page's query made safe for tfjs, which parses `location.search` itself when it loads: it splits on
 * `?` as well as `&` (so `&x?tfjsflags=…` reaches it although no such parameter exists for
 * URLSearchParams), throws "URI malformed" on a stray `%` (`text=100%`), and obeys `tfjsflags`. An
 * embedding page writes that URL, and the URL is not tfjs's to configure.
 */

/** Matches every spelling of tfjs's parameter a parser could see: any case, with anything around it. */
const TFJS_FLAGS = /tfjsflags/i;

/**
 * `search` with every name and value re-encoded (no raw `?` or `%` left for tfjs to trip on) and the
 * parameters naming tfjsflags dropped. What URLSearchParams reads from it is otherwise unchanged.
 */
export function safeSearch(search: string): { search: string; dropped: string[] } {
  const q = new URLSearchParams(search);
  const dropped = [...new Set([...q.keys()].filter((k) => TFJS_FLAGS.test(k)))];
  for (const k of dropped) q.delete(k);
  const out = q.toString();
  return { search: out ? `?${out}` : '', dropped };
}
