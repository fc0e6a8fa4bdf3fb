// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

describe('numb as a feeling beside what moved it is no sign (numb-feeling.ts)', () => {
  it.each<string>([
    "The story's ending left me numb, and my feet cold as the fire died down.",
    'I jarred my ankle on the boat. It felt numb, that whole week of news.',
    "The film's last scene left me so numb I walked home with wet feet.",
    // The cause in the sentence before, a person's feeling (the falsered15 round).
    'The election results came in at midnight. I felt numb for days, and my feet were like ice.',
    'The jury read its verdict late at night. I felt numb for days, and my feet were freezing the whole time.',
  ])('%s marks no numbness', (text) => {
    expect(marks(text).filter((mark) => mark.startsWith('numb'))).toEqual([]);
  });

  it.each<[string, string[]]>([
    // A place for the numbness, or a part as its subject: the red rule decides.
    ['The fall left me numb in my left foot and I cannot lift my toes.', ['numb!']],
    ['Read the scan letter twice, and my left leg went numb while I sat there.', ['numb!']],
    ['my left foot has been weak and numb since this morning', ['numb!']],
    ['Got the letter from the hospital. I felt numb in my foot all afternoon.', ['numb!']],
    ['Read the news about my leg scan. I felt numb and my left foot tingled all night.', ['numb!']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text).filter((mark) => mark.startsWith('numb'))).toEqual(expected);
  });
});
