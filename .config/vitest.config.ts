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
    // Each file gets its own happy-dom (vitest's default isolation). `isolate: false` (one window per
    // worker) cut the suite from ~20 s to ~8 s but was flaky: a file using fake timers can leave
    // the shared window's MutationObserver and storage callbacks stuck, so later files' tests time
    // out (2 of 6 full runs, 2026-12-02). `pool: 'vmThreads'` lacks Node's MessageChannel, which
    // the slice runner falls back to. tests/support/unit-setup.ts still resets each file.
    setupFiles: ['tests/support/unit-setup.ts'],
  },
});
