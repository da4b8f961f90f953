/**
 * Which sides of a scrolling box hide content: a phone shows a long sentence's heatmap in part, and the
 * box's faded edge (and a line of text) says there is more to scroll to.
 */
import { useEffect, useState, type RefObject } from 'react';

export interface ScrollCue {
  left: boolean;
  right: boolean;
}

/** Hidden content to the left or right of `box`, kept current as it scrolls or resizes, or as `key` changes. */
export function useScrollCue(box: RefObject<HTMLElement | null>, key: unknown): ScrollCue {
  const [cue, setCue] = useState<ScrollCue>({ left: false, right: false });
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => {
      // A box that doesn't scroll (the projector's, zoomed to fit) has nothing to scroll to. A pixel of
      // slack: zoom and sub-pixel layout leave fractions.
      const scrolls = getComputedStyle(el).overflowX !== 'hidden';
      const left = scrolls && el.scrollLeft > 1;
      const right = scrolls && el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
      setCue((c) => (c.left === left && c.right === right ? c : { left, right }));
    };
    measure();
    el.addEventListener('scroll', measure, { passive: true });
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => {
      el.removeEventListener('scroll', measure);
      observer.disconnect();
    };
  }, [box, key]);
  return cue;
}
