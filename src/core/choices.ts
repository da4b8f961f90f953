/**
 * The view's choices that the app, its URL and its embed protocol all name: which model is shown, the
 * interface language, and the guided reading's sections. Plain values, no React, no DOM.
 */

/** Which model the view shows: attention, distracted, or both side by side. */
export type Mode = 'attention' | 'distracted' | 'both';
export const modes: readonly Mode[] = ['attention', 'distracted', 'both'];
export const isMode = (s: unknown): s is Mode => modes.includes(s as Mode);

/** The interface language. */
export type Lang = 'en' | 'zh';
export const isLang = (s: unknown): s is Lang => s === 'en' || s === 'zh';

/** The guided reading's sections are numbered 1…READ_SECTIONS (the article's five steps, then queries, keys and values). */
export const READ_SECTIONS = 6;
export const isReadSection = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= READ_SECTIONS;
