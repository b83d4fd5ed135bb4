// CV questions from a model: each quotes a real CV line, made-up quotes are replaced, and only redacted text leaves.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeOpenAiServer, startFakeOpenAiServer } from '../../fakes/openai-server.js';
import { keepGroundedQuestions } from '../../../src/llm/openai/evidence.js';
import { memoryRecorder, REDACTED_CV, testProvider } from './helpers.js';

let fake: FakeOpenAiServer;
let recorder: ReturnType<typeof memoryRecorder>;
beforeEach(async () => {
  fake = await startFakeOpenAiServer();
  recorder = memoryRecorder();
});
afterEach(async () => {
  await fake.close();
});

function provider() {
  return testProvider(fake.baseUrl, { recorder });
}

const input = {
  language: 'en' as const,
  position: 'be' as const,
  cvText: REDACTED_CV,
  sections: {},
  count: 5,
};

function question(quote: string) {
  return { question: `Tell me about: ${quote}`, quote, criteria: ['role', 'trade-off', 'result'] };
}

describe('cv questions from a model', () => {
  it('returns five questions, each quoting a line of the CV, with three criteria', async () => {
    const questions = await provider().generateQuestions(input);
    expect(questions).toHaveLength(5);
    for (const generated of questions) {
      expect(REDACTED_CV).toContain(generated.quote);
      expect(generated.criteria).toHaveLength(3);
    }
    expect(fake.requests[0]?.body.response_format?.json_schema?.name).toBe('cv_questions');
    expect(fake.requests[0]?.user).toContain('Number of questions: 5');
  });

  it('discards questions whose quote is not in the CV and asks once more for the missing ones', async () => {
    fake.enqueue({
      kind: 'reply',
      content: {
        questions: [
          question('Cut p99 checkout latency from 900 ms to 250 ms'),
          question('Led migration of 40 services from Heroku to Kubernetes'),
          question('Won the ACM ICPC world finals in 2019'),
          question('Built an open-source rate limiter in Go'),
          question('Managed a team of 50 engineers at Google'),
        ],
      },
    });
    const questions = await provider().generateQuestions(input);
    expect(questions).toHaveLength(5);
    expect(questions.map((generated) => generated.quote)).not.toContain(
      'Won the ACM ICPC world finals in 2019',
    );
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests[1]?.user).toContain('Number of questions: 2');
    expect(fake.requests[1]?.user).toContain('Tell me about: Cut p99 checkout latency');
  });

  it('returns what it has when the second request also makes quotes up, so the chain can fill the rest', async () => {
    fake.enqueue(
      {
        kind: 'reply',
        content: {
          questions: [question('Wrote a Postgres logical replication tool'), question('Invented Rust')],
        },
      },
      { kind: 'reply', content: { questions: [question('Invented Rust'), question('Founded OpenAI')] } },
      { kind: 'reply', content: { questions: [question('Invented Rust')] } },
    );
    const questions = await provider().generateQuestions({ ...input, count: 2 });
    expect(questions.map((generated) => generated.quote)).toEqual([
      'Wrote a Postgres logical replication tool',
    ]);
    expect(fake.requests).toHaveLength(3);
    expect(recorder.calls.map((call) => call.outcome)).toEqual(['ok', 'malformed', 'malformed']);
  });

  it('sends the redacted CV text it was given and nothing else from the CV', async () => {
    await provider().generateQuestions({
      ...input,
      sections: { experience: 'jane.doe@example.com +82 10-1234-5678 (section copy)' },
    });
    const sent = JSON.stringify(fake.requests.map((request) => request.body));
    expect(sent).toContain('[email] · [phone]');
    expect(sent).not.toContain('jane.doe@example.com');
    expect(sent).not.toContain('(section copy)');
  });
});

describe('grounding a model’s CV quote (issue 11, point 9)', () => {
  it('keeps a quote that joins the lines the PDF wrapped, and still drops a made-up one', () => {
    const cvText =
      '경력\n• 이미지 지연 로딩으로 LCP를 3.1초에서 1.4초로 단\n축했습니다.\n• Reduced p95 latency from 900 ms to\n120 ms with Redis.';
    const { kept, discarded } = keepGroundedQuestions(
      [
        question('LCP를 3.1초에서 1.4초로 단축했습니다.'),
        question('Reduced p95 latency from 900 ms to 120 ms with Redis.'),
        question('Led a team of forty engineers at Google.'),
      ],
      cvText,
    );
    expect(kept.map((q) => q.quote)).toEqual([
      'LCP를 3.1초에서 1.4초로 단축했습니다.',
      'Reduced p95 latency from 900 ms to 120 ms with Redis.',
    ]);
    expect(discarded).toBe(1);
  });
});
