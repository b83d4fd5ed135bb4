// A readable EventSink for adapter tests: records what arrives and answers with canned messages.
import type { EventSink, InboundEvent, OutboundMessage } from '../../../src/platform/types.js';

export interface RecordingSink {
  sink: EventSink;
  readonly events: InboundEvent[];
  /** Set what the sink answers to an event (default: nothing). */
  answerWith(reply: (event: InboundEvent) => OutboundMessage[] | Promise<OutboundMessage[]>): void;
}

export function createRecordingSink(): RecordingSink {
  const events: InboundEvent[] = [];
  let reply: (event: InboundEvent) => OutboundMessage[] | Promise<OutboundMessage[]> = () => [];
  return {
    events,
    sink: async (event) => {
      events.push(event);
      return reply(event);
    },
    answerWith(next) {
      reply = next;
    },
  };
}
