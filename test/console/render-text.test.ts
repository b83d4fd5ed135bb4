// Terminal rendering: what a person sees, and what they are told to type.
import { describe, expect, it } from 'vitest';
import { progressBar, renderText } from '../../adapters/console/render-text.js';

describe('console rendering', () => {
  it('tells the user to type the words the conversation understands for each button', () => {
    const text = renderText(
      {
        title: 'Question 1 of 5 · Technical',
        text: 'What is an index?',
        buttons: [
          { action: 'skip', label: 'Skip', value: '12' },
          { action: 'end', label: 'End interview', value: '12' },
          { action: 'model-answer', label: 'Show a model answer', value: '7' },
        ],
      },
      { color: false },
    );
    expect(text).toContain('[Skip: skip] [End interview: end] [Show a model answer: model-answer 7]');
  });

  it('draws progress as a bar, and colours only on a TTY', () => {
    expect(progressBar({ done: 2, total: 4, label: 'Answers evaluated' }, 10)).toBe(
      '[#####-----] 2/4 Answers evaluated',
    );
    expect(renderText({ title: 'T', text: '**bold**' }, { color: false })).toBe('T\nbold');
    expect(renderText({ title: 'T' }, { color: true })).toContain('\u001b[1m');
  });
});
