// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: '.config/eslint.config.js' });

async function problemsOf(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  return result!.messages.map((message) => message.message);
}

// `npm run check` holds the code to the module map in docs/architecture.md.
describe('the module map', () => {
  it.each([
    ['src/settings/x.ts', "import { UI_HOST_TAG } from '../page/skip-rules.ts';\nexport const x = UI_HOST_TAG;\n"],
    [
      'src/page/x.ts',
      "import { BUNDLED_PACKS } from '../glossary/bundled-packs.ts';\nexport const x = BUNDLED_PACKS;\n",
    ],
    [
      'src/matcher/x.ts',
      "import { BUNDLED_PACKS } from '../glossary/bundled-packs.ts';\nexport const x = BUNDLED_PACKS;\n",
    ],
    [
      'src/popup/x.ts',
      "import { renderLookupMiss } from '../tooltip/lookup-card.ts';\nexport const x = renderLookupMiss;\n",
    ],
  ])('refuses an import against it (%s)', async (path, code) => {
    expect(await problemsOf(path, code)).toEqual([expect.stringMatching(/may not import src\//)]);
  });

  it.each([
    ['src/matcher/x.ts', "import type { GlossaryPack } from '../glossary/schema.ts';\nexport type X = GlossaryPack;\n"],
    ['src/tooltip/x.ts', "import { element } from '../ui/element.ts';\nexport const x = element;\n"],
  ])('allows what it allows (%s)', async (path, code) => {
    expect(await problemsOf(path, code)).toEqual([]);
  });
});
