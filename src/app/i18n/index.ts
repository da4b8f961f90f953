import { type Lang } from '../../core/choices';
import { en, type Dict } from './en';
import { zh } from './zh';

export const dictionaries: Record<Lang, Dict> = { en: en as Dict, zh };

/** The browser's preferred language, if it is one of ours. */
export const browserLang = (): Lang =>
  typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
export type { Dict, Lang };
