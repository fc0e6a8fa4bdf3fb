import type { PageTerms, StepResult, ToContent } from '../messaging/messages.ts';
import type { TermEngine } from '../page/term-engine.ts';
import type { PageTooltips } from '../tooltip/page-tooltips.ts';

export interface ContentState {
  engine: TermEngine | undefined;
  /** Undefined while marking is off here. */
  tooltips: PageTooltips | undefined;
  host: string;
  /** Only the top frame answers for the page; frames answer lookups of their own selection. */
  isTop: boolean;
}

/** What the content script does with a (validated) message from the popup or the background. */
export function answerContentMessage(message: ToContent, state: ContentState): Promise<unknown> | undefined {
  switch (message.type) {
    case 'get-page-terms': {
      if (!state.isTop) return undefined;
      const counts = state.engine?.index.counts ?? new Map<string, number>();
      const terms = [...counts].map(([entryId, count]) => ({ entryId, count }));
      return Promise.resolve({ host: state.host, terms } satisfies PageTerms);
    }
    case 'step-term': {
      if (!state.isTop) return undefined;
      const found = state.tooltips?.step(message.direction, message.entryId) ?? false;
      return Promise.resolve({ found } satisfies StepResult);
    }
    case 'lookup':
      state.tooltips?.lookup(message.text);
      return Promise.resolve({ found: state.tooltips !== undefined } satisfies StepResult);
  }
}
