import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const root = fileURLToPath(new URL('..', import.meta.url));

// Unit tests: happy-dom, with WXT's plugin so `browser` is WXT's in-memory fake.
export default defineConfig({
  root,
  plugins: [WxtVitest({ root })],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.ts'],
    // The colour tokens are read as text (src/ui/tokens.ts); vitest makes other CSS empty.
    css: { include: [/src\/ui\/[\w-]+\.css/] },
  },
});
