// A terminal cannot edit what it printed: an update is printed again only when it changes something.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createConsoleAdapter } from '../../adapters/console/console-adapter.js';
import type { OutboundMessage } from '../../src/platform/types.js';

function terminal() {
  let printed = '';
  const output = new PassThrough();
  output.on('data', (chunk: Buffer) => {
    printed += chunk.toString('utf8');
  });
  return { terminal: { input: new PassThrough(), output, userId: 'ann' }, printed: () => printed };
}

const progress = (done: number): OutboundMessage => ({
  tone: 'info',
  title: 'Evaluating',
  text: 'That was the last question. I am evaluating your answers…',
  progress: { done, total: 5, label: 'Answers evaluated' },
});

describe('console updates', () => {
  it('prints a progress update once per change, its unchanged text only the first time', async () => {
    const { terminal: t, printed } = terminal();
    const adapter = createConsoleAdapter({ terminals: [t], interactive: false });
    const ref = await adapter.openConversation(
      { platform: 'console', workspaceId: 'local', userId: 'ann' },
      { title: 'Mock interview', locale: 'en' },
    );
    const handle = await adapter.send(ref, progress(0));
    await adapter.update(handle, progress(4));
    await adapter.update(handle, progress(4));
    await adapter.update(handle, progress(5));
    const text = printed();
    // The text is said once, when the message is first printed; updates show the bar that moved.
    expect(text.match(/I am evaluating your answers/g)).toHaveLength(1);
    expect(text.match(/4\/5 Answers evaluated/g)).toHaveLength(1);
    expect(text).toMatch(/5\/5 Answers evaluated/);
    await adapter.update(handle, { ...progress(5), text: 'All answers evaluated.' });
    expect(printed()).toMatch(/All answers evaluated\.\n.*5\/5 Answers evaluated/);
  });
});
