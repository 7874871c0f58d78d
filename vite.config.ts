import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The renderer is served from app://cellbook/ in Electron and from 127.0.0.1 in browser mode;
// relative asset paths work under both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  resolve: {
    alias: {
      // Plotly's partial bundle (renderer/src/components/plot/plotly-bundle.ts): every user of regl
      // gets Plotly's strict fork, which runs precompiled draw commands instead of Function().
      regl: '@plotly/regl',
      // Only map traces need maplibre's stylesheet, and the bundle has none.
      'maplibre-gl/dist/maplibre-gl.css': fileURLToPath(new URL('renderer/src/components/plot/no-map-styles.css', import.meta.url)),
    },
  },
  // Plotly's sources read `global` (as in Node); the browser's name for it is globalThis.
  define: { global: 'globalThis' },
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    sourcemap: true,
    // Plotly's partial bundle (about 1.6 MB) is a separate chunk, loaded before the first plot.
    chunkSizeWarningLimit: 2000,
  },
});
