import { blockContainerOf, isInline } from './inline-tags.ts';
import { isInSkippedRegion, isSkipped } from './skip-rules.ts';

/** Adjacent children of one parent that may hold changed text: `first` through `last`. */
export interface SiblingRun {
  first: Node;
  last: Node;
  /** An element the batch's records added, walked whole (added-runs.ts says if it needs unmarking). */
  isAdded?: boolean;
}

export interface RescanPlan {
  /** Subtrees whose marks must go (removed from the page, or hidden). */
  removed: Node[];
  /** Runs of inline content and whole elements to unmark and walk again. */
  targets: SiblingRun[];
}

const isInlineContent = (node: Node) =>
  node.nodeType === 3 || (node.nodeType === 1 && isInline(node as Element) && !isSkipped(node as Element));

/**
 * The run of text `node` belongs to, as siblings under its block container: rescanning exactly
 * this, rather than the container, keeps a ticking clock in a page-wide `<body>` cheap.
 */
export function runAround(node: Node, root: Node): SiblingRun {
  const container = blockContainerOf(node, root);
  let top = node;
  while (top.parentNode && top.parentNode !== container) top = top.parentNode;
  if (top === container) return { first: top, last: top };
  let first = top;
  let last = top;
  while (first.previousSibling && isInlineContent(first.previousSibling)) first = first.previousSibling;
  while (last.nextSibling && isInlineContent(last.nextSibling)) last = last.nextSibling;
  return { first, last };
}

/**
 * Turns a frame's mutation records into the least work that brings the marks up to date: only
 * added or changed blocks are walked again, removed nodes are dropped from the index.
 */
export function planRescan(records: readonly MutationRecord[], root: Node): RescanPlan {
  const removed: Node[] = [];
  const candidates: SiblingRun[] = [];
  const around = (node: Node | null) => {
    if (node?.isConnected && root.contains(node)) candidates.push(runAround(node, root));
  };
  for (const record of records) {
    if (record.type === 'characterData') {
      around(record.target);
    } else if (record.type === 'attributes') {
      // hidden / contenteditable / translate changed: the element's text may have to go or come back.
      removed.push(record.target);
      if (record.target.isConnected) candidates.push({ first: record.target, last: record.target });
    } else {
      removed.push(...record.removedNodes);
      for (const node of record.addedNodes) {
        if (isInlineContent(node)) around(node);
        else if (node.nodeType === 1 && node.isConnected) candidates.push({ first: node, last: node, isAdded: true });
      }
      // Removing inline content rejoins or shortens the run it sat in; the last of it empties its
      // parent, which is read again (a lazy block there is found by it: lazy-block.ts).
      if ([...record.removedNodes].some(isInlineContent)) {
        const neighbour = record.previousSibling ?? record.nextSibling;
        if (neighbour || isInlineContent(record.target)) around(neighbour ?? record.target);
        else if (record.target.isConnected) candidates.push({ first: record.target, last: record.target });
      }
    }
  }
  return { removed, targets: dedupe(candidates, root) };
}

/**
 * Drops runs that are gone, inside regions we never mark, or inside another run. Runs are maximal,
 * so two runs under one parent are either the same run or apart: comparing `first` finds repeats,
 * and a run is nested when an ancestor of its `first` is a node of another run.
 */
function dedupe(candidates: readonly SiblingRun[], root: Node): SiblingRun[] {
  const byFirst = new Map<Node, SiblingRun>();
  for (const run of candidates) {
    if (!run.first.isConnected || !run.last.isConnected || run.first.parentNode !== run.last.parentNode) continue;
    if (run.first.parentNode && run.first.parentNode !== root && isInSkippedRegion(run.first.parentNode)) continue;
    byFirst.set(run.first, run);
  }
  const covered = new Set<Node>();
  for (const run of byFirst.values())
    for (let node: Node | null = run.first; node; node = node === run.last ? null : node.nextSibling) covered.add(node);
  return [...byFirst.values()].filter((run) => {
    for (let node = run.first.parentNode; node && node !== root; node = node.parentNode)
      if (covered.has(node)) return false;
    return true;
  });
}
