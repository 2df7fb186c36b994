import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The DOM-free build of the markdown parser's entity decoder: its "browser" one needs `document`, which a worker lacks. */
const ENTITY_DECODER = fileURLToPath(new URL('./node_modules/decode-named-character-reference/index.js', import.meta.url));

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist-renderer', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  worker: {
    plugins: () => [
      { name: 'worker-entity-decoder', enforce: 'pre', resolveId: (id) => (id === 'decode-named-character-reference' ? ENTITY_DECODER : null) },
    ],
  },
});
