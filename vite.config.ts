import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './scripts/vite/precompress.ts';
import { routePreloads } from './scripts/vite/route-preloads.ts';

const root = path.resolve(import.meta.dirname, 'src/web');

const REACT = /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/;
const ECHARTS = /node_modules[\\/](echarts|zrender)[\\/]/;
const ANTD = /node_modules[\\/](antd|@ant-design|@rc-component|rc-[a-z-]+)[\\/]/;

export default defineConfig({
  root,
  plugins: [react(), routePreloads(path.join(root, 'app/App.tsx')), precompress()],
  build: {
    outDir: path.resolve(import.meta.dirname, 'dist/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // Vendor chunks, cached across releases: React and ECharts whole; antd only for what the
        // sign-in page and the shell load anyway (tag $initial). All of antd in one chunk was
        // 1.2 MB (390 KB gzipped) to download before the sign-in page; the components only some
        // pages use (Table, DatePicker, Tree…) stay in those pages' chunks, loaded by React.lazy.
        // First load: ~300 KB gzipped in 8 files. (`manualChunks` is Rollup's older form of this.)
        codeSplitting: {
          groups: [
            { name: 'react', test: REACT, priority: 30 },
            { name: 'echarts', test: ECHARTS, priority: 20 },
            { name: 'antd', test: ANTD, tags: ['$initial'], priority: 10 },
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
