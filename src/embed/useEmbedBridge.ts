/**
 * The widget side of the postMessage API, as a React hook: while embedded, commands in (parsed by
 * `parse`, handed to `onCommand`) and events out: the app's sender is plugged into the host while
 * connected (`plug`, unplugged after); the content's height goes out by itself.
 */
import { useEffect } from 'react';
import { connect } from './bridge';
import type { ParsedCommand, WidgetEvent } from './protocol';

export function useEmbedBridge<C>(
  enabled: boolean,
  parse: (data: unknown) => ParsedCommand<C> | null,
  onCommand: (c: C) => void,
  plug: (send: ((e: WidgetEvent) => void) | null) => void,
) {
  useEffect(() => {
    if (!enabled) return;
    const b = connect(parse, onCommand);
    if (!b) return;
    plug(b.send);
    let last = 0;
    const observer = new ResizeObserver(() => {
      const height = Math.ceil(document.documentElement.scrollHeight);
      if (height !== last) b.send({ event: 'resize', height: (last = height) });
    });
    observer.observe(document.body);
    return () => {
      observer.disconnect();
      b.close();
      plug(null);
    };
  }, [enabled, parse, onCommand, plug]);
}
