import { browserReason } from '../ui/browser-reason.ts';

/**
 * What a reader is told when a valid pack could not be stored or a file could not be read: the
 * cause in plain words, naming the browser's reason. Storage refuses a write whole (one
 * `setValue`), so every existing pack and setting is as it was.
 */
export function describeImportFailure(fileName: string, error: unknown): string[] {
  const reason = browserReason(error);
  const isQuota = /quota|QUOTA_BYTES|too large|exceed/i.test(reason) || nameOf(error) === 'QuotaExceededError';
  const cause = isQuota
    ? "The browser's extension storage is full (quota exceeded): remove an imported pack you no longer use, or import a smaller file."
    : `The browser could not store it: ${reason}.`;
  return [`“${fileName}” was not imported; nothing has changed.`, cause];
}

/** Why a file could not be read (it was moved or deleted after it was chosen, or is unreadable). */
export function describeReadFailure(fileName: string, error: unknown): string[] {
  return [
    `“${fileName}” could not be read; nothing has changed.`,
    `Was it moved or deleted after it was chosen? The browser says: ${browserReason(error)}.`,
  ];
}

const nameOf = (error: unknown) => (error instanceof Error ? error.name : undefined);
