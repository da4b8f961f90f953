/**
 * The ports the e2e suite uses. `E2E_PORT` moves them all, so several checkouts on one machine can run
 * their suites at once without one reusing another's server.
 */
export const APP_PORT = Number(process.env.E2E_PORT ?? 4173);
/** A second origin (course page, plain static host). */
export const HOST_PORT = APP_PORT + 1;
/** The offline specs' own static host: the suite runs two files at once, so no two files share a port. */
export const OFFLINE_PORT = APP_PORT + 2;
export const APP = `http://127.0.0.1:${APP_PORT}/`;
/** The README's `npm run dev` (Vite's dev server, React StrictMode's double effects): the `dev` project's app. */
export const DEV_PORT = APP_PORT + 3;
export const DEV = `http://127.0.0.1:${DEV_PORT}/`;
/** The reliability spec's own static host (two deploys, several tabs). */
export const RELIABILITY_PORT = APP_PORT + 4;
