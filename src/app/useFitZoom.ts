/**
 * Scales a box's content down (CSS `zoom`, so layout follows) until it fits the box: the projector's
 * heatmap shows whole, whatever the sentence's length. Off, the content keeps its own size.
 */
import { useLayoutEffect, useRef } from 'react';

/** The zoom that fits `content` (measured at zoom 1) into `box`: at most 1, never below `min`. */
export const fitZoom = (box: { width: number; height: number }, content: { width: number; height: number }, min = 0.2) =>
  Math.max(min, Math.min(1, box.width / Math.max(1, content.width), box.height / Math.max(1, content.height)));

/** A ref for the box; its first child is scaled to fit while `enabled`, again whenever `key` or the box's size changes. */
export function useFitZoom<T extends HTMLElement>(enabled: boolean, key: unknown) {
  const box = useRef<T>(null);
  useLayoutEffect(() => {
    const el = box.current;
    const content = el?.firstElementChild as HTMLElement | null;
    if (!el || !content) return;
    if (!enabled) {
      content.style.zoom = '';
      return;
    }
    const fit = () => {
      content.style.zoom = '1';
      const natural = { width: content.scrollWidth, height: content.scrollHeight };
      // Only a box with a definite size (projector layout) bounds the content; elsewhere leave it be.
      const style = getComputedStyle(el);
      if (style.overflow !== 'hidden' || el.clientHeight === 0) return void (content.style.zoom = '');
      content.style.zoom = String(fitZoom({ width: el.clientWidth, height: el.clientHeight }, natural));
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => {
      observer.disconnect();
      content.style.zoom = '';
    };
  }, [enabled, key]);
  return box;
}
