import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is served from app://cellbook/ in Electron and from 127.0.0.1 in browser mode;
// relative asset paths work under both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    sourcemap: true,
    // Plotly's own bundle (4.6 MB) is a separate chunk, loaded when a plot is first shown.
    chunkSizeWarningLimit: 5000,
  },
});
