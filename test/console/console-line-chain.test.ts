// The console's input lines run strictly in order, and one failed line never stops the ones after it.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createConsoleAdapter } from '../../adapters/console/console-adapter.js';
import type { InboundEvent } from '../../src/platform/types.js';
import { waitFor } from '../slack/harness.js';

describe('console line chain', () => {
  it('answers a line whose handling failed with an apology and a reference, then handles the next', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let transcript = '';
    output.on('data', (chunk: Buffer) => {
      transcript += chunk.toString('utf8');
    });
    const adapter = createConsoleAdapter({
      terminals: [{ input, output, userId: 'me' }],
      interactive: false,
    });
    const seen: string[] = [];
    await adapter.start(async (event: InboundEvent) => {
      const text = event.kind === 'message' ? event.text : '';
      seen.push(text);
      if (text === 'boom') throw new Error('the core fell over');
      return [{ text: `echo ${text}` }];
    });
    input.write('first\nboom\nthird\n');
    await waitFor(() => transcript.includes('echo third'));
    expect(seen).toEqual(['first', 'boom', 'third']);
    expect(transcript).toMatch(/echo first[\s\S]*reference[^\n]*[0-9a-f]{8}[\s\S]*echo third/i);
    await adapter.stop();
  });

  it('piped: holds the next line while the bot says a question is on its way, until it asks', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const adapter = createConsoleAdapter({
      terminals: [{ input, output, userId: 'me' }],
      interactive: false,
    });
    const where = { platform: 'console' as const, workspaceId: 'local', channelId: 'terminal:me' };
    const seen: string[] = [];
    await adapter.start(async (event: InboundEvent) => {
      const text = event.kind === 'message' ? event.text : '';
      seen.push(text);
      if (text !== 'answer 1') return [];
      // The next question is still being written: say so, and ask it a moment later.
      setTimeout(() => void adapter.send(where, { text: 'Question 2', awaiting: 'reply' }), 200);
      return [{ text: 'one moment', awaiting: 'wait' }];
    });
    input.write('answer 1\nanswer 2\n');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen).toEqual(['answer 1']);
    await waitFor(() => seen.length === 2);
    expect(seen).toEqual(['answer 1', 'answer 2']);
    await adapter.stop();
  });

  it('interactive: hands over each line as typed', async () => {
    const input = new PassThrough();
    const adapter = createConsoleAdapter({
      terminals: [{ input, output: new PassThrough(), userId: 'me' }],
      interactive: true,
    });
    const seen: string[] = [];
    await adapter.start(async (event: InboundEvent) => {
      seen.push(event.kind === 'message' ? event.text : '');
      return [{ text: 'one moment', awaiting: 'wait' }];
    });
    input.write('first\nsecond\n');
    await waitFor(() => seen.length === 2);
    await adapter.stop();
  });

  it('keeps reading after a print fails', async () => {
    const input = new PassThrough();
    let failNext = true;
    const lines: string[] = [];
    const output = new PassThrough();
    const write = output.write.bind(output);
    output.write = ((chunk: string) => {
      if (failNext) {
        failNext = false;
        throw new Error('EPIPE');
      }
      lines.push(String(chunk));
      return write(chunk);
    }) as typeof output.write;
    const adapter = createConsoleAdapter({
      terminals: [{ input, output, userId: 'me' }],
      interactive: false,
    });
    await adapter.start(async (event) => [{ text: `echo ${event.kind === 'message' ? event.text : ''}` }]);
    input.write('lost\nkept\n');
    await waitFor(() => lines.some((line) => line.includes('echo kept')));
    expect(lines.join('')).not.toContain('echo lost');
    await adapter.stop();
  });
});
