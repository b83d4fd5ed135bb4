// User-visible text for the llm area, in English and Korean.
import { defineMessages } from '../define-messages.js';

export const llmMessages = defineMessages({
  en: {
    'llm.precheck.empty': 'No answer was given, so there was nothing to evaluate.',
    'llm.precheck.too_short':
      'The answer is too short to show your understanding. Explain the idea in a few sentences.',
    'llm.precheck.gibberish': 'The answer could not be read as an explanation, so it was not evaluated.',
    'llm.precheck.restates_question':
      'The answer mostly repeats the question. Say what the concept is, how it works and why it matters.',
    'llm.budget_exhausted':
      "Today's language-model budget for this workspace is used up, so answers are scored by the built-in offline evaluator until tomorrow (UTC).",
    'llm.evaluator.precheck': 'pre-check',
    'llm.evaluator.degraded': '{evaluator} (fallback)',
  },
  ko: {
    'llm.precheck.empty': '답변이 없어 평가할 내용이 없었습니다.',
    'llm.precheck.too_short':
      '답변이 너무 짧아 이해도를 판단하기 어렵습니다. 몇 문장으로 개념을 설명해 주세요.',
    'llm.precheck.gibberish': '답변을 설명으로 읽을 수 없어 평가하지 않았습니다.',
    'llm.precheck.restates_question':
      '답변이 질문을 거의 그대로 반복하고 있습니다. 개념이 무엇인지, 어떻게 동작하는지, 왜 중요한지 설명해 주세요.',
    'llm.budget_exhausted':
      '이 워크스페이스의 오늘 언어 모델 사용량이 모두 소진되어, 내일(UTC)까지는 내장 오프라인 평가기로 채점합니다.',
    'llm.evaluator.precheck': '사전 검사',
    'llm.evaluator.degraded': '{evaluator} (대체 평가)',
  },
});
