// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

describe('a bruise in a sport post or an injury article anchors itself in the normal colour (bruise-sport.ts)', () => {
  it.each<[string, string[]]>([
    // A player's bruise, one shown off, one left by a hit.
    ["A player's bruise came from the boards.", ['bruise']],
    ['Showed the lads the bruise after the game.', ['bruise']],
    ['A hit in the second half resulted in a bruise for him.', ['bruise']],
    ['The winger has a deep bruise from a stray elbow.', ['bruise']],
    // Told with a complaint: a sprain, a pain, a contusion, blood under the skin.
    ["Not sure if it's a sprain or just a bruise.", ['bruise']],
    ['She has pain and bruising since the match.', ['bruising']],
    ['The doctor called it a contusion, basically a deep bruise.', ['bruise']],
    // Its course with its place first, a course said after "-ing".
    ['The bruise on my shoulder went yellow at the edges.', ['bruise']],
    ['My bruising turned green overnight.', ['bruising']],
    ["Her bruise won't go away.", ['bruise']],
    // "bruised" said of a part or of a person hurt.
    ['He bruised his ribs in the tackle.', ['bruised']],
    ['I got bruised blocking a shot.', ['bruised']],
    ['She is bruised and sore after the game.', ['bruised']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});

describe('the same words in sport reports, kitchens and fiction mark nothing', () => {
  it.each<string>([
    // The players' force, a team's or a market's bruising, pride and egos.
    'The forwards were bruising in the tackle all afternoon.',
    'The team took a bruising in the scrum.',
    'Bruising and swelling egos in the dressing room after the defeat.',
    'A bruising 80 minutes against the champions, with a tackle count to match.',
    // A thing's bruise, a bone's, a feeling's, fiction's.
    'I found a bruise on the paintwork after the kick-off party.',
    'The scan showed a bone bruise from the tackle.',
    'He felt bruised by the whole negotiation.',
    'She touched her bruised lips and said nothing.',
    // A face's swelling and bruising after a punch is another question (other-medical).
    'Swelling and bruising around the eye after a punch should be checked.',
    // A pain beside a bruise with no person named: an article's, of whichever region it is about.
    'Swelling may follow, then bruising.',
  ])('%s', (text) => {
    expect(marks(text)).toEqual([]);
  });
});
