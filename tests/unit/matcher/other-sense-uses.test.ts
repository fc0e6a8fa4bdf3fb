import { describe, expect, it } from 'vitest';
import { NO_ANCHOR_WORDS } from '../../../src/matcher/anchor-words.ts';
import { compileMatcher } from '../../../src/matcher/compile-matcher.ts';

/** A small pack of its own, so the two rules of other-sense-uses.ts are seen apart from the bundled lists. */
const matcher = compileMatcher(
  [
    { id: 'tendon', forms: ['tendon'], isBodily: true },
    { id: 'pregnancy', forms: ['pregnant'], isBodily: true },
    { id: 'dvt', forms: ['DVT'], isUrgent: true },
    { id: 'fracture', forms: ['fracture', { text: 'swelling', sense: 'weak' }], isCondition: true },
    { id: 'calf', forms: [{ text: 'calf', sense: 'weak' }] },
    {
      id: 'tenderness',
      forms: [{ text: 'tender', sense: 'weak' }],
      negativeContexts: ['tender offer'],
      isUrgent: true,
    },
    { id: 'tendonitis', forms: [{ text: 'tendonitis', sense: 'weak' }], negativeContexts: ['wrist tendonitis'] },
    { id: 'dehydration', forms: [{ text: 'dehydrated', sense: 'relaxed' }], negativeContexts: ['dehydrated fruit'] },
  ],
  {
    ...NO_ANCHOR_WORDS,
    lowerLimb: ['leg'],
    body: ['muscle'],
    framed: ['calf', 'ankle'],
    framesBefore: ['my'],
    otherSenses: ['beef', 'heifer', 'dog', 'cold feet'],
    exercise: ['hike'],
  },
);

const marks = (text: string) =>
  matcher.match(text).map((match) => `${text.slice(match.start, match.end)}${match.isUrgent ? '!' : ''}`);

describe('other senses in a sentence and a block', () => {
  it.each<[string, string, string[]]>([
    ['a bodily strong form stands alone elsewhere', 'The tendon was torn.', ['tendon']],
    ['…beside an animal or its meat it is the animal’s', 'Braised beef tendon is soft.', []],
    ['…a state of a body too', 'The heifer is pregnant.', []],
    ['…and it anchors nothing', 'Beef tendon, tender after hours.', []],
    ['…but a strong form that is not bodily stands', 'A heifer farmer with DVT.', ['DVT!']],
    ['…a pet keeps it: people write of their own injuries beside pets', 'The dog made me tear a tendon.', ['tendon']],
    ['…and a phrase of another sense is no animal', 'Cold feet before the tendon surgery.', ['tendon']],
    ['a later bodily form of the block is the animal’s too', 'Buy beef tendon. The tendon is tender.', []],
    ['…unless its clause names the lower limb', 'Beef tendon for tea. I tore a tendon in my leg.', ['tendon']],
    ['…and an earlier one is not touched', 'The tendon healed. Then beef tendon for tea.', ['tendon']],
    ['a weak form after its negative context needs the lower limb', 'Wrist tendonitis. Tendonitis of the muscle.', []],
    ['…which its own clause may give', 'Wrist tendonitis. Tendonitis in my leg.', ['Tendonitis']],
    ['…a tender offer, then a calf', 'A tender offer closed. My calf is tender.', ['calf', 'tender!']],
    ['…not where the block said nothing of another sense', 'Tendonitis of the muscle.', ['Tendonitis']],
    ['a condition in a sentence about a pet is the pet’s', 'Your dog has a fracture.', []],
    ['…and it anchors nothing', 'The vet found swelling and a fracture.', []],
    ['…but a person named there keeps it', 'The dog tripped me and I got a fracture.', ['fracture']],
    ['…as does a sentence with no pet', 'A heifer farmer with a fracture.', ['fracture']],
    ['a relaxed form keeps its rules', 'Dehydrated fruit for the hike. Dehydrated kids on the hike.', ['Dehydrated']],
  ])('%s: %s', (_, text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
