import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig(({ command }) => {
  // A build is always a production build, even when started from a test run that set
  // NODE_ENV=test (vitest does): otherwise React's development build and dev JSX are bundled.
  if (command === 'build') process.env.NODE_ENV = 'production';
  return {
    root,
    plugins: [react()],
    // Relative asset URLs: the API serves the build at its own origin.
    base: './',
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      chunkSizeWarningLimit: 1000,
    },
    server: {
      host: '127.0.0.1',
      port: 5173,
      // README.md is read at build time for the Cypher examples.
      fs: { allow: [fileURLToPath(new URL('../..', import.meta.url))] },
      proxy: { '/api': 'http://127.0.0.1:8080' },
    },
    preview: { host: '127.0.0.1' },
  };
});
