/** Builds the bare React Flow baseline page (bench/bare) into bench/.out/bare. */
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('./bare'),
  plugins: [react()],
  logLevel: 'warn',
  build: { outDir: here('./.out/bare'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 },
});
