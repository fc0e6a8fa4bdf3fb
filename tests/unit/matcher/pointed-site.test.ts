import { describe, expect, it } from 'vitest';
import { siteSignOf } from '../../../src/matcher/pointed-site.ts';

/** The sign word of `sentence`, as the matcher would have found it. */
const signIn = (sentence: string, sign: string) => {
  const start = sentence.indexOf(sign);
  return { start, end: start + sign.length, entryId: 'p/sign', sense: 'weak' as const };
};

// Probes written for the rule (issue 11, jointcare round), in our own words.
describe('a sign said of a site pointed back to (pointed-site.ts)', () => {
  it.each<[string, string, 'said' | 'touched' | undefined]>([
    ['The area felt unusually warm to the touch.', 'warm', 'touched'],
    ['The area felt unusually warm to the touch.', 'warm to the touch', 'touched'],
    ['The site is still swollen three days on.', 'swollen', 'said'],
    ['That area is really swollen this morning.', 'swollen', 'said'],
    ['The incision feels numb.', 'numb', 'said'],
    ['The spot where the jab went in has stayed numb.', 'numb', 'said'],
    ['The surgical site looks red, puffy and sore.', 'puffy', 'said'],
    // A place or a thing after the sign, no site, a site that is not the subject.
    ['The whole area was swollen with tourists.', 'swollen', undefined],
    ['The site was red with bunting.', 'red', undefined],
    ['The site was numb with shock after the club folded.', 'numb', undefined],
    ['The town felt warm to the touch of spring.', 'warm', undefined],
    ['A lot of growth in that area left the team numb.', 'numb', undefined],
    // The shape only: a paired sign said so takes the thread's leg only with a second symptom (thread-shape.ts).
    ['The area was warm and sunny.', 'warm', 'said'],
  ])('%s (%s) → %s', (sentence, sign, expected) => {
    expect(siteSignOf(sentence, signIn(sentence, sign), [0, sentence.length])).toBe(expected);
  });
});
