import { describe, expect, it } from 'vitest';
import { isOwnPart } from '../../../src/matcher/own-part.ts';

/** The first part word of `sentence`, as the matcher would have found it. */
const partIn = (sentence: string) => {
  const found = /\b(?:calf|calves|knees?|ankles?|achill(?:es|ies))\b/i.exec(sentence)!;
  return { start: found.index, end: found.index + found[0].length, entryId: 'p/part', sense: 'relaxed' as const };
};

describe('a part of the leg named as a person’s own', () => {
  it.each<[string, boolean]>([
    ['No idea what I did to my poor calf.', true],
    ['I jarred my already dodgy knee on the stairs.', true],
    ['Spent the weekend resting my gammy knee.', true],
    ["Sam's bleeding knee was cleaned at the break.", true],
    ['He went down clutching at his knee.', true],
    ['He lay there holding his ankle.', true],
    ['He grazed his knee on the tarmac.', true],
    ['Same thing happened to the other knee last year.', true],
    ['Striker busts knee in cup tie.', true],
    ['Winger sprains an ankle in training.', true],
    ['Jones (ankle) will miss the game on Sunday.', true],
    // A lone owner, and what only a hurt joint does right after (pointback round).
    ['Her ankle looks bigger than the other one tonight.', true],
    ['His knee is still giving him grief when he kneels.', true],
    ['Her ankle keeps going over on the pavement.', true],
    // A relative's joint named with its complaint (relative15 round).
    ['His knees are bad so he cannot manage the stairs.', true],
    ['Her knee is the problem, not her hip.', true],
    ['Her ankle has been playing up since the wedding.', true],
    ['His knee cap was knocked out of place in the tackle.', true],
    ['Grandad has a bum knee.', true],
    ['He has a trick knee that locks.', true],
    ['His knees are bad at taking the weight, the mechanic said of the frame.', false],
    ['Her knees are bad, the vet said of the old mare.', false],
    ['Her knee brushed mine under the table.', false],
    ['His knee bounced with nerves as the results were read.', false],
    ['Her ankle boots look bigger than the other pair.', false],
    ['My weak calf stood up and drank from the bucket.', false],
    ['Her knees trembled as she stepped onto the stage.', false],
    ['Grandpa bounced her on his knee.', false],
    ['He was brought to his knees by bad investments.', false],
    ['The other calf was sold at the mart.', false],
    ['Pulled a calf out of the ditch this morning.', false],
    ['Her poor knee-high boots were soaked through.', false],
    ['She wore her bandaged ankle boots to the party.', false],
    ["The pipe's damaged knee leaked all night.", false],
    ['Look at the other knee of the curve on the chart.', false],
    ['Price per head (calf) rose at the spring sale.', false],
    ['Measure the width (ankle) before you cut the fabric.', false],
    // Pointed at with its hurt named (barepart15 round).
    ['Then he pointed at his knees and said they had been aching for weeks.', true],
    ['Dad pointed to his ankles and said they were sore every night.', true],
    ['She pointed at his knees and laughed at the mud on his trousers.', false],
    ['He pointed at her ankles, where the paint had dripped.', false],
    // A joint moved, examined or massaged, and what a joint does said of "the" (limb17 grid).
    ['He straightened his knee for the first time since the op.', true],
    ['The consultant examined her ankle and ordered a scan.', true],
    ['Her knees pop when she gets up from the sofa.', true],
    ['Since the surgery his knee has no strength in it.', true],
    ['The knee clicks every time I climb the stairs.', true],
    ['The knee is the problem, the physio reckons.', true],
    ['The knee bend in the second act was perfect.', false],
    ['Her knee bends were the best in the class.', false],
    ['The barons refused to bend the knee to the king.', false],
    ['The knee of the curve sits in March.', false],
    ['She bent her knee-high boots to fit them in the case.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(isOwnPart(sentence, partIn(sentence), [0, sentence.length])).toBe(expected);
  });
});
