/**
 * Bundles the render layer's scene build (bench/scene-entry.ts) into one ES
 * module, bench/.out/scene/scene.mjs, for bench/scene-cpu.mjs. Unminified, so
 * a `node --cpu-prof` profile names the functions.
 */
import { isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  logLevel: 'warn',
  publicDir: false,
  build: {
    lib: { entry: here('./scene-entry.ts'), formats: ['es'], fileName: () => 'scene.mjs' },
    outDir: here('./.out/scene'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: { external: (id: string) => !id.startsWith('.') && !isAbsolute(id) && !id.startsWith('\0') },
  },
});
