import { describe, expect, it } from 'vitest';
import { isHipOnly, legPartsOf, otherRegionsOf } from '../../../src/matcher/other-region.ts';

const words = (text: string, spans: number[]) =>
  spans.flatMap((start, k) => (k % 2 ? [] : [text.slice(start, spans[k + 1])]));

describe('otherRegionsOf', () => {
  it.each<[string, string[]]>([
    ['Swollen tendons in the wrist press on the nerve.', ['the wrist']],
    ['Massage the muscles of the neck and shoulders.', ['the neck']],
    ['Eye muscles tire after long hours at a screen.', ['Eye muscles']],
    ['Weakness in the lower back, or in nearby muscles.', ['lower back']],
    ['Pelvic floor muscles can feel weak.', ['Pelvic']],
    ['A bruise on my back, my calf cramped.', ['my back']],
    // The airways and the mouth (clot-place round): asthma's and an allergy's swelling.
    ['The muscles around the airways squeeze and the lining swells.', ['the airways']],
    ['The bronchial tubes become swollen.', ['bronchial']],
    ['Her tonsils were so swollen.', ['Her tonsils']],
    // A side between the owner and the region (the falsered15 round).
    ['I jammed my left knee and my right wrist in the fall.', ['my right wrist']],
    // Not a body's region: idioms, and the back of the leg.
    ['On the other hand, the swelling went down.', []],
    ['Keep an eye on the arms race and the bottleneck.', []],
    ['Pain in the back of my calf, and my back leg aches.', []],
    // A posture, not a region (the cramp16 round): "had to float on my back".
    ['Lying on my back, my calf cramped.', []],
    ['I got cramp and had to float on my back.', []],
  ])('%s', (text, found) => {
    expect(words(text, otherRegionsOf(text, 0, text.length))).toEqual(found);
  });
});

describe('legPartsOf', () => {
  it('finds a part of the leg however it is said', () => {
    const text = 'numbness in the hands and feet, the top of your foot, both hips';
    expect(words(text, legPartsOf(text, 0, text.length))).toEqual(['feet', 'foot', 'hips']);
  });
});

describe('isHipOnly', () => {
  const text = 'weakness in the hips and my left leg';
  it.each<[string, number[], boolean]>([
    ['a hip frame alone', [12, 20], true],
    ['a hip frame and a leg frame', [12, 20, 25, 36], false],
    ['no anchor', [], false],
  ])('%s', (_, spans, expected) => {
    expect(isHipOnly(text, spans)).toBe(expected);
  });
});
