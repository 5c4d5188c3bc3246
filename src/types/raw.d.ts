/** `import text from './file.yml?raw'`: the file's text (Vite in tests, scripts/build.mjs in the bundle). */
declare module '*?raw' {
  const text: string;
  export default text;
}
