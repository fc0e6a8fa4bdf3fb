import type { Matcher } from '../../src/matcher/matcher.ts';
import { startTermEngine, type TermEngine } from '../../src/page/term-engine.ts';
import { createFakeRange, createFakeRegistry } from './fake-highlights.ts';
import { nextTask } from './engine-harness.ts';

/**
 * An engine over `html` in the document's body with a fake registry, one block a slice, so a
 * block matched again (a page's health signal, an entry it shows) goes through the same slices as
 * any walk. The caller destroys the engine.
 */
export function startSliced(
  html: string,
  matcher: Matcher,
): { engine: TermEngine; fake: ReturnType<typeof createFakeRegistry> } {
  document.body.innerHTML = html;
  const fake = createFakeRegistry();
  const engine = startTermEngine(document.body, {
    matcher,
    registry: fake.registry,
    styleOf: () => 'term',
    createRange: createFakeRange,
    yieldToMain: nextTask,
    scheduleBatch: (run) => setTimeout(run, 0),
    sliceMs: 0,
  });
  return { engine, fake };
}

/** Lets the observer deliver its records, then waits for the engine to finish the batch. */
export async function settle(engine: TermEngine): Promise<void> {
  await nextTask();
  await nextTask();
  await engine.idle();
}
