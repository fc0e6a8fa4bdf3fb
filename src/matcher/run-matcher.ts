import { applySense, type RawMatch } from './apply-sense.ts';
import { withEarlierBlocks } from './earlier-blocks.ts';
import type { CompiledTries } from './compile-matcher.ts';
import { formFinderOf } from './form-finder.ts';
import type { Matcher, PageSense } from './matcher.ts';
import { relaxedWalkOf } from './relaxed-walk.ts';
import { isLegHeadingText } from './heading-leg.ts';
import { isSectionAnchorText } from './section-anchor.ts';
import { NONE_SHOWN, senseContextOf } from './sense-context.ts';
import { hasRelaxedLeft } from './health-wait.ts';
import { withoutVerbUses } from './verb-uses.ts';
import { withClotPlaceColour, withoutPlacedClots } from './clot-place.ts';
import { withoutPeriodCramps } from './period-post.ts';
import { withoutOtherSenses } from './other-senses.ts';
import { withoutSwellingsElsewhere } from './swelling-said.ts';
import { withoutCausesBefore } from './cause-before.ts';
import { likeningSpans } from './likening.ts';

/**
 * The matcher over compiled tries: the forms found (form-finder.ts), the uses in other senses set
 * aside (other-senses.ts and the rules before it), then the sense rules (apply-sense.ts), with the
 * blocks before and the heading where the page can be asked for them (earlier-blocks.ts).
 */
export function matcherFromTries(tries: CompiledTries, page: PageSense = {}): Matcher {
  const { spellings, conflicts, candidates: source } = tries;
  const sense = senseContextOf(tries, page);
  const findForms = formFinderOf(tries);
  // Did the last `match` leave a relaxed form that the page's health signal may mark?
  let isWaitingForHealthPage = false;
  let lastShown: readonly string[] = [];
  let lastLeft: readonly string[] = [];
  let lastHeading = '';
  let isLastLeg = false;

  return {
    spellings,
    conflicts,
    candidates: source,
    mayMatch: relaxedWalkOf(tries),
    match(text, section, asked, headingAsked, shown = NONE_SHOWN) {
      isWaitingForHealthPage = false;
      lastShown = lastLeft = [];
      const block = readRaw(text);
      const { raw } = block;
      if (raw.length === 0) return [];
      sense.shown = shown;
      sense.sure.clear();
      sense.left.clear();
      // Several rules may read the blocks before; the page is asked once a block.
      const earlier = asked && onceOf(asked);
      const waiting: RawMatch[] | undefined = earlier || headingAsked ? [] : undefined;
      // The page's answer may ask `isSectionAnchor` of a heading, which reads the heading with the
      // same anchor finder; the block's sentences read their anchors lazily, so it is read again
      // (a sentence's words read before are read again too: `AnchorFinder.spans`).
      const sectionOfBlock =
        section &&
        onceOf(() => {
          const answer = section();
          sense.anchors.read(text);
          return answer;
        });
      let kept = applySense(text, raw, block.negatives, sense, sectionOfBlock, waiting);
      // One sense per page within the block too: "My ankle swelled up after the fall. … It still
      // swells a bit." The block is judged again with the entries it shows (page-shown.ts).
      if (isShownHereLeft(sense.left, sense.sure, shown)) {
        sense.shown = new Set([...shown, ...sense.sure]);
        sense.sure.clear();
        sense.left.clear();
        if (waiting) waiting.length = 0;
        kept = applySense(text, raw, block.negatives, sense, sectionOfBlock, waiting);
      }
      // The heading is judged after the block's own sentences: the finder reads one text at a time.
      const found = waiting?.length
        ? withEarlierBlocks(text, kept, waiting, block, earlier?.() ?? '', readRaw, sense, legHeading(headingAsked))
        : kept;
      // A mark the blocks before anchored shows its entry too (on held14–17 it took 4 more right marks
      // of forum-style text as the page reads it, and no wrong one).
      for (const mark of found === kept ? [] : found) if (!kept.includes(mark)) sense.sure.add(mark.entryId);
      isWaitingForHealthPage = !sense.isHealthPage && hasRelaxedLeft(raw, found);
      lastShown = [...sense.sure];
      lastLeft = [...sense.left].filter((entry) => !sense.shown.has(entry) && !sense.sure.has(entry));
      const placed = withClotPlaceColour(text, withoutPeriodCramps(text, found, earlier), earlier);
      return withoutSwellingsElsewhere(text, withoutCausesBefore(text, placed, earlier), earlier);
    },
    raiseHealthPage() {
      sense.isHealthPage = true;
    },
    get isWaitingForHealthPage() {
      return isWaitingForHealthPage;
    },
    get lastShown() {
      return lastShown;
    },
    get lastLeft() {
      return lastLeft;
    },
    isSectionAnchor(text) {
      const { raw, negatives } = readRaw(text);
      return isSectionAnchorText(text, raw, negatives, sense.anchors);
    },
  };

  /**
   * The heading's text if it names the writer's leg (heading-leg.ts), else ''. A page's blocks
   * under one heading ask about the same text in turn: the last verdict is kept.
   */
  function legHeading(ask: (() => string) | undefined): string {
    const heading = ask?.() ?? '';
    if (heading !== lastHeading) {
      const { raw: found, negatives: spans } = readRaw(heading);
      lastHeading = heading;
      isLastLeg = heading.trim() !== '' && isLegHeadingText(heading, found, spans, sense.anchors);
    }
    return isLastLeg ? heading : '';
  }

  /** The forms of `text` that no negative context takes and that are no verb ("will clot"), and those contexts' spans. */
  function readRaw(text: string) {
    const { raw: found, negatives } = findForms(text);
    const placed = withoutPlacedClots(text, withoutVerbUses(text, withoutNegated(found, negatives)));
    // A likening's leg anchors nothing, as inside a negative context (likening.ts).
    negatives.push(...likeningSpans(text));
    const raw = withoutOtherSenses(text, placed);
    return { raw, negatives };
  }
}

/** Did the block leave a weak form of an entry it shows itself, and the page had not shown? Read with no array made: asked of every block with a form. */
function isShownHereLeft(left: ReadonlySet<string>, sure: ReadonlySet<string>, shown: ReadonlySet<string>): boolean {
  for (const entry of left) if (sure.has(entry) && !shown.has(entry)) return true;
  return false;
}

/** `ask`, called at most once: later calls return its first answer. */
function onceOf<T extends string | boolean>(ask: () => T): () => T {
  let answer: T | undefined;
  return () => (answer ??= ask());
}

/** The matches that no negative context of their own entry covers. */
function withoutNegated<T extends { start: number; end: number; entryId: string }>(
  matches: T[],
  negatives: readonly { start: number; end: number; entryId: string }[],
): T[] {
  if (negatives.length === 0) return matches;
  return matches.filter(
    (match) =>
      !negatives.some(
        (negative) => negative.entryId === match.entryId && match.start >= negative.start && match.end <= negative.end,
      ),
  );
}
