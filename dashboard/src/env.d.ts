// The build-time settings the dashboard reads from `import.meta.env` (Vite's VITE_* variables).
interface ImportMetaEnv {
  /** Another gateway than the one serving the page (see client.ts). */
  readonly VITE_GATEWAY_URL?: string;
}
