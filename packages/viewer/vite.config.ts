import { defineConfig } from 'vite';

// Relative asset URLs so the API can serve dist/ from any mount point.
export default defineConfig({
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
});
