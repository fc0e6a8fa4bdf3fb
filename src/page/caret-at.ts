/** A text position under a point of the viewport. */
export interface Caret {
  node: Node;
  offset: number;
}

type CaretRangeDocument = Document & { caretRangeFromPoint(x: number, y: number): Range | null };

/**
 * The caret position at viewport point (x, y), or undefined where there is none. Text inside open
 * shadow roots is found only if they are passed (`shadowRoots`, Chrome 128+ and Firefox).
 */
export function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[] = []): Caret | undefined {
  // caretPositionFromPoint: Firefox, Chrome 128+; caretRangeFromPoint: older Chrome.
  if ('caretPositionFromPoint' in doc) {
    const position =
      shadowRoots.length > 0 ? doc.caretPositionFromPoint(x, y, { shadowRoots }) : doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  const range = (doc as CaretRangeDocument).caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}
