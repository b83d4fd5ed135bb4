// User-visible text about what the user hands the bot: files that are not there, answers with no
// words, a bank import cancelled by an interview, a scripted run's seed, and `forget`'s confirmation.
import { defineMessages } from '../define-messages.js';

export const inputMessages = defineMessages({
  en: {
    'inputs.file_not_found': 'File not found: `{path}`. Check the path and type it again.',
    'inputs.answer_no_words':
      'Your answer has no words in it, so I did not count it. Type your answer in words, or `skip` to pass this question.',
    'inputs.bank_import_cancelled':
      'Your waiting bank import was cancelled because you started an interview. Run `{command} bank import` again when you want to import questions.',
    'inputs.bad_seed': '`seed` must be a whole number from 0 to {max}, for example `--seed 42`.',
  },
  ko: {
    'inputs.file_not_found': '파일을 찾을 수 없습니다: `{path}`. 경로를 확인하고 다시 입력해 주세요.',
    'inputs.answer_no_words':
      '답변에 글자가 없어서 답변으로 받지 않았습니다. 답변을 글로 입력하시거나, 이 질문을 넘기려면 `건너뛰기`(`skip`)를 입력하세요.',
    'inputs.bank_import_cancelled':
      '면접을 시작하셔서 기다리던 질문 은행 가져오기를 취소했습니다. 질문을 가져오려면 `{command} bank import`를 다시 실행해 주세요.',
    'inputs.bad_seed': '`seed`는 0부터 {max}까지의 정수여야 합니다. 예: `--seed 42`',
  },
});
