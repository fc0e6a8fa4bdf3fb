import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bindSiteList, parseSite } from '../../../src/options/site-list.ts';
import { disabledSites } from '../../../src/settings/items.ts';

beforeEach(() => fakeBrowser.reset());

describe('parseSite', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  WWW.Example.com ', 'example.com'],
    ['https://forum.example.org/thread/1?x=y', 'forum.example.org'],
    ['localhost', 'localhost'],
  ])('reads %j as %j', (text, site) => expect(parseSite(text)).toBe(site));

  it.each([[''], ['not a site'], ['<img src=x>'], ['http://'], ['exa mple.com'], ['-bad.com']])('refuses %j', (text) =>
    expect(parseSite(text)).toBeUndefined(),
  );
});

describe('bindSiteList', () => {
  it('adds a site, says what is wrong with a bad one (as text), and removes', async () => {
    document.body.replaceChildren();
    const list = document.createElement('ul');
    const form = document.createElement('form');
    const input = document.createElement('input');
    const message = document.createElement('p');
    form.append(input);
    document.body.append(list, form, message);
    bindSiteList({ list, form, input, message });
    input.value = 'https://www.Example.com/page';
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await expect.poll(() => disabledSites.getValue()).toEqual(['example.com']);
    await expect.poll(() => list.textContent).toContain('example.com');
    input.value = '<b>nope</b>';
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(message.textContent).toBe('“<b>nope</b>” is not a site name; write it like example.com.');
    expect(message.querySelector('b')).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    list.querySelector('button')!.click();
    await expect.poll(() => disabledSites.getValue()).toEqual([]);
  });
});
