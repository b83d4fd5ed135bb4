// User-visible text of the `/interview` subcommands (history, report, forget, lang, stats, help, options).
import { defineMessages } from '../define-messages.js';

export const commandMessages = defineMessages({
  en: {
    'commands.missing_option': 'Please add `{option}` ({what}). For example: `{example}`.',
    'commands.bad_choice':
      'I do not know `{value}` as `{option}` ({what}); use one of: {choices}. For example: `{example}`.',
    'commands.history_title': 'Your interviews',
    'commands.history_empty':
      'You have not taken an interview yet. Start one with `/interview start <position>`.',
    'commands.history_footer': 'Show a report again with `/interview report <number>`.',
    'commands.report_bad_number': 'Pick a number from `/interview history` (1 to {max}).',
    'commands.forget_done':
      'Done: I deleted the text of {cvsText} and {answersText}, with their evaluations and reports. Anonymous counts (how many interviews, scores) remain for group statistics.',
    'commands.lang_set': 'I will speak English with you from now on.',
    'commands.stats_title': 'Group statistics — last 30 days',
    'commands.stats_none': 'none yet',
    'commands.stats_none_weak': 'no topic averages below {weak}/10',
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
    'commands.settings_title': 'Interview settings for this workspace',
    'commands.settings_how':
      'Change one with `/interview settings <name> <value>`; `default` goes back to the server default.',
    'commands.settings_saved': 'Saved `{key}`. It applies to interviews started from now on.',
    'commands.settings_default': 'default',
    'commands.settings_value_needed': 'Give a value for `{key}`, or `default`.',
    'commands.settings_bad_value': '`{value}` is not a valid value for `{key}`.',
    'commands.setting.quota': 'interviews per member per period',
    'commands.setting.quotaPeriodDays': 'quota period in days',
    'commands.setting.technical': 'technical questions',
    'commands.setting.behavioural': 'behavioural questions',
    'commands.setting.personal': 'questions from the CV',
    'commands.setting.followUps': 'follow-up questions (on/off)',
    'commands.setting.language': 'default language (en/ko)',
    'commands.help_title': 'Chat Your Interview',
    'commands.help_intro':
      'Practise job interviews here: technical questions with model answers, a behavioural question, and questions from your own CV, then an honest report. Positions: ai, be, fe, mobile.',
    'commands.help_footer': 'During an interview you can also type `skip`, `status` or `end`.',
  },
  ko: {
    'commands.missing_option': '`{option}`({what}) 값을 입력해 주세요. 예: `{example}`',
    'commands.bad_choice':
      '`{value}`은(는) `{option}`({what}) 값으로 쓸 수 없습니다. 다음 중 하나를 입력해 주세요: {choices}. 예: `{example}`',
    'commands.history_title': '나의 면접 기록',
    'commands.history_empty': '아직 면접 기록이 없습니다. `/interview start <직무>`로 시작해 보세요.',
    'commands.history_footer': '`/interview report <번호>`로 리포트를 다시 볼 수 있습니다.',
    'commands.report_bad_number': '`/interview history`에 나온 번호(1~{max})를 입력해 주세요.',
    'commands.forget_done':
      '삭제했습니다: {cvsText}과 {answersText}의 내용, 그리고 관련 평가와 리포트를 지웠습니다. 그룹 통계를 위한 익명 집계(면접 횟수, 점수)는 남아 있습니다.',
    'commands.lang_set': '이제부터 한국어로 진행할게요.',
    'commands.stats_title': '그룹 통계 — 최근 30일',
    'commands.stats_none': '아직 없음',
    'commands.stats_none_weak': '평균 {weak}/10 미만인 주제가 없습니다',
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
    'commands.settings_title': '이 워크스페이스의 면접 설정',
    'commands.settings_how':
      '`/interview settings <이름> <값>`으로 바꿀 수 있고, `default`를 입력하면 서버 기본값으로 돌아갑니다.',
    'commands.settings_saved': '`{key}` 설정을 저장했습니다. 지금부터 시작하는 면접에 적용됩니다.',
    'commands.settings_default': '기본값',
    'commands.settings_value_needed': '`{key}`의 값을 입력하거나 `default`를 입력해 주세요.',
    'commands.settings_bad_value': '`{value}`은(는) `{key}`에 쓸 수 없는 값입니다.',
    'commands.setting.quota': '기간당 멤버별 면접 횟수',
    'commands.setting.quotaPeriodDays': '횟수 제한 기간(일)',
    'commands.setting.technical': '기술 질문 수',
    'commands.setting.behavioural': '인성 질문 수',
    'commands.setting.personal': '이력서 기반 질문 수',
    'commands.setting.followUps': '꼬리 질문 (on/off)',
    'commands.setting.language': '기본 언어 (en/ko)',
    'commands.help_title': 'Chat Your Interview',
    'commands.help_intro':
      '여기서 면접을 연습하세요: 모범 답안이 있는 기술 질문, 인성 질문, 내 이력서 기반 질문을 받고 솔직한 리포트를 드립니다. 직무: ai, be, fe, mobile.',
    'commands.help_footer': '면접 중에는 `건너뛰기`, `상태`, `종료`를 입력할 수도 있습니다.',
  },
});
