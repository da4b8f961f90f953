import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';

// tfjs reads ?tfjsflags=… from the page URL and throws on odd values (shared/NOTES.md): the URL is not
// tfjs's to configure. Drop it before tfjs is imported (it loads later, in its own chunk).
const url = new URL(location.href);
if (url.searchParams.has('tfjsflags')) {
  console.warn('Ignoring the tfjsflags URL parameter.');
  url.searchParams.delete('tfjsflags');
  history.replaceState(null, '', url);
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
