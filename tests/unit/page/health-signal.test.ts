import { afterEach, describe, expect, it } from 'vitest';
import { hasHealthSignal } from '../../../src/page/health-signal.ts';

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('hasHealthSignal', () => {
  it.each([
    ['JSON-LD MedicalWebPage', '<script type="application/ld+json">{"@type":"MedicalWebPage"}</script>', true],
    [
      'JSON-LD MedicalCondition in a graph',
      '<script type="application/ld+json">{"@graph":[{"@type":"MedicalCondition"}]}</script>',
      true,
    ],
    ['microdata', '<article itemscope itemtype="https://schema.org/MedicalWebPage"><p>Hi</p></article>', true],
    ['a news article', '<script type="application/ld+json">{"@type":"NewsArticle"}</script>', false],
    ['the word in a plain script', '<script>var t = "MedicalWebPage";</script>', false],
    ['the word in text', '<p>MedicalWebPage is a schema.org type.</p>', false],
    ['nothing', '<p>Hello</p>', false],
  ])('%s', (_what, html, expected) => {
    document.body.innerHTML = html;
    expect(hasHealthSignal(document)).toBe(expected);
  });
});
