/** Gzip sizes of the production build: what index.html loads up front, and each chunk loaded later. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipBytes = (buffer) => gzipSync(buffer, { level: 9 }).length;

export async function bundleSizes(distDir) {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  // Scripts, stylesheets and module preloads that index.html references are the initial load.
  const initialPaths = new Set([...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="\/?(assets\/[^"]+)"/g)].map((m) => m[1]));
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
