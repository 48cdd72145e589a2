/**
 * The playground: a static page that runs the library from src/ in the
 * browser. `npm run playground` serves it, `npm run build:playground` writes
 * playground/dist with relative URLs, so it can be hosted in any folder.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // One chunk of about 700 kB (210 kB gzipped): the Markdown and HTML parsers,
    // luxon, the exports and the French lexicons. Expected, not a mistake.
    chunkSizeWarningLimit: 1024,
  },
  server: {
    fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] },
  },
});
