import type { Browser } from 'wxt/browser';
import type { z } from 'zod/mini';
import { parseMessage } from './messages.ts';

type Handler<T> = (message: T, sender: Browser.runtime.MessageSender) => Promise<unknown> | undefined;

interface MessageEvents {
  addListener(listener: (raw: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown> | undefined): void;
  removeListener(listener: (raw: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown> | undefined): void;
}

/**
 * Answers messages of one schema that come from this extension. Anything else (another extension,
 * a malformed message) gets no answer and causes nothing. Returns the unlisten function.
 */
export function listen<T>(
  events: MessageEvents,
  extensionId: string,
  /** Called on the first message from this extension (schemas are built on first use). */
  schema: () => z.ZodMiniType<T>,
  handle: Handler<T>,
): () => void {
  const listener = (raw: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== extensionId) return undefined;
    const message = parseMessage(schema(), raw);
    return message === undefined ? undefined : handle(message, sender);
  };
  events.addListener(listener);
  return () => events.removeListener(listener);
}
