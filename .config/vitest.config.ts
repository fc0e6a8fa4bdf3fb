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
    // One happy-dom window and module graph per worker, not per file: creating happy-dom for each
    // of the ~50 files was 60 % of the suite's time (~23 s -> ~9 s on 2 cores). Each file is reset
    // by tests/support/unit-setup.ts, which also fails a file that leaves fake timers installed
    // (once the cause of timeouts in later files, seen as flaky). `pool: 'vmThreads'` is no
    // option: it lacks Node's MessageChannel, which the slice runner falls back to.
    isolate: false,
    // A limit on hangs, not on speed: at a load average of 13 on 2 cores, the 1,001-record rescan
    // of tests/unit/page/term-engine.test.ts took 5.2 s, past vitest's default 5 s (twelfth session).
    testTimeout: 20_000,
    setupFiles: ['tests/support/unit-setup.ts'],
  },
});
