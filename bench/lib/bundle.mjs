/** Gzip sizes of the production build: what index.html loads up front, and each chunk loaded later. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipBytes = (buffer) => gzipSync(buffer, { level: 9 }).length;

export async function bundleSizes(distDir) {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  // Scripts, stylesheets and module preloads that index.html references are the initial load.
  const initialPaths = new Set([...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="\/?(assets\/[^"]+)"/g)].map((m) => m[1]));
  // The map-route preload script (vite.config.ts) asks for the database's chunk at once on every other route: the
  // library needs it to list its maps, so it counts as initial too.
  for (const path of [...initialPaths].filter((p) => /\/map-preload-[^/]+\.js$/.test(p))) {
    const script = await readFile(join(distDir, path), 'utf8');
    const library = /preload\((\[[^\]]*\])\);return\}/.exec(script);
    // Counting nothing would understate the initial load without a word: the script's shape changed, so say so.
    if (!library) throw new Error(`${path}: no list of the library's files found (vite.config.ts mapRoutePreload changed?)`);
    for (const file of JSON.parse(library[1])) initialPaths.add(file.replace(/^\//, ''));
  }
  const files = [];
  for (const name of (await readdir(join(distDir, 'assets'))).sort()) {
    const path = `assets/${name}`;
    const buffer = await readFile(join(distDir, path));
    files.push({ path, bytes: buffer.length, gzip: gzipBytes(buffer), initial: initialPaths.has(path) });
  }
  const sum = (list, key) => list.reduce((total, f) => total + f[key], 0);
  const initial = files.filter((f) => f.initial);
  const initialJs = initial.filter((f) => f.path.endsWith('.js'));
  const initialCss = initial.filter((f) => f.path.endsWith('.css'));
  return {
    initialJs: { bytes: sum(initialJs, 'bytes'), gzip: sum(initialJs, 'gzip') },
    initialCss: { bytes: sum(initialCss, 'bytes'), gzip: sum(initialCss, 'gzip') },
    files,
  };
}
