// One linter for the whole repo; formatting is Prettier's job (npm run check runs both).
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

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
);
