import { en, type Dict } from './en';
import { zh } from './zh';

export type Lang = 'en' | 'zh';
export const dictionaries: Record<Lang, Dict> = { en: en as Dict, zh };
export const isLang = (s: unknown): s is Lang => s === 'en' || s === 'zh';

/** The browser's preferred language, if it is one of ours. */
export const browserLang = (): Lang =>
  typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
export type { Dict };
