// User-visible text of the interview itself: intro, questions, status, the CV step, endings.
import { defineMessages } from '../define-messages.js';

export const engineMessages = defineMessages({
  en: {
    'engine.intro_title': 'Mock interview — {position}',
    'engine.intro_text':
      'I will ask {technical} technical, {behavioural} behavioural and {personal} CV-based questions. Answer in your own words, as you would in a real interview. Type `skip` to pass a question, `status` to see where you are, or `end` to finish early.',
    'engine.ask_cv': 'First, send me your CV as a PDF file (up to {maxMb} MB and {maxPages} pages).',
    'engine.ask_cv_console':
      'First, type the path to your CV as a PDF file (up to {maxMb} MB and {maxPages} pages).',
    'engine.cv_received.one':
      'Got your CV: 1 page, {chars} characters. Sections found: {sections}. I am preparing questions about it while you answer the first ones.',
    'engine.cv_received.other':
      'Got your CV: {count} pages, {chars} characters. Sections found: {sections}. I am preparing questions about it while you answer the first ones.',
    'engine.no_sections': 'none recognised (I will use the whole text)',
    'engine.section.experience': 'experience',
    'engine.section.projects': 'projects',
    'engine.section.skills': 'skills',
    'engine.section.education': 'education',
    'engine.cv_already': 'I already have your CV for this interview — please answer the question in text.',
    'engine.cv_download_failed': 'I could not download that file. Please try sending it again.',
    'engine.question_title': 'Question {n} of {total} · {kind}',
    'engine.followup_title': 'Follow-up to question {n}',
    'engine.topic_footer': 'Topic: {topic} · difficulty {difficulty}/3',
    'engine.competency_footer': 'Competency: {competency}',
    'engine.progress_questions': 'Questions',
    'engine.preparing_personal':
      'I am finishing the questions about your CV — one moment, I will post them here.',
    'engine.skipped': 'Skipped.',
    'engine.nothing_to_skip': 'There is no open question to skip right now.',
    'engine.not_current_question':
      'That button belongs to an earlier question; it has already been answered.',
    'engine.last_question_evaluating': 'That was the last question. I am evaluating your answers…',
    'engine.ended_evaluating': 'Interview ended. I am preparing a report of the answers you gave…',
    'engine.ended_no_answers':
      'Interview ended. You did not answer any question, so there is no report this time.',
    'engine.progress_evaluating': 'Answers evaluated',
    'engine.evaluation_done': 'All answers evaluated. Here is your report.',
    'engine.input_ended_open':
      'Input ended while your interview was still open (the status is above), so there is no report yet. Nothing is lost: run `npm start` again to continue where you stopped, or end a script with `end` to get the report of what was answered.',
    'engine.resuming':
      'Welcome back — your interview continues where you left off. Answer the current question below.',
    'engine.no_session':
      'You have no interview in progress. Start one with `/interview start <position>` (ai, be, fe or mobile).',
    'engine.already_active':
      'You already have a {position} interview in progress. Continue it in our private conversation, or type `end` there (or `/interview end`) to finish it first.',
    'engine.already_active_here':
      'You already have a {position} interview in progress here: answer the current question, or type `end` (or `/interview end`) to finish it first.',
    'engine.quota_reached':
      'You have used all {quota} interviews allowed in {days} days. Your next interview becomes available on {date} (UTC). An admin can raise the limit for your group.',
    'engine.started_elsewhere':
      'Your {position} interview has started in a private conversation with me — check your direct messages.',
    'engine.wrong_place': 'Your interview continues in its own private conversation — please answer there.',
    'engine.no_model_answer':
      'A model answer is available only for questions you have already answered or skipped.',
    'engine.key_points': 'Key points',
    'engine.status_title': 'Interview status',
    'engine.status_position': 'Position',
    'engine.status_state': 'Stage',
    'engine.status_answered': 'Answered',
    'engine.status_current': 'Current question',
    'engine.state.awaiting_cv': 'waiting for your CV',
    'engine.state.technical': 'technical questions',
    'engine.state.behavioural': 'behavioural question',
    'engine.state.personal': 'questions from your CV',
    'engine.state.evaluating': 'evaluating answers',
    'engine.state.completed': 'completed',
    'engine.state.ended': 'ended early',
    'engine.state.aborted': 'cancelled',
  },
  ko: {
    'engine.intro_title': '모의 면접 — {position}',
    'engine.intro_text':
      '기술 질문 {technical}개, 인성 질문 {behavioural}개, 이력서 기반 질문 {personal}개를 드릴게요. 실제 면접처럼 본인의 말로 답변해 주세요. 질문을 넘기려면 `건너뛰기`(또는 `skip`), 진행 상황은 `상태`(`status`), 일찍 끝내려면 `종료`(`end`)를 입력하세요.',
    'engine.ask_cv': '먼저 이력서를 PDF 파일로 보내 주세요 (최대 {maxMb}MB, {maxPages}쪽).',
    'engine.ask_cv_console': '먼저 이력서 PDF 파일의 경로를 입력해 주세요 (최대 {maxMb}MB, {maxPages}쪽).',
    'engine.cv_received.one':
      '이력서를 받았습니다: 1쪽, {chars}자. 인식한 항목: {sections}. 앞의 질문에 답하시는 동안 이력서 기반 질문을 준비할게요.',
    'engine.cv_received.other':
      '이력서를 받았습니다: {count}쪽, {chars}자. 인식한 항목: {sections}. 앞의 질문에 답하시는 동안 이력서 기반 질문을 준비할게요.',
    'engine.no_sections': '인식된 항목 없음 (전체 내용을 사용합니다)',
    'engine.section.experience': '경력',
    'engine.section.projects': '프로젝트',
    'engine.section.skills': '기술',
    'engine.section.education': '학력',
    'engine.cv_already': '이번 면접의 이력서는 이미 받았습니다. 질문에 글로 답변해 주세요.',
    'engine.cv_download_failed': '파일을 내려받지 못했습니다. 다시 보내 주세요.',
    'engine.question_title': '질문 {n}/{total} · {kind}',
    'engine.followup_title': '질문 {n}의 꼬리 질문',
    'engine.topic_footer': '주제: {topic} · 난이도 {difficulty}/3',
    'engine.competency_footer': '역량: {competency}',
    'engine.progress_questions': '질문',
    'engine.preparing_personal':
      '이력서 기반 질문을 마무리하고 있어요. 잠시만 기다려 주시면 여기에 올려 드릴게요.',
    'engine.skipped': '건너뛰었습니다.',
    'engine.nothing_to_skip': '지금은 건너뛸 질문이 없습니다.',
    'engine.not_current_question': '이전 질문의 버튼입니다. 그 질문은 이미 답변이 끝났습니다.',
    'engine.last_question_evaluating': '마지막 질문이었습니다. 답변을 평가하고 있어요…',
    'engine.ended_evaluating': '면접을 종료했습니다. 답변하신 내용으로 리포트를 준비하고 있어요…',
    'engine.ended_no_answers': '면접을 종료했습니다. 답변한 질문이 없어서 이번에는 리포트가 없습니다.',
    'engine.progress_evaluating': '평가 완료된 답변',
    'engine.evaluation_done': '모든 답변의 평가가 끝났습니다. 리포트를 확인해 주세요.',
    'engine.input_ended_open':
      '면접이 아직 진행 중일 때 입력이 끝나서 리포트는 아직 없습니다 (진행 상황은 위에 있습니다). 잃은 것은 없습니다: `npm start`를 다시 실행하면 멈춘 곳에서 이어 가고, 스크립트 끝에 `종료`(`end`)를 넣으면 답한 질문까지의 리포트를 받습니다.',
    'engine.resuming':
      '다시 오신 것을 환영합니다. 면접을 중단된 곳에서 이어 갑니다. 아래 현재 질문에 답변해 주세요.',
    'engine.no_session':
      '진행 중인 면접이 없습니다. `/interview start <직무>`(ai, be, fe, mobile)로 시작해 보세요.',
    'engine.already_active':
      '이미 진행 중인 {position} 면접이 있습니다. 개인 대화에서 이어서 진행하시거나, 먼저 `종료`(또는 `/interview end`)로 끝내 주세요.',
    'engine.already_active_here':
      '이미 진행 중인 {position} 면접이 있습니다. 지금 질문에 이어서 답변하시거나, 먼저 `종료`(또는 `/interview end`)로 끝내 주세요.',
    'engine.quota_reached':
      '{days}일 동안 가능한 면접 {quota}회를 모두 사용하셨습니다. 다음 면접은 {date}(UTC)부터 가능합니다. 관리자가 그룹의 한도를 늘릴 수 있습니다.',
    'engine.started_elsewhere': '{position} 면접을 개인 대화에서 시작했습니다. DM을 확인해 주세요.',
    'engine.wrong_place': '면접은 별도의 개인 대화에서 진행 중입니다. 그곳에서 답변해 주세요.',
    'engine.no_model_answer': '모범 답안은 이미 답변했거나 건너뛴 질문에 대해서만 볼 수 있습니다.',
    'engine.key_points': '핵심 포인트',
    'engine.status_title': '면접 진행 상황',
    'engine.status_position': '직무',
    'engine.status_state': '단계',
    'engine.status_answered': '답변 수',
    'engine.status_current': '현재 질문',
    'engine.state.awaiting_cv': '이력서 대기 중',
    'engine.state.technical': '기술 질문',
    'engine.state.behavioural': '인성 질문',
    'engine.state.personal': '이력서 기반 질문',
    'engine.state.evaluating': '답변 평가 중',
    'engine.state.completed': '완료',
    'engine.state.ended': '조기 종료',
    'engine.state.aborted': '취소됨',
  },
});
