// User-visible text of the `/interview` subcommands (history, report, forget, lang, stats, help, options).
import { defineMessages } from '../define-messages.js';

export const commandMessages = defineMessages({
  en: {
    'commands.missing_option': 'Please add `{option}`. For example: `/interview start be`.',
    'commands.bad_choice': '`{option}` must be one of: {choices}.',
    'commands.history_title': 'Your interviews',
    'commands.history_empty':
      'You have not taken an interview yet. Start one with `/interview start <position>`.',
    'commands.history_footer': 'Show a report again with `/interview report <number>`.',
    'commands.report_bad_number': 'Pick a number from `/interview history` (1 to {max}).',
    'commands.forget_done':
      'Done: I deleted the text of {cvs} CV(s) and {answers} answer(s), with their evaluations and reports. Anonymous counts (how many interviews, scores) remain for group statistics.',
    'commands.lang_set': 'I will speak English with you from now on.',
    'commands.stats_title': 'Group statistics — last 30 days',
    'commands.stats_none': 'none yet',
    'commands.stats_sessions': 'Interviews',
    'commands.stats_sessions_value':
      '{started} started · {completed} completed · {abandoned} abandoned · {inProgress} in progress',
    'commands.stats_members': 'Active members',
    'commands.stats_members_value': '{d7} in 7 days · {d30} in 30 days',
    'commands.stats_quota_refusals': 'Refused (quota reached)',
    'commands.stats_by_position': 'Average score by position',
    'commands.stats_by_topic': 'Average score by topic',
    'commands.stats_weakest': 'Weakest topics',
    'commands.stats_evaluators': 'Answers scored by',
    'commands.stats_fallback': 'fallback',
    'commands.stats_providers': 'Language models',
    'commands.stats_provider_row':
      '- {provider}: {calls} calls · p50 {p50} · p95 {p95} · errors {errors} · passed on {fallbacks} · {tokens} tokens · {cost} USD',
    'commands.help_title': 'Chat Your Interview',
    'commands.help_intro':
      'Practise job interviews here: technical questions with model answers, a behavioural question, and questions from your own CV, then an honest report. Positions: ai, be, fe, mobile.',
    'commands.help_footer': 'During an interview you can also type `skip`, `status` or `end`.',
  },
  ko: {
    'commands.missing_option': '`{option}` 값을 입력해 주세요. 예: `/interview start be`',
    'commands.bad_choice': '`{option}` 값은 다음 중 하나여야 합니다: {choices}',
    'commands.history_title': '나의 면접 기록',
    'commands.history_empty': '아직 면접 기록이 없습니다. `/interview start <직무>`로 시작해 보세요.',
    'commands.history_footer': '`/interview report <번호>`로 리포트를 다시 볼 수 있습니다.',
    'commands.report_bad_number': '`/interview history`에 나온 번호(1~{max})를 입력해 주세요.',
    'commands.forget_done':
      '삭제했습니다: 이력서 {cvs}건과 답변 {answers}건의 내용, 그리고 관련 평가와 리포트를 지웠습니다. 그룹 통계를 위한 익명 집계(면접 횟수, 점수)는 남아 있습니다.',
    'commands.lang_set': '이제부터 한국어로 진행할게요.',
    'commands.stats_title': '그룹 통계 — 최근 30일',
    'commands.stats_none': '아직 없음',
    'commands.stats_sessions': '면접',
    'commands.stats_sessions_value':
      '시작 {started} · 완료 {completed} · 중단 {abandoned} · 진행 중 {inProgress}',
    'commands.stats_members': '활동 멤버',
    'commands.stats_members_value': '7일 {d7}명 · 30일 {d30}명',
    'commands.stats_quota_refusals': '한도 초과로 거절',
    'commands.stats_by_position': '직무별 평균 점수',
    'commands.stats_by_topic': '주제별 평균 점수',
    'commands.stats_weakest': '가장 약한 주제',
    'commands.stats_evaluators': '평가 주체',
    'commands.stats_fallback': '대체 평가',
    'commands.stats_providers': '언어 모델',
    'commands.stats_provider_row':
      '- {provider}: 호출 {calls}회 · p50 {p50} · p95 {p95} · 오류 {errors} · 다음 평가기로 넘김 {fallbacks} · 토큰 {tokens} · {cost} USD',
    'commands.help_title': 'Chat Your Interview',
    'commands.help_intro':
      '여기서 면접을 연습하세요: 모범 답안이 있는 기술 질문, 인성 질문, 내 이력서 기반 질문을 받고 솔직한 리포트를 드립니다. 직무: ai, be, fe, mobile.',
    'commands.help_footer': '면접 중에는 `건너뛰기`, `상태`, `종료`를 입력할 수도 있습니다.',
  },
});
