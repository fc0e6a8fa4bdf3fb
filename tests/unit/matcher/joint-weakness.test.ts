// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';
// The tissue17 round: a vein's weak valves are no muscle's weakness.
describe('a vein’s weak valves get no muscle-weakness card', () => {
  it.each<[string, string[]]>([
    ['Weak valves in the leg veins let blood pool and the veins swell.', []],
    ['The valves in the leg veins are weak, so blood pools.', []],
    ['My legs feel weak and my veins ache.', ['weak!']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
