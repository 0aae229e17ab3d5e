import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// @refinedev/antd's MarkdownField pulls in react-markdown, whose packages do not declare themselves free of
// side effects; the console never renders Markdown, so let the bundler drop them when unused.
const MARKDOWN_STACK =
  /node_modules\/(react-markdown|micromark[^/]*|mdast-[^/]+|unist-[^/]+|hast-[^/]+|unified|remark-[^/]+|vfile[^/]*|property-information|decode-named-character-reference|character-entities[^/]*|comma-separated-tokens|space-separated-tokens|style-to-[^/]+|inline-style-parser|bail|trough|is-plain-obj|devlop|ccount|estree-util-[^/]+|trim-lines|html-url-attributes|zwitch|longest-streak)\//;

const apiTarget = process.env.API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: Number(process.env.VITE_PORT ?? 5173),
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      treeshake: { moduleSideEffects: (id: string) => !MARKDOWN_STACK.test(id) },
    },
  },
});
