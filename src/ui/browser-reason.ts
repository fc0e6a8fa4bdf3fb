/** What the browser said when it refused something, for a message to the reader. */
export function browserReason(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return reason || 'no reason given';
}
