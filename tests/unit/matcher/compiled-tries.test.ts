// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../../src/glossary/bundled-packs.ts';
import { compileMatcher } from '../../../src/matcher/compile-matcher.ts';
import { bundledTriesText } from '../../../src/matcher/bundled-tries.ts';
import { anchorWordsFromPacks, entriesFromPacks } from '../../../src/matcher/entries-from-packs.ts';
import { lazyRestoredMatcher } from '../../../src/matcher/lazy-matcher.ts';
import { anywhereSource } from '../../../src/matcher/candidates.ts';
import { restoreTries, type SerializedTries } from '../../../src/matcher/compiled-tries.ts';
import { matcherFor } from '../../../src/content/matcher-for.ts';

const compiledFile = new URL('../../../glossary/compiled/bundled-tries.json', import.meta.url);
const TEXT =
  'Calf pain after a 10k: a strain of the gastrocnemius, not the soleus? If the calf is swollen, ' +
  'rule out deep vein thrombosis (DVT) and DVTs; dvt in .dvt-banner is not one. Everyone has an ' +
  'Achilles heel, but the Achilles tendon’s tendinitis is real. Warm-up, warm up, shin bone, shinbones.';

describe('precompiled tries', () => {
  it('glossary/compiled/bundled-tries.json is generated from the current packs (npm run schema)', () => {
    expect(readFileSync(compiledFile, 'utf8')).toBe(bundledTriesText(BUNDLED_PACKS));
  });

  it('match exactly what compiling gives', () => {
    const compiled = compileMatcher(entriesFromPacks(BUNDLED_PACKS), anchorWordsFromPacks(BUNDLED_PACKS));
    const restored = lazyRestoredMatcher(() => JSON.parse(readFileSync(compiledFile, 'utf8')));
    expect(restored.match(TEXT)).toEqual(compiled.match(TEXT));
    expect(restored.match(TEXT).length).toBeGreaterThan(10);
    expect(restored.spellings).toBe(compiled.spellings);
    for (const text of [TEXT, TEXT.replace(/ /g, ''), 'night from afar, lower side', 'dvt'])
      expect(restored.mayMatch(text)).toBe(compiled.mayMatch(text));
  });

  it("take the JSON's arrays as they are, and carry the candidate expression without word starts", () => {
    const data = JSON.parse(readFileSync(compiledFile, 'utf8')) as SerializedTries;
    const tries = restoreTries(data);
    // No copy into typed arrays: it cost the first slice of every page (compiled-tries.ts).
    expect(tries.folded.edgeStart).toBe(data.folded.edgeStart);
    expect(tries.anchors.terminal).toBe(data.anchors.terminal);
    expect(tries.anywhere).toBe(anywhereSource(tries.candidates));
  });

  it('are used for the defaults only: other packs or hidden categories compile', () => {
    const hidden = new Set(['anatomy']);
    const withHidden = matcherFor(BUNDLED_PACKS, hidden)
      .match(TEXT)
      .map((match) => match.entryId);
    expect(withHidden).not.toContain('calf-muscle/soleus');
    expect(
      matcherFor(BUNDLED_PACKS, new Set())
        .match(TEXT)
        .map((match) => match.entryId),
    ).toContain('calf-muscle/soleus');
  });
});
