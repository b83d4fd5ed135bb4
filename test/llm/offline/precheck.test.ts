// Specification of the pre-check that scores hopeless answers without any evaluator.
import { describe, expect, it } from 'vitest';
import { PRECHECK_SCORES, precheckAnswer } from '../../../src/llm/offline/precheck.js';

const question = 'How does a database index speed up queries, and what does it cost?';
const check = (answer: string, language: 'en' | 'ko' = 'en') =>
  precheckAnswer({ question, answer, language });

describe('answer pre-check', () => {
  it('calls whitespace and punctuation empty', () => {
    expect(check('')).toBe('empty');
    expect(check('  \n\t ')).toBe('empty');
    expect(check('... ?!')).toBe('empty');
  });

  it('calls a few words too short, in English and Korean', () => {
    expect(check("I don't know")).toBe('too_short');
    expect(check('잘 모르겠습니다.', 'ko')).toBe('too_short');
  });

  it('calls keyboard mashing, jamo laughter and repetition gibberish', () => {
    expect(check('asdf qwer zxcv hjkl poiuy')).toBe('gibberish');
    expect(check('ㅋㅋㅋㅋ ㅋㅋㅋ ㅎㅎ', 'ko')).toBe('gibberish');
    expect(check('index index index index index index index index')).toBe('gibberish');
    expect(check('a$$ %b% ###c @@d !!! ***e')).toBe('gibberish');
  });

  it('catches an answer that only restates the question', () => {
    expect(check('A database index speeds up queries and costs something, that is what it does.')).toBe(
      'restates_question',
    );
  });

  it('lets real answers through, including terse keyword answers with acronyms', () => {
    expect(
      check('B-tree, log n lookups instead of scanning, slower writes and more storage.'),
    ).toBeUndefined();
    expect(
      check('SQL engines use a B-tree so a lookup avoids a full table scan; writes pay for it.'),
    ).toBeUndefined();
    expect(
      check('인덱스는 B-트리로 값을 정렬해 두어서 전체 테이블을 스캔하지 않아도 됩니다.', 'ko'),
    ).toBeUndefined();
  });

  // Answers from the graded set (graders' marks in brackets): terse, misspelt or in the question's
  // own words, and still right, so the evaluator must see them rather than the pre-check's 1/10.
  it('lets a terse right answer through despite misspellings, symbols and numbers in words', () => {
    const graded = (question: string, reference: string, answer: string) =>
      precheckAnswer({ question, answer, language: 'en', reference });
    const passed = 'How are linked lists passed as arguments to a function?';
    expect(graded(passed, 'By reference.', 'by refrenece')).toBeUndefined(); // [10]
    expect(
      graded(
        'What are the two main functions defined by a queue?',
        'enqueue and dequeue',
        'enque ( Data ),  Deque ( )',
      ),
    ).toBeUndefined(); // [10]
    const insertion =
      'What is the number of operations for insertion sort under a best-case scenario, and what is the best-case scenario?';
    const operations = 'N (the length of the array) operations achieved for a sorted array.';
    expect(graded(insertion, operations, 'O(n)')).toBeUndefined(); // [7]
    expect(graded(insertion, operations, 'n operations, where n is the number of items.')).toBeUndefined(); // [8]
    expect(
      graded(
        'What is the base case for a recursive implementation of merge sort?',
        'When the size of the array to be sorted is 1 (or 2)',
        'The base case for a recursive implementation of merge sort is one.',
      ),
    ).toBeUndefined(); // [10]
  });

  it('still stops a terse answer that is not the reference’s, misspelt or not', () => {
    const graded = (question: string, reference: string, answer: string) =>
      precheckAnswer({ question, answer, language: 'en', reference });
    expect(
      graded('How are linked lists passed as arguments to a function?', 'By reference.', 'not answered'),
    ).toBe('too_short'); // [0]
    expect(
      graded(
        'What are the access-specifiers that can be used in a C++ class definition?',
        'Private and public.',
        'static, long, unsigned',
      ),
    ).toBe('too_short'); // [1.25]
    // "pointer" is a word of its own, not a misspelling of "printer".
    expect(graded('Which device prints the report?', 'The printer.', 'the pointer')).toBe('too_short');
  });

  it('gives every reason a low fixed score', () => {
    expect(Object.values(PRECHECK_SCORES).every((score) => score <= 1)).toBe(true);
  });
});
