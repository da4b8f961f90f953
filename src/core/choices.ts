/**
 * The view's choices that the app, its URL and its embed protocol all name: which model is shown, the
 * attention model's score function, the interface language, and the guided reading's sections. Plain values, no React, no DOM.
 */

/** Which model the view shows: attention, distracted, or both side by side. */
export type Mode = 'attention' | 'distracted' | 'both';
export const modes: readonly Mode[] = ['attention', 'distracted', 'both'];
export const isMode = (s: unknown): s is Mode => modes.includes(s as Mode);

/**
 * How an attention model scores source word j for output step i (src/model/attention.ts):
 * `additive` (Bahdanau) e_ij = vᵀ tanh(W s_{i-1} + U h_j); `general` (Luong) e_ij = s_{i-1}ᵀ W h_j;
 * `scaled-dot` (a Transformer layer's) e_ij = q_i · k_j / √d with q_i = W_q s_{i-1}, k_j = W_k h_j.
 */
export type Score = 'additive' | 'general' | 'scaled-dot';
export const scores: readonly Score[] = ['additive', 'general', 'scaled-dot'];

/** The interface language. */
export type Lang = 'en' | 'zh';
export const isLang = (s: unknown): s is Lang => s === 'en' || s === 'zh';

/** The guided reading's sections are numbered 1…READ_SECTIONS (the article's five steps, then queries, keys and values). */
export const READ_SECTIONS = 6;
export const isReadSection = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= READ_SECTIONS;
