// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

// The tissue17 round: a vein that is swollen is a varicose vein, not oedema (vein-swelling.ts).
describe('a swollen vein gets no oedema card', () => {
  it.each<[string, string[]]>([
    ['Varicose veins are veins in the legs that have become swollen and twisted.', []],
    ['The veins in her legs were swollen and bulging after years of standing at work.', []],
    ['Swollen, twisted veins on the calves and behind the knees are varicose veins.', ['calves', 'knees']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['My legs are swollen and the varicose veins on my calves ache.', ['swollen!', 'calves']],
    ['Leg swelling from varicose veins gets worse after standing all day.', ['swelling!']],
    ['Her ankles were swollen, and the veins behind her knees were bulging.', ['ankles', 'swollen!', 'knees']],
  ])('%s keeps %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
