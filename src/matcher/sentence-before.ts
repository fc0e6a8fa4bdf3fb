import type { RawMatch } from './apply-sense.ts';
import { hasOwnedFrame, isNounForm } from './block-anchor.ts';
import { isThingsState } from './it-sign.ts';
import { hasOtherSymptom } from './thread-shape.ts';
import { mayTakeBack } from './post-anchor.ts';
import type { SentenceAnchors } from './sentence-anchors.ts';
import { isSignVerbOfIt, ITS_BEFORE, SAID_OF_IT } from './said-of-it.ts';
import { theyBackOf } from './they-back.ts';
import { ANCHORED, judge, LOWER_LIMB, UNANCHORED } from './judge-anchors.ts';
import { isFragment, type SenseBlock } from './sense-block.ts';

/**
 * A weak form's verdict `verdict` once the sentences right before it in its block are read, in a
 * block with an anchor of its own (match-verdict.ts asks it). Its own file: the three ways a form
 * takes the sentence before share the look back and its limits.
 *
 * "My calf is sore. By evening it was swollen.": a form said of "it" or "they" takes an anchor
 * from the one or two sentences before, in the same block; red only from the one right before,
 * where "it" is the leg, and only where that sentence names no other region beside it. The less
 * risky relaxed forms take the sentence before in any case: "Tight calves? I stretch daily." A
 * sentence that merely starts with "they" or "this" takes nothing: "Broke my toe. They say the
 * pound's weakness…" was a red false alarm.
 * An urgent form anchored here by something else than the leg ("it hurts to put weight on it")
 * may still learn there that "it" is the leg.
 */
export function withSentenceBefore(
  block: SenseBlock,
  match: RawMatch,
  sentence: [number, number],
  anchors: SentenceAnchors,
  verdict: number,
  isUrgentEntry: boolean,
): number {
  const { text, raw, context, sentenceAt, anchorsAt, hasAnimalHint } = block;
  if ((verdict === UNANCHORED || (isUrgentEntry && verdict !== LOWER_LIMB)) && sentence[0] > 0) {
    const lead = text.slice(Math.max(sentence[0], match.start - 60), match.start);
    // "Simmer the beef until it is tender": "it" is the meat its own sentence names, not a leg before.
    const isMeat = () => hasAnimalHint() && anchors.hasAnimalWord;
    // "They were weak in the second half", "It's tight this month": a game's or money's state (it-sign.ts).
    const isSaidOfIt =
      SAID_OF_IT.test(lead) &&
      !(ITS_BEFORE.test(lead) && isNounForm(text, match)) &&
      !isMeat() &&
      !isThingsState(text, match, sentence, () => hasOtherSymptom(match, sentence, anchors, raw, context.symptoms));
    const isVerbOfIt = !isSaidOfIt && isSignVerbOfIt(text, match, sentence, lead);
    const reach = isSaidOfIt ? 2 : isVerbOfIt || isRelaxedBack(text, match, sentence, verdict) ? 1 : 0;
    for (let back = 0, before = sentence; back < reach && before[0] > 0; back++) {
      before = sentenceAt(before[0] - 1);
      // "I ordered two jackets online. They were really puffy.": the nearer plural things are what "they" are.
      if (isSaidOfIt && theyBackOf(lead, text.slice(...before), back === 0) === 'things') break;
      const prior = anchorsAt(before);
      // "I jammed my left knee and my right wrist. It was swollen for days.": "it" may be the wrist,
      // so the leg lends its anchor in the normal colour (issue 11: when in doubt, not red).
      // The sign said as the verb of "it" takes the normal colour (issue 11: a sign anchored only by an earlier sentence).
      const found = judge(
        match,
        prior,
        false,
        isUrgentEntry && !isVerbOfIt && back === 0 && prior.regions.length === 0,
      );
      if (found === UNANCHORED) continue;
      // Anchored now; to the lower limb if either sentence says so.
      verdict = Math.max(verdict, found);
      break;
    }
  }
  if (verdict === UNANCHORED && sentence[0] > 0) verdict = fromBlock(block, match, sentence, anchors);
  return verdict;
}

/**
 * Does a relaxed form take the sentence before ("Tight calves? I stretch every day.")? Not as an
 * adjective before its noun at the start of a sentence, as the block rule reads a fragment
 * ("…injured his ankle in the warm-up. Stretched defence, tired legs": everyday.probe-block.txt):
 * that says nothing of the leg before. The block rule's other limits cost right marks here: not
 * beside a word of another sense lost the article's "stand on your toes and flex your foot (lift
 * your toes up toward your knee)", and not after a question or only after "my calf" lost "Any
 * tips for tight calves? I stretch every day." (forum.held-out.txt).
 */
function isRelaxedBack(text: string, match: RawMatch, sentence: [number, number], verdict: number) {
  return match.sense === 'relaxed' && verdict === UNANCHORED && mayTakeBack(text, sentence, match);
}

/**
 * "Rolled my ankle on Saturday. Still swollen and a bit warm today.": a fragment with no subject
 * of its own takes, in the normal colour, the anchor of the sentence right before where that
 * names whose part it is (block-anchor.ts). Not after a question, nor beside another sense.
 */
function fromBlock(block: SenseBlock, match: RawMatch, sentence: [number, number], anchors: SentenceAnchors): number {
  const { text, sentenceAt, anchorsAt } = block;
  if (!isFragment(block, match, sentence, anchors, false)) return UNANCHORED;
  const before = sentenceAt(sentence[0] - 1);
  if (text.slice(before[0], before[1]).trimEnd().endsWith('?')) return UNANCHORED;
  const prior = anchorsAt(before);
  return hasOwnedFrame(text, prior.limbs) || (prior.hasFrame && hasOwnedFrame(text, prior.frames))
    ? ANCHORED
    : UNANCHORED;
}
