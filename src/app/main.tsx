import './guardUrl'; // first: before anything that could load tfjs
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { installCjkFont } from './fonts/cjkFont';
import { attentionModel } from './scores';
import { readLaunch } from './urlState';
import { startRuntime } from './useRuntime';
import './styles.css';

// The first heatmap waits for the runtime chunk and the models: start both before React's first render.
const launch = readLaunch(location);
void startRuntime(launch.view.task, attentionModel(launch.view.task, launch.view.score), launch).catch(() => {}); // a failure is shown (with Retry) by useRuntime
void installCjkFont();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
