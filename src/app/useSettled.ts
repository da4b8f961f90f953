import { useEffect, useState } from 'react';

/**
 * `value` once it has stopped changing for `delay` ms (at once the first time): work that takes longer
 * than a keystroke, such as searching the grammar, runs when the typing pauses, never between keys.
 */
export function useSettled<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, settled, delay]);
  return settled;
}
