import type { FormSense } from './matcher.ts';

const CODES: Record<FormSense, string> = { strong: 's', weak: 'w', relaxed: 'r', paired: 'p' };
const SENSES: Record<string, FormSense> = { s: 'strong', w: 'weak', r: 'relaxed', p: 'paired' };

/**
 * A trie terminal as stored (and serialized with the bundled tries): the form's sense as one letter,
 * then its entry id. One string, so two spellings of the same entry and sense share one terminal.
 */
export const terminalOf = (entryId: string, sense: FormSense) => `${CODES[sense]}${entryId}`;

/** A negative context's terminal: it suppresses only its own entry's forms ("legal tender"). */
export const negativeTerminalOf = (entryId: string) => `n${entryId}`;

/** Is this stored terminal a negative context's? */
export const isNegativeTerminal = (terminal: string) => terminal.startsWith('n');

export const entryIdOf = (terminal: string) => terminal.slice(1);

export function parseTerminal(terminal: string): { entryId: string; sense: FormSense | 'negative' } {
  if (terminal.startsWith('n')) return { entryId: terminal.slice(1), sense: 'negative' };
  const sense = SENSES[terminal[0] ?? ''];
  if (!sense) throw new Error(`terminal "${terminal}" has no sense`);
  return { entryId: terminal.slice(1), sense };
}
