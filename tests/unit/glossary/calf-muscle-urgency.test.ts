import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/compile-matcher.ts';
import { anchorWordsFromPacks, entriesFromPacks } from '../../../src/matcher/entries-from-packs.ts';
import { URGENT_LEAD } from '../../../src/ui/urgent-lead.ts';
import { entry, pack, sentencesOf, textOf } from './calf-muscle-entries.ts';

/**
 * The one rule for the four signs of a clot in the calf, written once and carried word for word by
 * every entry that names them: any one sign counts (as the source article says), in one calf, when
 * no injury explains it — and after an injury, when the signs worsen instead of settling.
 */
const CALF_SIGNS_RULE =
  'one calf swells or turns warm, red or tender for no clear reason, or these signs get worse instead of better after an injury';
const CALF_SIGN_ENTRIES = ['edema', 'warmth', 'redness', 'tenderness', 'blood-clot', 'deep-vein-thrombosis'];

/** A sudden weakness or numbness on one side can be a stroke: the same line on each nerve sign. */
const STROKE_LINE =
  'if it is sudden, on one side of the body, with a drooping face or trouble speaking, call your emergency number: it may be a stroke';
const NERVE_SIGN_ENTRIES = ['numbness', 'tingling', 'muscle-weakness'];

/**
 * How a text must not begin if it is to finish "Get help right away if …": with a capital (a new
 * sentence) or with words that start a sentence of their own ("Get help right away for…").
 */
const NOT_A_CLAUSE = /^([A-Z]|(get|call|seek|go|for|if|when)\b)/;

const urgentEntries = pack.entries.filter((candidate) => candidate.urgent);

describe('calf-muscle pack: urgency', () => {
  it.each(CALF_SIGN_ENTRIES)('%s carries the one rule for swelling, warmth, redness and tenderness', (id) => {
    expect(entry(id).urgent?.whenToGetHelp.startsWith(CALF_SIGNS_RULE)).toBe(true);
  });

  it('no text asks for two signs together, and every "right away" for these signs names the same condition', () => {
    const signs = /\b(swell|swelling|swollen|warm|warmth|red|redness|tender|tenderness)\b/i;
    const offending = pack.entries.flatMap((of) =>
      sentencesOf(textOf(of))
        .filter(
          (sentence) =>
            /\b(together|along) with (swelling|warmth|redness|tenderness)\b|\btwo (of|or more)\b/i.test(sentence) ||
            (/right away/i.test(sentence) && signs.test(sentence) && !/no clear reason/.test(sentence)),
        )
        .map((sentence) => `${of.id}: ${sentence}`),
    );
    expect(offending).toEqual([]);
  });

  it.each(['deep-vein-thrombosis', 'blood-clot'])('%s says when a clot is an emergency', (id) => {
    expect(entry(id).urgent?.whenToGetHelp).toMatch(
      /call your emergency number for chest pain, sudden trouble breathing/,
    );
  });

  it.each(NERVE_SIGN_ENTRIES)('%s has the stroke line', (id) => {
    expect(entry(id).urgent?.whenToGetHelp).toContain(STROKE_LINE);
  });

  it('nerve damage (and its alias "neuropathy") is not red: chronic neuropathy is no emergency, sudden loss is', () => {
    const nerveDamage = entry('nerve-damage');
    expect(nerveDamage.urgent).toBeUndefined();
    expect(nerveDamage.long).toMatch(/neuropathy, is not an emergency/);
    expect(nerveDamage.long).toMatch(/Sudden loss of feeling or strength .* needs help right away/);
    expect(entry('numbness').long).toMatch(/a long time, .* is not an emergency/);
  });

  it('tells acute compartment syndrome (an emergency) from chronic exertional compartment syndrome', () => {
    const compartment = entry('compartment-syndrome');
    expect(compartment.long).toMatch(/In acute compartment syndrome, .* it is an emergency/);
    expect(compartment.long).toMatch(/Chronic exertional compartment syndrome is different: .* It is not an emergency/);
    expect(compartment.urgent?.whenToGetHelp).toMatch(/call your emergency number/);
  });

  it('gives chronic exertional compartment syndrome a card of its own, not urgent, so it is never red', () => {
    const chronic = entry('chronic-exertional-compartment-syndrome');
    expect(chronic.urgent).toBeUndefined();
    expect(chronic.long).toMatch(/It is not an emergency/);
    const matcher = compileMatcher(entriesFromPacks([pack]), anchorWordsFromPacks([pack]));
    const marks = (text: string) =>
      matcher.match(text).map((m) => [text.slice(m.start, m.end), m.entryId.split('/')[1], m.isUrgent]);
    expect(marks('Sounds like chronic exertional compartment syndrome, or CECS.')).toEqual([
      ['chronic exertional compartment syndrome', 'chronic-exertional-compartment-syndrome', false],
      ['CECS', 'chronic-exertional-compartment-syndrome', false],
    ]);
    expect(marks('After the fracture: compartment syndrome.')).toContainEqual([
      'compartment syndrome',
      'compartment-syndrome',
      true,
    ]);
  });

  it('"limited mobility" points to the urgent "cannot move your lower leg"', () => {
    const mobility = entry('limited-mobility');
    expect(mobility.related[0]).toBe('muscle-weakness');
    expect(mobility.long).toMatch(/Suddenly not being able to move your lower leg .* get help right away/);
    expect(entry('muscle-weakness').urgent?.whenToGetHelp).toMatch(/you suddenly cannot move your lower leg or foot/);
  });
});

describe('calf-muscle pack: the urgent callout reads as one sentence', () => {
  it('has urgent entries to check', () => {
    expect(urgentEntries.length).toBeGreaterThanOrEqual(8);
  });

  it.each(urgentEntries.map((of) => [of.id, of.urgent!.whenToGetHelp]))(
    '"%s": "Get help right away if…" + its text is one sentence',
    (_, text) => {
      const sentence = `${URGENT_LEAD} ${text}`;
      expect(text).not.toMatch(NOT_A_CLAUSE);
      expect(text.endsWith('.')).toBe(true);
      expect(sentencesOf(sentence)).toEqual([sentence]);
    },
  );
});
