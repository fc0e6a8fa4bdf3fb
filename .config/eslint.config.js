// One linter for the whole repo; formatting is Prettier's job (npm run check runs both).
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import { MODULE_MAP } from './module-map.js';

const FOLDERS = Object.keys(MODULE_MAP);

/** One block per folder of src/: imports of the folders the map does not allow are errors. */
const moduleMapRules = FOLDERS.map((folder) => {
  const { may, typesFrom = [] } = MODULE_MAP[folder];
  const banned = FOLDERS.filter((other) => other !== folder && !may.includes(other));
  const message = (other) => `src/${folder} may not import src/${other} (module map, docs/architecture.md).`;
  return {
    files: [`src/${folder}/**`],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: banned.map((other) => ({
            group: [`../${other}/*`, `../${other}`],
            message: message(other),
            allowTypeImports: typesFrom.includes(other),
          })),
        },
      ],
    },
  };
});

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', '.tools/', 'test-results/'] },
  eslint.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      // noUncheckedIndexedAccess types every index read as possibly undefined; where the bounds are
      // known (typed-array tables, a just-checked length) `!` says so without a runtime branch.
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // Extension code (tests may build fixtures from HTML strings).
    files: ['entrypoints/**', 'src/**'],
    rules: {
      // Security by construction: page, glossary and imported text only ever go in through textContent.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Set text with textContent; build elements with DOM APIs.' },
        { property: 'outerHTML', message: 'Set text with textContent; build elements with DOM APIs.' },
        { property: 'insertAdjacentHTML', message: 'Build elements with DOM APIs.' },
      ],
      // Termlight makes no network requests of any kind.
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Termlight makes no network requests.' },
        { name: 'XMLHttpRequest', message: 'Termlight makes no network requests.' },
        { name: 'WebSocket', message: 'Termlight makes no network requests.' },
        { name: 'EventSource', message: 'Termlight makes no network requests.' },
      ],
    },
  },
  ...moduleMapRules,
);
