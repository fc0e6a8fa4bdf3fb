// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';
import { mayBeCared } from '../../../src/matcher/care-said.ts';

describe('a symptom beside care given to a body anchors itself, in the normal colour (care-said.ts)', () => {
  it.each<[string, string[]]>([
    ['Since the op the incision has stayed numb.', ['numb']],
    ['The swelling finally eased once the surgical drain came out.', ['swelling']],
    ['I started statins in May and now I get cramp most nights.', ['cramp']],
    ['Three weeks post-op and the bruising has turned yellow.', ['bruising']],
    ['Still on crutches and the swelling is worse by evening.', ['swelling']],
    ['Since my surgery I wake up with cramp nearly every night.', ['cramp']],
    ['There is bruising all around the injection site.', ['bruising']],
    ['Since chemo started the numbness comes and goes.', ['numbness']],
    ['Keep the ice pack on while the swelling is still up.', ['swelling']],
    // One's own jab, or the jab's place: a lump too.
    ['There is a hard knot where the vaccine went in.', ['knot']],
    ['Since my booster I get tingling down one side.', ['tingling']],
    ['The bruising after the injection has spread a fair way.', ['bruising']],
    // Never red: care names no leg (urgent forms keep the normal colour).
    ['Had the stitches out and it is still a bit swollen.', ['swollen']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});

describe('care words in other senses, or beside another region, mark nothing', () => {
  it.each<string>([
    // Not a patient's care.
    'Post-op costs at the private clinics keep swelling, the report says.',
    'Since chemo funding was cut, numbness has set in among the nurses.',
    'The plumber says the drain came out of the wall because the plaster was swollen with damp.',
    'The ice packs kept the drinks cold while the crowd at the gate was swelling.',
    // A jab's news, a boxer's jab, an injection of something.
    'After the vaccine rollout, numbness set in among the sceptics.',
    'After the injection of cash the swelling order book looks healthy.',
    'Tie a tight knot after the injection of dye into the fabric.',
    // Not the forms care anchors: a story's, a market's.
    'After surgery, the surgeon on screen turns tender as she talks to the family.',
    'The stocks of statin makers look weak after the ruling.',
    // A symptom in general, not the writer's.
    'An ice pack dulls the pain of a bruise.',
    // Another region (other-region.ts).
    'Since the op my gums are still swollen.',
    'The incision on my wrist is still swollen.',
  ])('%s marks nothing', (text) => {
    expect(marks(text)).toEqual([]);
  });
});

describe('mayBeCared: a block with a care word is read for it', () => {
  it.each<[string, boolean]>([
    ['Two weeks post-op.', true],
    ['The incision is healing.', true],
    ['A shot of espresso.', false],
    ['The drain on resources.', false],
  ])('%s → %s', (text, expected) => {
    expect(mayBeCared(text)).toBe(expected);
  });
});
