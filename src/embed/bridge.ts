/**
 * Connects the embedded widget to the window that embedded it: listens for valid commands from that
 * window only (and only from the allowed origin, when known), and posts events back to it alone.
 */
import { hostOrigin, parseCommand, PROTOCOL, VERSION, type Command, type WidgetEvent } from './protocol';

export interface Bridge {
  send: (e: WidgetEvent) => void;
  close: () => void;
}

export function connect(onCommand: (c: Command) => void): Bridge | null {
  if (window.parent === window) return null; // not embedded
  const origin = hostOrigin(location.search, document.referrer);
  const send = (e: WidgetEvent) => window.parent.postMessage({ type: PROTOCOL, version: VERSION, ...e }, origin ?? '*');
  const onMessage = (m: MessageEvent) => {
    if (m.source !== window.parent) return; // only the embedding window
    if (origin && m.origin !== origin) return; // and only from its origin
    const parsed = parseCommand(m.data);
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
