// Specification of the instant follow-up decision.
import { describe, expect, it } from 'vitest';
import { createAnswerAnalyser } from '../../../src/llm/offline/analyse-answer.js';
import { chooseFollowUp } from '../../../src/llm/offline/follow-up.js';
import { corpus, eventLoopQuestion, technical } from './bank-fixture.js';

const partialAnswer =
  'JavaScript has a single thread and one call stack. The event loop takes the next task from the queue once the call stack is empty.';

describe('follow-up decision', () => {
  it('asks about the missing point of an on-topic answer, naming it', () => {
    const followUp = chooseFollowUp(technical(eventLoopQuestion, partialAnswer));
    expect(followUp).toBeDefined();
    expect([
      'Microtasks such as promise callbacks run before the next task',
      'Async work is handled by the runtime and callbacks are queued',
    ]).toContain(followUp!.point);
    expect(followUp!.question).toContain(followUp!.point);
    expect(followUp!.question).toMatch(/^You did not mention/);
  });

  it('uses a bank-wide analyser when one is given', () => {
    const analyse = createAnswerAnalyser({ corpus });
    expect(chooseFollowUp(technical(eventLoopQuestion, partialAnswer), analyse)).toBeDefined();
  });

  it('does not ask after a complete answer', () => {
    expect(chooseFollowUp(technical(eventLoopQuestion, eventLoopQuestion.exampleAnswer))).toBeUndefined();
  });

  it('does not ask after an empty, gibberish or off-topic answer', () => {
    expect(chooseFollowUp(technical(eventLoopQuestion, ''))).toBeUndefined();
    expect(chooseFollowUp(technical(eventLoopQuestion, 'asdf qwer zxcv hjkl'))).toBeUndefined();
    expect(
      chooseFollowUp(
        technical(eventLoopQuestion, 'I like hiking in the mountains with my friends on sunny weekends.'),
      ),
    ).toBeUndefined();
  });

  it('never follows up a follow-up answer', () => {
    const input = {
      ...technical(eventLoopQuestion, partialAnswer),
      followUp: { question: 'What about promises?', answer: 'I am not sure about those.' },
    };
    expect(chooseFollowUp(input)).toBeUndefined();
  });

  it('asks in Korean for a Korean session', () => {
    const followUp = chooseFollowUp({ ...technical(eventLoopQuestion, partialAnswer), language: 'ko' });
    expect(followUp!.question).toContain('언급하지 않으셨는데');
  });

  it('asks a behavioural story without a result how it ended', () => {
    const followUp = chooseFollowUp({
      kind: 'behavioural',
      language: 'en',
      position: 'be',
      question: 'Tell me about a time you disagreed with a teammate.',
      answer:
        'In my capstone project my role was the backend, so I decided to compare both databases with our data.',
      keyPoints: [],
    });
    expect(followUp?.question).toMatch(/result/);
  });
});
