// The module map (docs/architecture.md) as data: which folders of src/ each folder may import.
// Dependencies point one way; eslint.config.js turns this into import rules, so `npm run check`
// fails on an import that crosses the map.
export const MODULE_MAP = {
  glossary: { may: [] },
  // The matcher sees glossary types only (a pack's shape), never its data or code.
  matcher: { may: [], typesFrom: ['glossary'] },
  page: { may: ['matcher'] },
  ui: { may: ['glossary'] },
  tooltip: { may: ['page', 'ui', 'glossary'] },
  // The occurrence policies a setting chooses from are the matcher's; the marks' default colours
  // are the UI's colour tokens (src/ui/tokens.ts), one source for each colour.
  settings: { may: ['glossary', 'matcher', 'ui'] },
  messaging: { may: [] },
  background: { may: ['settings', 'messaging'] },
  content: { may: ['glossary', 'matcher', 'page', 'ui', 'tooltip', 'settings', 'messaging'] },
  popup: { may: ['glossary', 'ui', 'settings', 'messaging'] },
  options: { may: ['glossary', 'ui', 'settings', 'messaging'] },
};
