import './guardUrl'; // first: before anything that could load tfjs
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { installCjkFont } from './fonts/cjkFont';
import './styles.css';

void installCjkFont();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
