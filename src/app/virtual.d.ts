/** Built by vite.config.ts: every file of pretrained/ the app may fetch, with its SHA-256 (hex). */
declare module 'virtual:pretrained' {
  const table: Record<string, string>;
  export default table;
}
