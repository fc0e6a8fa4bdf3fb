// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

// The joint-sense round (docs/sense.md "A joint's weakness, a cramp's knot, a pain's heat"):
// joint-weakness.ts, cramp-knot.ts, pain-heat.ts, and the shapes added to joint-stiffness.ts and
// tissue-stretch.ts.
describe('a weak joint, a cramp’s knot, a pain’s heat and a tendon a boot stretches get no card of theirs', () => {
  it.each<[string, string[]]>([
    // A joint that is weak: its adjective or its subject (joint-weakness.ts).
    ['My knee is weak and wobbly since the ligament repair.', ['knee']],
    ['Jumping rope helps my weak, wobbly ankles.', []],
    ['The physio says my ankle is still weak after the sprain.', ['ankle']],
    ['She went weak at the knees when he walked in.', []],
    // A knee's weakness as a noun (review17): the joint giving way, as its adjective is; not a
    // muscle named after it, nor the ankle's (the foot-lifting muscles').
    ['Since the tear there is some weakness in my knee on the stairs.', ['knee']],
    ['Knee weakness and swelling after the fall.', []],
    ['Weakness in my knee and calf since the op.', ['Weakness!', 'knee', 'calf']],
    ['Weakness in my left ankle after the back operation.', ['Weakness!', 'ankle']],
    // A pulse that is weak (joint-weakness.ts, the redfix14 round).
    ['The pulse in my foot was weak, the nurse said.', []],
    ['Weak pulse in my left foot and the calf hurts when I walk.', ['calf']],
    // A person stiff where the sentence names the joint that will not move (joint-stiffness.ts).
    ['After the op I was so stiff I could not bend my knee.', ['knee']],
    ['I am both very stiff and afraid to move my foot.', []],
    // A heel's stiffness, and a ligament after words that describe it.
    ['Heel pain and stiffness in the first steps of the morning.', []],
    ['Pulling on a cold, tight ligament tears it.', []],
    ['A stiff, nagging ache deep in the back of my heel.', []],
    ['Pain and stiffness on waking are typical of Achilles tendinitis.', ['Achilles tendinitis']],
    // A cramp's knot (cramp-knot.ts).
    ['The cramp twisted the muscle into a tight, burning knot.', ['cramp', 'tight']],
    ['Both calves knotted up at once on the climb.', ['calves']],
    ['One of my calves will cramp/knot up on long rides.', ['calves', 'cramp']],
    // A knot supposed, the feel of a cramp (the precise16 round).
    ['It felt as if a big knot had formed inside my calf.', ['calf']],
    ['Mid-swim it was as though there was a knot in my calf.', ['calf']],
    // A tendon a thing lets or makes stretch (tissue-stretch.ts).
    ['The walking boot lets my Achilles stretch further than I expected.', ['Achilles']],
    ['The brace forced the torn ligament to stretch.', []],
    // A pain's heat (pain-heat.ts).
    ['A hot, searing pain shot up from my heel to my knee.', ['knee']],
    ['The pain in my calf is like a hot poker.', ['pain in my calf']],
    ['It felt like a red-hot needle in my shin.', []],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // A muscle's weakness, stiffness, a lump, a warm red calf and the exercise keep their cards.
    ['My legs went weak and numb and I had to sit down.', ['weak!', 'numb!']],
    ['I felt sudden weakness in my calf and could not lift my foot.', ['weakness!', 'calf']],
    ['The muscles around my knee are weak since the operation.', ['knee', 'weak!']],
    ['My calf is stiff after the race.', ['calf', 'stiff']],
    ['A stiff ache in the back of my knee after squats.', ['stiff', 'knee']],
    ["I'm stiff in my calves and can't bend my knees.", ['stiff', 'calves', 'knees']],
    ['There is a hard knot in my calf that will not go away.', ['knot', 'calf']],
    ['I found a painful lump behind my knee.', ['lump', 'knee']],
    ['My calf was red and hot to the touch.', ['calf', 'red!', 'hot to the touch!']],
    ['My calf is hot, swollen and throbbing.', ['calf', 'hot!', 'swollen!']],
    ['I stretch my calves every night in the boot.', ['stretch', 'calves']],
  ])('%s still marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
