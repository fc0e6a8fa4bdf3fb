// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The README's commands must work with the Node a fresh machine has (Debian's is 20): npm runs on
// it, and every script runs on the Node 22 that the `node` devDependency puts in node_modules/.bin.
const root = new URL('../../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
  engines: { node: string };
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
  allowScripts?: Record<string, boolean>;
};
const version = (text: string) => text.split('.').map(Number) as [number, number, number];
const atLeast = (have: string, need: string) => {
  const [a, b, c] = version(have);
  const [x, y, z] = version(need);
  return a !== x ? a > x : b !== y ? b > y : c >= z;
};

describe('the toolchain', () => {
  const pinned = pkg.devDependencies.node ?? '';

  it('pins one exact Node for the scripts, new enough to run .ts files (type stripping: 22.18)', () => {
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(atLeast(pinned, '22.18.0')).toBe(true);
    // npm 11 warns on, and later npm blocks, install scripts not approved here: the binary comes from one.
    expect(pkg.allowScripts?.node).toBe(true);
  });

  it('says the same Node in .nvmrc, and lets npm itself run on Debian’s Node 20', () => {
    expect(readFileSync(new URL('.nvmrc', root), 'utf8').trim()).toBe(pinned);
    expect(pkg.engines.node).toBe('>=20.19.0');
    // `npm install` on a fresh clone must leave the lock file as it is.
    const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as {
      packages: Record<string, { engines?: { node?: string }; devDependencies?: Record<string, string> }>;
    };
    expect(lock.packages['']?.engines?.node).toBe(pkg.engines.node);
    expect(lock.packages['']?.devDependencies?.node).toBe(pinned);
  });

  it('runs .ts scripts with plain `node`, which npm run resolves to the pinned one', () => {
    // Every .ts file a script names is either a config file handed to a tool or run by `node`.
    const runs = Object.values(pkg.scripts).flatMap((script) => [...script.matchAll(/(\S+) (\S+\.ts)\b/g)]);
    expect(runs.length).toBeGreaterThan(0);
    for (const [, before] of runs) expect(['node', '--config']).toContain(before);
  });
});
