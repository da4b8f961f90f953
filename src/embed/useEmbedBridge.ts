/** The widget side of the postMessage API, as a React hook: commands in, events (incl. content height) out. */
import { useEffect, useRef } from 'react';
import { connect, type Bridge } from './bridge';
import type { Command, WidgetEvent } from './protocol';

export function useEmbedBridge(enabled: boolean, onCommand: (c: Command) => void): (e: WidgetEvent) => void {
  const bridge = useRef<Bridge | null>(null);
  const handler = useRef(onCommand);
  useEffect(() => {
    handler.current = onCommand;
  });
  useEffect(() => {
    if (!enabled) return;
    bridge.current = connect((c) => handler.current(c));
    const b = bridge.current;
    if (!b) return;
    let last = 0;
    const observer = new ResizeObserver(() => {
      const height = Math.ceil(document.documentElement.scrollHeight);
      if (height !== last) b.send({ event: 'resize', height: (last = height) });
    });
    observer.observe(document.body);
    return () => {
      observer.disconnect();
      b.close();
      bridge.current = null;
    };
  }, [enabled]);
  return (e) => bridge.current?.send(e);
}
