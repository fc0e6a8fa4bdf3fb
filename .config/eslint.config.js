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

// Security by construction: page, glossary and imported text only ever go in through textContent.
const HTML_PROPERTIES = [
  { property: 'innerHTML', message: 'Set text with textContent; build elements with DOM APIs.' },
  { property: 'outerHTML', message: 'Set text with textContent; build elements with DOM APIs.' },
  { property: 'insertAdjacentHTML', message: 'Build elements with DOM APIs.' },
];
// Termlight makes no network requests of any kind.
const NETWORK_GLOBALS = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((name) => ({
  name,
  message: 'Termlight makes no network requests.',
}));
// In Chromium a content script's timers never fire on a site whose JavaScript is blocked.
const TIMER_MESSAGE = "Never fires where the page's JavaScript is blocked: use runLater (src/page/run-later.ts).";
const TIMERS = ['setTimeout', 'setInterval'].map((name) => ({ name, message: TIMER_MESSAGE }));
const TIMER_PROPERTIES = TIMERS.map(({ name }) => ({ property: name, message: TIMER_MESSAGE }));

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
      'no-restricted-properties': ['error', ...HTML_PROPERTIES],
      'no-restricted-globals': ['error', ...NETWORK_GLOBALS],
    },
  },
  {
    // Code that runs in the content script (a later block replaces a rule's options: both lists).
    files: ['entrypoints/content/**', 'src/content/**', 'src/page/**', 'src/tooltip/**'],
    rules: {
      'no-restricted-properties': ['error', ...HTML_PROPERTIES, ...TIMER_PROPERTIES],
      'no-restricted-globals': ['error', ...NETWORK_GLOBALS, ...TIMERS],
    },
  },
  ...moduleMapRules,
);
