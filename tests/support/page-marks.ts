import { startTermEngine, type TermEngine } from '../../src/page/term-engine.ts';
import { createFakeRange, createFakeRegistry } from './fake-highlights.ts';
import { nextTask, pageMatcher } from './engine-harness.ts';

let engine: TermEngine | undefined;

/**
 * The texts the engine marks on `html` (set as happy-dom's body), `!` after a red one, with a
 * matcher of its own as each page has. Call `clearPage` after each test.
 */
export async function marksOfPage(html: string): Promise<string[]> {
  document.body.innerHTML = html;
  const fake = createFakeRegistry();
  engine = startTermEngine(document.body, {
    matcher: pageMatcher(),
    registry: fake.registry,
    styleOf: (term) => (term.isUrgent ? 'urgent' : 'term'),
    createRange: createFakeRange,
    yieldToMain: nextTask,
    scheduleBatch: (run) => setTimeout(run, 0),
  });
  await engine.idle();
  const urgent = new Set([...fake.painted.urgent].map((range) => range.startContainer.textContent));
  return fake.texts().map((text) => (urgent.has(text) ? `${text}!` : text));
}

/** Stops the engine of `marksOfPage` and empties the page. */
export function clearPage(): void {
  engine?.destroy();
  engine = undefined;
  document.body.innerHTML = '';
}
