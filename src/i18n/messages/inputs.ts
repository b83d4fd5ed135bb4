// User-visible text about what the user hands the bot and what it keeps: files that are not there,
// answers with no words, a bank import cancelled by an interview, a scripted run's seed, and
// `forget` (its confirmation, and what history and reports say about what it deleted).
import { defineMessages } from '../define-messages.js';

export const inputMessages = defineMessages({
  en: {
    'inputs.file_not_found': 'File not found: `{path}`. Check the path and type it again.',
    'inputs.answer_no_words':
      'Your answer has no words in it, so I did not count it. Type your answer in words, or `skip` to pass this question.',
    'inputs.bank_import_cancelled':
      'Your waiting bank import was cancelled because you started an interview. Run `{command} bank import` again when you want to import questions.',
    'inputs.bad_seed': '`seed` must be a whole number from 0 to {max}, for example `--seed 42`.',
    'inputs.daily_no_words':
      'Your reply to the question of the day has no words in it, so I did not take it as your answer.',
    'inputs.forget_confirm_title': 'Delete your CV and answers?',
    'inputs.forget_confirm':
      'This deletes the text of your CVs and the answers, evaluations and reports of every interview you did here. Scores stay, without your name, for group statistics. It cannot be undone.',
    'inputs.forget_confirm_active': 'Your interview in progress will be cancelled.',
    'inputs.forget_button': 'Delete my CV and answers',
    'inputs.history_forgotten_report':
      'answers and report deleted with `/interview forget` on {date}; the score stays',
    'inputs.history_forgotten_answers': 'answers deleted with `/interview forget` on {date}',
    'inputs.history_forgotten_nothing': 'no answers to delete; forgotten on {date}',
    'inputs.report_forgotten':
      'The report of interview {n} was deleted with `/interview forget` on {date}. Its score stays in `/interview history`.',
  },
  ko: {
    'inputs.file_not_found': '파일을 찾을 수 없습니다: `{path}`. 경로를 확인하고 다시 입력해 주세요.',
    'inputs.answer_no_words':
      '답변에 글자가 없어서 답변으로 받지 않았습니다. 답변을 글로 입력하시거나, 이 질문을 넘기려면 `건너뛰기`(`skip`)를 입력하세요.',
    'inputs.bank_import_cancelled':
      '면접을 시작하셔서 기다리던 질문 은행 가져오기를 취소했습니다. 질문을 가져오려면 `{command} bank import`를 다시 실행해 주세요.',
    'inputs.bad_seed': '`seed`는 0부터 {max}까지의 정수여야 합니다. 예: `--seed 42`',
    'inputs.daily_no_words': '오늘의 질문에 단 댓글에 글자가 없어서 답변으로 받지 않았습니다.',
    'inputs.forget_confirm_title': '이력서와 답변을 삭제할까요?',
    'inputs.forget_confirm':
      '이력서 내용과 지금까지 여기서 본 모든 면접의 답변, 평가, 리포트를 삭제합니다. 점수는 이름 없이 그룹 통계용으로 남습니다. 삭제하면 되돌릴 수 없습니다.',
    'inputs.forget_confirm_active': '진행 중인 면접은 취소됩니다.',
    'inputs.forget_button': '이력서와 답변 삭제',
    'inputs.history_forgotten_report': '{date}에 `/interview forget`으로 답변과 리포트 삭제됨, 점수는 남음',
    'inputs.history_forgotten_answers': '{date}에 `/interview forget`으로 답변 삭제됨',
    'inputs.history_forgotten_nothing': '삭제할 답변 없음, {date}에 삭제 요청됨',
    'inputs.report_forgotten':
      '{n}번 면접의 리포트는 {date}에 `/interview forget`으로 삭제되었습니다. 점수는 `/interview history`에 남아 있습니다.',
  },
});
