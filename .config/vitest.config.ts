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
    // One happy-dom per worker, not per file (the files of a worker share it and their modules):
    // the suite took 35 s, 60 % of it creating happy-dom 31 times. `pool: 'vmThreads'` keeps files
    // apart but its contexts lack Node's MessageChannel, which the page's slice runner falls back
    // to. tests/support/unit-setup.ts gives each file an empty document and fake browser.
    isolate: false,
    setupFiles: ['tests/support/unit-setup.ts'],
  },
});
