/**
 * Bundles the merge model (TypeScript under src/model/merge) into one ES module,
 * bench/.out/merge/merge.mjs, that the Node runner imports. Packages from
 * node_modules stay external: Node resolves them itself.
 */
import { isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  logLevel: 'warn',
  publicDir: false,
  build: {
    lib: { entry: here('./merge-entry.ts'), formats: ['es'], fileName: () => 'merge.mjs' },
    outDir: here('./.out/merge'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: { external: (id: string) => !id.startsWith('.') && !isAbsolute(id) && !id.startsWith('\0') },
  },
});
