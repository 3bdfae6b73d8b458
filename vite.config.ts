/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type Rolldown } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { EARLY_READ_GLOBAL, MAP_RECORDS, rawRecordRead, workerRecordRead } from './src/storage/rawRecordRead';
import { SIZE_HINT_PREFIX, WORKER_READ_FROM } from './src/storage/sizeHint';

/**
 * A strict Content-Security-Policy for the built app: it is static and uses no
 * network. Styles allow 'unsafe-inline' because React Flow positions every node
 * with a style attribute; images allow data: and blob: for PNG export. Only in
 * the build: Vite's dev server injects inline scripts.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

/**
 * Opening a map by its address (#/map/<id>, a reload or a bookmark) needs the editor chunk, which
 * main.tsx can ask for only after the whole start-up bundle has loaded and run. A tiny classic script,
 * fetched with index.html, asks for it at once on a map route: <link rel="modulepreload"> for the
 * editor and its imports, so they download (and compile) while the start-up bundle still loads. On
 * other routes it asks for the database's chunk (Dexie), which the library lists its maps with: the start-up
 * bundle leaves it out for the map route's sake, and the library should not wait for it. A file, not an inline
 * script: the Content-Security-Policy allows none. fetchpriority high: a modulepreload is otherwise one of the
 * requests Chromium holds back while the page's own script loads, and the editor's files were asked for only after
 * the start-up bundle had arrived (about 100 ms later on the benchmark's machine), not beside it.
 */
function mapRoutePreload(): Plugin {
  return {
    name: 'map-route-preload',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      const chunks = Object.values(bundle).filter((file): file is Rolldown.OutputChunk => file.type === 'chunk');
      const byFacade = (path: string) => chunks.find((chunk) => chunk.facadeModuleId?.endsWith(path));
      const editor = byFacade('/src/app/EditorScreen.tsx');
      const database = byFacade('/src/storage/database.ts');
      if (html?.type !== 'asset' || !editor || !database) return;
      const source = String(html.source);
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      // A chunk and what it imports, less what index.html already loads.
      const withImports = (root: Rolldown.OutputChunk) => {
        const files = new Set<string>();
        const visit = (chunk: Rolldown.OutputChunk) => {
          if (files.has(chunk.fileName)) return;
          files.add(chunk.fileName);
          for (const name of chunk.imports) {
            const imported = byName.get(name);
            if (imported) visit(imported);
          }
        };
        visit(root);
        return [...files].filter((file) => !source.includes(`/${file}"`)).map((file) => `/${file}`);
      };
      const wanted = withImports(editor);
      // Every other screen lists the library at once, and Dexie is not in the start-up bundle (storage/index.ts).
      const library = withImports(database);
      const styles = [...(editor.viteMetadata?.importedCss ?? [])].map((file) => `/${file}`);
      // It also starts reading the map's record (storage/rawRecordRead.ts, the same functions the app uses), so the
      // database answers while the code still arrives; a large record in a worker, so its copy is made off the page.
      // The app takes the read (storage/readMapFirst.ts).
      // A map the size hint says is small is read on the page: a worker's start-up costs more than its copy (storage/sizeHint.ts).
      const readArgs = `${JSON.stringify(MAP_RECORDS.database)},${MAP_RECORDS.version},${JSON.stringify(MAP_RECORDS.store)},id`;
      const earlyRead = `var m=/^#\\/map\\/([^/?#]+)$/.exec(location.hash);if(m){try{var id=decodeURIComponent(m[1]);var small=false;try{var size=localStorage.getItem(${JSON.stringify(SIZE_HINT_PREFIX)}+id);small=size!==null&&+size<${WORKER_READ_FROM}}catch(e){}var read=${rawRecordRead.toString()};window[${JSON.stringify(EARLY_READ_GLOBAL)}]={id:id,record:small?read(${readArgs}):(${workerRecordRead.toString()})(read,${readArgs})}}catch(e){}}`;
      const script = `(function(){var h=document.head;function preload(files){files.forEach(function(f){var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.fetchPriority='high';l.href=f;h.appendChild(l)})}if(!/^#\\/map\\//.test(location.hash)){preload(${JSON.stringify(library)});return}${earlyRead}preload(${JSON.stringify(wanted)});${JSON.stringify(styles)}.forEach(function(f){var l=document.createElement('link');l.rel='preload';l.as='style';l.crossOrigin='';l.href=f;h.appendChild(l)})})();\n`;
      const fileName = `assets/map-preload-${createHash('sha256').update(script).digest('hex').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName, source: script });
      html.source = source.replace('<script type="module"', `<script async src="/${fileName}"></script>\n    <script type="module"`);
    },
  };
}

/**
 * Offline and installable: a generated service worker precaches every built file (the
 * lazily loaded screens and the workers too), so after the first visit the app opens and works
 * without a network. `prompt`: a new version waits until the user chooses to update
 * (shell/UpdateNotice.tsx); the page is never reloaded under their hands. The worker is
 * registered from a module (shell/registerServiceWorker.ts), never from an inline script,
 * so the Content-Security-Policy stays strict.
 */
const progressiveWebApp = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  includeAssets: ['favicon.svg'],
  manifest: {
    name: 'Verkostokartta',
    short_name: 'Verkostokartta',
    description: 'Verkostosuhteet näkyviksi',
    lang: 'fi',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#2a7f6f',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest}'],
    navigateFallback: 'index.html',
    // The editor chunk (React Flow, the render layer) is larger than Workbox's 2 MiB default allows for some builds.
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    cleanupOutdatedCaches: true,
    // The first worker takes charge of the open page at once, so a screen opened after the wifi
    // drops (without a reload) still loads from the cache. A NEW version never does this by itself:
    // it waits (no skipWaiting) until the user clicks "Update".
    clientsClaim: true,
  },
});

/**
 * A fingerprint of the model's source (src/model, tests left out). Records this build writes carry it
 * (storage/trustedRecord.ts); a record with the same fingerprint is one whose validity this very model
 * already checked, so reading it back needs only a structural check. Any change to the model changes it,
 * and the next read of each record is fully validated again.
 */
function modelStamp(): string {
  const root = join(import.meta.dirname, 'src', 'model');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .sort();
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(root, file)))
      .update('\0');
  return hash.digest('hex').slice(0, 16);
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), mapRoutePreload(), progressiveWebApp],
  define: { __MODEL_STAMP__: JSON.stringify(modelStamp()) },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    // Everything the start-up bundle imports statically in one file: split by what else shares it, it was a dozen
    // small files, and the first line of our code ran only when the last of them had arrived (about twice as long
    // after index.html as the bare React Flow page's one file). What loads later stays split as before.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'start', tags: ['$initial'] }] } } },
  },
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Layout and property tests are heavy; on a busy 2-core CI machine the default 5 s is a flake, not a finding
    // (speed is measured by npm run bench).
    testTimeout: 30_000,
  },
});
