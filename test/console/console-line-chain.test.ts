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
