/**
 * Imported first by main.tsx, so it runs before any module that could load tfjs: rewrites the page URL
 * through `safeSearch` (see there why).
 */
import { safeSearch } from './safeSearch';

const { search, dropped } = safeSearch(location.search);
if (dropped.length)
  console.warn(`Ignoring the URL parameter${dropped.length > 1 ? 's' : ''} ${dropped.join(', ')}: tfjs flags are not set from the URL.`);
if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
