import { describe, expect, it } from 'vitest';
import { entry, pack, sentencesOf, textOf } from './calf-muscle-entries.ts';

describe('calf-muscle pack: anatomy', () => {
  it('the soleus, not the gastrocnemius, is the largest calf muscle; the gastrocnemius is the one you see', () => {
    const gastrocnemius = textOf(entry('gastrocnemius'));
    expect(gastrocnemius).toMatch(/not the largest: the soleus beneath it has more volume/);
    expect(gastrocnemius.replace('not the largest', '')).not.toMatch(/\b(largest|biggest)\b/);
    expect(entry('soleus').short).toMatch(/^The biggest calf muscle\./);
    expect(entry('soleus').long).toMatch(/By volume the soleus is the largest calf muscle/);
    const claims = pack.entries.filter((of) => /(largest|biggest) calf muscle/.test(textOf(of))).map((of) => of.id);
    expect(claims).toEqual(['soleus']);
  });

  it('the triceps surae is the gastrocnemius and soleus; the article also counts the plantaris', () => {
    const tricepsSurae = entry('triceps-surae');
    expect(tricepsSurae.short).toMatch(/two main calf muscles/);
    expect(tricepsSurae.long).toMatch(/In standard anatomy it is the gastrocnemius and the soleus/);
    expect(tricepsSurae.long).toMatch(/The source article also counts the small plantaris/);
    expect(entry('plantaris').long).toMatch(/standard anatomy names only the gastrocnemius and the soleus/);
  });

  it.each(['skeletal-muscle', 'striated-muscle'])(
    '%s: the stripes come from sarcomeres inside each fiber, not from bundles of fibers',
    (id) => {
      const stripes = sentencesOf(textOf(entry(id))).filter((sentence) => /strip/.test(sentence));
      expect(textOf(entry(id))).toMatch(/sarcomeres/);
      expect(stripes.filter((sentence) => /bundl|line up/.test(sentence))).toEqual([]);
    },
  );
});

describe('calf-muscle pack: claims the evidence carries', () => {
  it('prevention advice says "may": it lowers a chance, it does not promise', () => {
    const unhedged = pack.entries
      .filter((of) => of.category === 'prevention')
      .flatMap((of) => sentencesOf(textOf(of)).map((sentence) => `${of.id}: ${sentence}`))
      .filter((line) => /cramp|injur|strain|tear/.test(line) && !/\bmay\b/.test(line));
    expect(unhedged).toEqual([]);
    expect(entry('hydration').short).toMatch(/may lower the chance of leg cramps/);
  });

  it('advice to drink always keeps the fluid-limit caveat', () => {
    const drinking = pack.entries.filter((of) => /\bdrink/i.test(textOf(of)));
    expect(drinking.map((of) => of.id)).toEqual(expect.arrayContaining(['hydration', 'dehydration', 'leg-cramp']));
    expect(
      drinking
        .filter((of) => !textOf(of).includes('unless your provider has told you to limit fluids'))
        .map((of) => of.id),
    ).toEqual([]);
  });

  it('side effects are tagged where the article discusses them: under care', () => {
    expect(entry('side-effect').section).toBe('care');
  });

  it('range of motion is a measure, not a symptom', () => {
    expect(entry('range-of-motion').category).toBe('test');
    expect(entry('range-of-motion').short).toMatch(/^A measure of how far a joint can move/);
  });
});
