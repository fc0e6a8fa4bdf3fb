import { describe, expect, it } from 'vitest';
import { isMovedPart } from '../../../src/matcher/moved-part.ts';

/** The first part word of `sentence`, as the matcher would have found it. */
const partIn = (sentence: string) => {
  const found = /\b(?:calf|calves|knees?|ankles?|achill(?:es|ies))\b/i.exec(sentence)!;
  return { start: found.index, end: found.index + found[0].length, entryId: 'p/part', sense: 'relaxed' as const };
};

describe('a part of the leg in action, or a place a body is measured from', () => {
  it.each<[string, boolean]>([
    // A joint of "the" moved as a joint is.
    ['After the operation they straightened the knee under anaesthetic.', true],
    ['I flexed the ankle slowly, as the physio showed me.', true],
    ['Try to bend the knees a little more each day.', true],
    ['The barons refused to bend the knee to the new king.', false],
    ['He flexed the calf for the camera.', false],
    ['Straighten the knee of the pipe before you fit it.', false],
    ['The physio asked her to bend her knee as far as it would go.', true],
    ['He bent his knee to the emperor and swore loyalty.', false],
    // A mark on the skin of "the" knee or ankle.
    ['He has a deep cut on the knee that needed stitches.', true],
    ['There is a graze on the knee of his trousers.', false],
    ['The scar on the calf from the branding is healing.', false],
    ["Since the fall she can't put weight on her ankle.", true],
    ['He put ice on his knee every two hours.', true],
    ['They put weight on their calves fast with the new feed.', false],
    // The part a cast, numbness or movement is measured from.
    ["He's been in plaster from his knee down since the fall.", true],
    ['She is numb from the knee down after the spinal block.', true],
    ['He has been paralysed from the calves down since the crash.', true],
    ['Soaked from the knees down, we trudged on.', false],
    ['The clot stretched all the way from the ankle up to the thigh.', false],
    ['The dress is pleated from the knee down.', false],
    ['The boots are laced from the ankle up.', false],
    // Kneeling where it hurts; a clinician examining the part.
    ['It hurts to kneel on the knee since the op.', true],
    ['He knelt on his knees in prayer.', false],
    ['The doctor examined the knee and sent me for an X-ray.', true],
    ['The buyer examined the calf before the sale.', false],
    ['The vet examined the calf and said it would be fine.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(isMovedPart(sentence, partIn(sentence), [0, sentence.length])).toBe(expected);
  });
});
