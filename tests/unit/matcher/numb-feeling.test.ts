// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

describe('numb as a feeling beside what moved it is no sign (numb-feeling.ts)', () => {
  it.each<string>([
    "The story's ending left me numb, and my feet cold as the fire died down.",
    'I jarred my ankle on the boat. It felt numb, that whole week of news.',
    "The film's last scene left me so numb I walked home with wet feet.",
  ])('%s marks no numbness', (text) => {
    expect(marks(text).filter((mark) => mark.startsWith('numb'))).toEqual([]);
  });

  it.each<[string, string[]]>([
    // A place for the numbness, or a part as its subject: the red rule decides.
    ['The fall left me numb in my left foot and I cannot lift my toes.', ['numb!']],
    ['Read the scan letter twice, and my left leg went numb while I sat there.', ['numb!']],
    ['my left foot has been weak and numb since this morning', ['numb!']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text).filter((mark) => mark.startsWith('numb'))).toEqual(expected);
  });
});
