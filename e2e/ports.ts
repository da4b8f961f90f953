/**
 * The ports the e2e suite uses. `E2E_PORT` moves them all, so several checkouts on one machine can run
 * their suites at once without one reusing another's server.
 */
export const APP_PORT = Number(process.env.E2E_PORT ?? 4173);
/** A second origin (course page, plain static host). */
export const HOST_PORT = APP_PORT + 1;
export const APP = `http://127.0.0.1:${APP_PORT}/`;
