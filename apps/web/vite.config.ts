import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The desk app. Built into dist/, which the Terrain server serves at / (with a single-page
// fallback). In development `npm run dev -w apps/web` proxies /api to a running server.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // No inline scripts: the server's CSP is script-src 'self'.
    modulePreload: { polyfill: false },
    // MapLibre alone is about 1 MB; it loads with the map page only.
    chunkSizeWarningLimit: 1200,
    // Libraries in their own long-cached chunks: a new release of Terrain re-downloads only its code.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: "router", test: /node_modules[\\/]react-router/ },
            { name: "mantine", test: /node_modules[\\/](@mantine|@floating-ui|react-remove-scroll|tslib)/ },
            // Only what the shell needs on first load: MapLibre and the like stay in their lazy pages.
            {
              name: "vendor",
              test: /node_modules[\\/](@tanstack|i18next|react-i18next|html-parse-stringify|void-elements)/,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: { "/api": { target: process.env.TERRAIN_API ?? "http://localhost:3000", changeOrigin: false } },
  },
});
