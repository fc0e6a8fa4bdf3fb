// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

// The precise16 round: a part in a device's type (device-name.ts) or a garment's length hyphened
// after it (garment-length.ts) is not the body's.
describe('a part named in a device’s type or a garment’s length gets no card of its own', () => {
  it.each<[string, string[]]>([
    ['A lateral ankle brace can cut the risk of a repeat sprain.', []],
    ['Hinged knee braces are fitted after a ligament repair.', []],
    ['A lace-up ankle support steadied her sprained ankle.', ['ankle']],
    ['Knee supports and calf sleeves for sore knees and tired calves, from £9.', ['knees', 'calves']],
    ['Pair calf-length skirts with boots to hide your calves.', []],
    ['Ankle-length trousers and a swollen knee do not mix.', ['swollen!', 'knee']],
    // The tissue17 round: a caption's wearer in the third person.
    ['Pictured: a runner wearing an ankle brace before the race.', []],
    ['The striker, wearing a knee brace, trains apart from the squad.', []],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // A person's gear without a type word keeps its part (gear-part.ts), and the part in it.
    ['My knee brace rubs when I walk.', ['knee']],
    ['I wear an ankle brace for netball since the sprain.', ['ankle']],
    ['The old man has been wearing a knee support since the fall.', ['knee']],
    ['I bought a neoprene ankle support from the chemist and it helps a lot.', ['ankle']],
    ['Compression calf sleeves helped me through the last ten miles.', ['calf']],
    ['The knee in the brace swelled overnight.', ['knee']],
    ['Swelling below the knee after the long flight.', ['Swelling!', 'knee']],
  ])('%s keeps %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
