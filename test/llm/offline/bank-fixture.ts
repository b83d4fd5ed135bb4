// A small question bank (English and Korean) shared by the offline evaluator's specifications.
import type { EvaluationInput } from '../../../src/llm/types.js';

export const indexQuestion = {
  question: 'How does a database index speed up queries, and what does it cost?',
  exampleAnswer:
    'An index is a separate data structure, usually a B-tree, that keeps the indexed column values sorted with pointers to the rows. Instead of a full table scan, the database can search the tree in logarithmic time and read only the matching rows; it also helps range queries, ORDER BY and joins. The costs are extra storage and slower writes, because every INSERT, UPDATE and DELETE must also update each index, so you index selective columns that are frequently filtered and check the plan with EXPLAIN.',
  keyPoints: [
    'Index is a separate structure, usually a B-tree, with sorted keys pointing to rows',
    'Avoids a full table scan with logarithmic lookups',
    'Helps range queries, sorting and joins',
    'Costs extra storage and slower writes',
  ],
};

export const eventLoopQuestion = {
  question: 'How does the JavaScript event loop work?',
  exampleAnswer:
    'JavaScript runs on a single thread with a call stack. Asynchronous work such as timers and network requests is handed to the runtime, and when it completes its callback is queued. The event loop takes a task from the task queue only when the call stack is empty. After each task, all microtasks such as promise callbacks are drained before the next task, so long synchronous code blocks rendering.',
  keyPoints: [
    'Single thread with a call stack',
    'Async work is handled by the runtime and callbacks are queued',
    'Event loop runs the next task when the call stack is empty',
    'Microtasks such as promise callbacks run before the next task',
  ],
};

export const koreanIndexQuestion = {
  question: '데이터베이스 인덱스가 조회를 빠르게 하는 원리와 그 비용을 설명해 주세요.',
  exampleAnswer:
    '인덱스는 보통 B-트리 같은 별도의 자료구조로, 컬럼 값을 정렬된 상태로 저장하고 각 값이 실제 행을 가리키게 합니다. 그래서 전체 테이블을 스캔하지 않고 로그 시간에 원하는 행을 찾을 수 있고, 범위 조회나 정렬에도 도움이 됩니다. 대신 추가 저장 공간이 필요하고, 데이터를 쓸 때마다 인덱스도 갱신해야 하므로 쓰기가 느려집니다.',
  keyPoints: [
    'B-트리 같은 별도 자료구조에 정렬된 값과 행 위치를 저장한다',
    '전체 테이블 스캔 없이 로그 시간에 조회한다',
    '범위 조회와 정렬에 도움이 된다',
    '저장 공간이 더 들고 쓰기가 느려진다',
  ],
};

export const conflictQuestion = {
  question: 'Tell me about a time you disagreed with a teammate. How did you handle it?',
  exampleAnswer:
    'In my third-year team project a teammate wanted to rewrite our backend in Go two weeks before the deadline. My role was backend lead. I asked him what the rewrite would fix, and we measured together. I proposed we fix three slow queries first. As a result response times dropped from 2 seconds to 200 ms and we shipped on time.',
  keyPoints: [
    'Listens to the other view',
    'Uses data or a shared goal to resolve it',
    'States the result and a lesson',
  ],
};

/** The corpus the provider learns IDF from: every question and example answer above, plus filler topics. */
export const corpus: string[] = [
  ...[indexQuestion, eventLoopQuestion, koreanIndexQuestion, conflictQuestion].map((entry) =>
    [entry.question, entry.exampleAnswer, ...entry.keyPoints].join('\n'),
  ),
  'What is overfitting? The model memorises noise in the training data and fails to generalise to unseen data.',
  'Explain TCP and UDP. TCP is connection-oriented and reliable; UDP is connectionless with lower latency.',
  'What is CORS? The server sends Access-Control-Allow-Origin and browsers send a preflight request.',
  '과적합은 모델이 학습 데이터의 노이즈까지 외워서 새로운 데이터에 일반화하지 못하는 현상입니다.',
];

/** A technical evaluation input in English for `answer`. */
export function technical(entry: typeof indexQuestion, answer: string): EvaluationInput {
  return {
    kind: 'technical',
    language: 'en',
    position: 'be',
    question: entry.question,
    answer,
    exampleAnswer: entry.exampleAnswer,
    keyPoints: entry.keyPoints,
  };
}
