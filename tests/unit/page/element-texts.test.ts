import { describe, expect, it } from 'vitest';
import { createElementTexts } from '../../../src/page/element-texts.ts';

describe('createElementTexts', () => {
  it('reads an element once until it forgets, then reads the page again', () => {
    document.body.innerHTML = '<p>My calf is sore.</p>';
    const p = document.querySelector('p')!;
    const texts = createElementTexts();
    expect(texts.of(p)).toBe('My calf is sore.');
    p.textContent = 'Changed.';
    expect(texts.of(p)).toBe('My calf is sore.');
    texts.forget();
    expect(texts.of(p)).toBe('Changed.');
  });
});
