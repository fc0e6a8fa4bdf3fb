/** Keyboard commands, as declared in the manifest (wxt.config.ts) and run by the background. */
export const COMMANDS = {
  'next-term': 'Go to the next marked term and open its tooltip',
  'previous-term': 'Go to the previous marked term and open its tooltip',
  'toggle-marking': 'Turn marking of terms on or off',
} as const;
