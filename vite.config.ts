import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precompress } from './scripts/vite/precompress.ts';
import { routePreloads } from './scripts/vite/route-preloads.ts';
import { stationShell } from './scripts/vite/station-shell.ts';

const root = path.resolve(import.meta.dirname, 'src/web');

const REACT = /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/;
const ECHARTS = /node_modules[\\/](echarts|zrender)[\\/]/;
const ANTD = /node_modules[\\/](antd|@ant-design|@rc-component|rc-[a-z-]+)[\\/]/;

export default defineConfig({
  root,
  plugins: [
    react(),
    // "Tháng này" of a commune station is drawn without App.tsx and antd (src/web/app/Root.tsx).
    routePreloads(path.join(root, 'app/App.tsx'), ['/activities']),
    // The offline app (src/web/sw.ts): registered by main.tsx once the page has loaded.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: '.',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: {
        name: 'Cân Bằng',
        short_name: 'Cân Bằng',
        description: 'Kế hoạch, theo dõi và báo cáo chương trình giảm thiểu mất cân bằng giới tính khi sinh',
        lang: 'vi',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b6e4f',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      injectManifest: {
        globPatterns: ['index.html', 'assets/*.{js,css}', 'icons/*.png', 'manifest.webmanifest'],
        manifestTransforms: [stationShell(path.resolve(import.meta.dirname, 'dist/web'))],
      },
    }),
    precompress(),
  ],
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
