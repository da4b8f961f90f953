/**
 * Connects the embedded widget to the window that embedded it: listens for valid commands from that
 * window and its origin only, and posts events to that origin alone. When the origin is unknown (no
 * referrer and no `origin=`) or `origin=` is malformed, the widget says so once and posts nothing else.
 * What counts as a command is the caller's `parse` (the app's command table).
 */
import { hostOrigin, PROTOCOL, VERSION, type ParsedCommand, type WidgetEvent } from './protocol';

export interface Bridge {
  send: (e: WidgetEvent) => void;
  close: () => void;
}

export function connect<C>(parse: (data: unknown) => ParsedCommand<C> | null, onCommand: (c: C) => void): Bridge | null {
  if (window.parent === window) return null; // not embedded
  const host = hostOrigin(location.search, document.referrer);
  if (host.origin === null) {
    const refused = host.refused === undefined ? '' : ` Refusing origin=${JSON.stringify(host.refused.slice(0, 60))}.`;
    console.warn(`Attention Lens:${refused} ${host.reason}`);
    // The one message that may go anywhere: it carries nothing but this fixed text.
    window.parent.postMessage({ type: PROTOCOL, version: VERSION, event: 'error', message: host.reason }, '*');
    return { send: () => {}, close: () => {} };
  }
  const origin = host.origin;
  const send = (e: WidgetEvent) => window.parent.postMessage({ type: PROTOCOL, version: VERSION, ...e }, origin);
  const onMessage = (m: MessageEvent) => {
    if (m.source !== window.parent || m.origin !== origin) return; // only the embedding window, from its origin
    const parsed = parse(m.data);
    if (!parsed) return;
    if (!parsed.ok) {
      console.warn(`Attention Lens: ${parsed.reason}`);
      send({ event: 'error', message: parsed.reason });
      return;
    }
    onCommand(parsed.command);
  };
  window.addEventListener('message', onMessage);
  return { send, close: () => window.removeEventListener('message', onMessage) };
}
