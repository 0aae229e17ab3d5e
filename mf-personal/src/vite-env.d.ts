/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The portal shell's origin when this micro-frontend runs alone (default http://localhost:5120). */
  readonly VITE_PORTAL_ORIGIN?: string;
}
