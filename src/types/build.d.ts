/** Replaced by scripts/build.mjs (esbuild `define`) with package.json's version; exists only in the bundle. */
declare const __OKR_SCORECARD_VERSION__: string;
