import { AnchorFinder } from './anchor-finder.ts';
import type { SenseContext } from './apply-sense.ts';
import type { CompiledTries } from './compile-matcher.ts';
import type { PageSense } from './matcher.ts';

/** What the sense rules read, made once per matcher from its compiled tries. */
export function senseContextOf({ urgent, symptoms, anchors }: CompiledTries, page: PageSense = {}): SenseContext {
  return {
    isHealthPage: page.isHealthPage ?? false,
    urgent: new Set(urgent),
    symptoms: new Set(symptoms),
    anchors: new AnchorFinder(anchors),
  };
}
