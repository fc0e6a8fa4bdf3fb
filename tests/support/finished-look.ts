import type { ViewportAnchors, ViewportLook } from '../../src/page/viewport-anchors.ts';

/** A look at the viewport that needs no hit test: it finds `anchors` at once (happy-dom has no layout). */
export function finishedLook(anchors: ViewportAnchors | undefined): ViewportLook {
  return { next: () => ({ done: true, value: anchors }) };
}
