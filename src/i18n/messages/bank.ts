// User-visible text for the bank area, in English and Korean: seed and import checks, and `/interview bank`.
import { defineMessages } from '../define-messages.js';

export const bankMessages = defineMessages({
  en: {
    'bank.issue_at': '{source}, line {line}: {reason}',
    'bank.csv_malformed': 'the file is not valid CSV here ({detail}). Check for an unclosed or stray quote.',
    'bank.missing_columns': 'the header row lacks these columns: {columns}. Expected: {expected}.',
    'bank.column_count':
      'this row has {found} cells but the header has {expected}. A comma is probably missing its quotes.',
    'bank.required': 'the {field} cell is empty.',
    'bank.bad_id':
      'the id "{value}" is not valid: use 3–64 lower-case letters, digits and hyphens (e.g. be-db-001).',
    'bank.unknown_position': 'unknown position "{value}". Allowed: {allowed}.',
    'bank.unknown_topic': 'topic "{value}" is not a {position} topic. Allowed: {allowed}.',
    'bank.unknown_competency': 'unknown competency "{value}". Allowed: {allowed}.',
    'bank.bad_difficulty': 'difficulty "{value}" must be 1, 2 or 3.',
    'bank.unknown_language': 'language "{value}" must be en or ko.',
    'bank.language_not_korean': 'the row says language ko but the question contains no Korean text.',
    'bank.language_not_english': 'the row says language en but the question is written in Korean.',
    'bank.question_length': 'the question is {length} characters long; it must be {min}–{max}.',
    'bank.answer_words': 'the example answer has {count} words; an English answer needs {min}–{max}.',
    'bank.answer_chars': 'the example answer has {count} characters; a Korean answer needs {min}–{max}.',
    'bank.key_point_count': 'there are {count} key points; give {min}–{max}, separated by " | ".',
    'bank.follow_up_count':
      'there are {count} follow-up questions for {keyPoints} key points; give one per key point, in the same order, separated by " | ", or leave the cell empty.',
    'bank.key_point_length': 'key point {index} is {length} characters long; each must be {min}–{max}.',
    'bank.duplicate_id': 'id {id} ({language}) already appears at {firstSource}, line {firstLine}.',
    'bank.translation_mismatch':
      'the Korean row {id} has {field} "{found}" but its English row has "{expected}".',
    'bank.rubric_length': 'the {field} description is {length} characters long; it must be {min}–{max}.',
    'bank.duplicate_rubric': 'competency {competency} already has a {language} rubric at line {firstLine}.',
    'bank.near_duplicate': 'question {id} is nearly the same as {otherId} (similarity {similarity}).',
    'bank.upload_not_csv':
      '**{file}** is not a CSV file. Export the sheet as CSV (comma-separated) and try again.',
    'bank.upload_spreadsheet':
      '**{file}** is a spreadsheet workbook. Save it as "CSV UTF-8 (comma delimited)" and import that file.',
    'bank.upload_too_large': '**{file}** is larger than {maxMb} MB. Split it into smaller files.',
    'bank.upload_not_utf8':
      '**{file}** is not UTF-8 text. In Excel choose "Save As → CSV UTF-8 (comma delimited)"; the plain "CSV" choice saves Korean in another encoding.',
    'bank.import_wait_console':
      'Type the path of the CSV file on the next line (within {minutes} minutes), or run `/interview bank import path/to/file.csv`.',
    'bank.import_wait_slack':
      'Now share the CSV file in your direct messages with me, within {minutes} minutes. The next file you share there is imported.',
    'bank.import_wait_discord':
      'Attach the CSV to the command with its `file` option: `/interview-admin bank import` → file → choose your .csv.',
    'bank.import_done_title': 'Questions imported from {source}',
    'bank.import_done':
      '{added} new, {updated} updated, {unchanged} unchanged. They are asked in this workspace only, alongside the shared bank.',
    'bank.import_key_points.one':
      'Key points were derived from the example answer for 1 row that listed none: {model} by the language model, {offline} offline.',
    'bank.import_key_points.other':
      'Key points were derived from the example answer for {count} rows that listed none: {model} by the language model, {offline} offline.',
    'bank.import_key_points_offline.one':
      'Key points were derived offline from the example answer for 1 row that listed none.',
    'bank.import_key_points_offline.other':
      'Key points were derived offline from the example answer for {count} rows that listed none.',
    'bank.import_follow_ups.one':
      'Follow-up questions for 1 row that listed none: {model} written by the language model; {template} will get a general follow-up when a point is missed.',
    'bank.import_follow_ups.other':
      'Follow-up questions for {count} rows that listed none: {model} written by the language model; {template} will get a general follow-up when a point is missed.',
    'bank.import_follow_ups_template.one':
      '1 row listed no follow-up questions; when an answer misses a point, the interviewer asks a general follow-up. Add a follow_ups column (one question per key point, separated by " | ") to word your own.',
    'bank.import_follow_ups_template.other':
      '{count} rows listed no follow-up questions; when an answer misses a point, the interviewer asks a general follow-up. Add a follow_ups column (one question per key point, separated by " | ") to word your own.',
    'bank.import_rejected_title': 'Nothing was imported from {source}',
    'bank.import_rejected.one':
      '1 problem found. A file is imported whole or not at all: fix this row and import the file again.',
    'bank.import_rejected.other':
      '{count} problems found. A file is imported whole or not at all: fix these rows and import the file again.',
    'bank.import_more_issues': '…and {count} more. Every problem is listed in the attached file {file}.',
    'bank.import_empty': '{source} has a header row but no questions.',
    'bank.export_done.one': 'This workspace has 1 question of its own: {files}.',
    'bank.export_done.other': 'This workspace has {count} questions of its own: {files}.',
    'bank.export_shared':
      'This workspace has no questions of its own yet, so here is the shared {position} bank ({count} questions): {files}.',
    'bank.export_none':
      'This workspace has no questions of its own yet. Import some with `{prefix} bank import`, or export the shared bank for a position, e.g. `{prefix} bank export be`.',
    'bank.stats_title': 'Question bank',
    'bank.stats_workspace': 'This workspace ({count})',
    'bank.stats_shared': 'Shared bank ({count})',
    'bank.stats_none': 'none yet: import a CSV with `/interview bank import`',
    'bank.stats_position_row': '- {position}: {total} (en {en} · ko {ko} · difficulty 1/2/3: {d1}/{d2}/{d3})',
    'bank.stats_behavioural_row': '- behavioural: {total} (en {en} · ko {ko})',
    'bank.stats_file': 'Counts per topic, difficulty and language are in {file}.',
    'bank.file_saved': 'Saved {file} to {path}',
    'bank.file_sent_dm': 'I sent {files} to your direct messages with me.',
  },
  ko: {
    'bank.issue_at': '{source} {line}행: {reason}',
    'bank.csv_malformed':
      '이 부분은 올바른 CSV 형식이 아닙니다({detail}). 닫히지 않았거나 잘못 들어간 따옴표가 있는지 확인해 주세요.',
    'bank.missing_columns': '머리글 행에 {columns} 열이 없습니다. 필요한 열: {expected}.',
    'bank.column_count':
      '이 행의 칸은 {found}개인데 머리글은 {expected}개입니다. 쉼표가 든 값을 따옴표로 감싸지 않은 것 같습니다.',
    'bank.required': '{field} 칸이 비어 있습니다.',
    'bank.bad_id':
      'ID "{value}"는 쓸 수 없습니다. 영문 소문자, 숫자, 하이픈으로 3~64자를 써 주세요(예: be-db-001).',
    'bank.unknown_position': '알 수 없는 직무 "{value}"입니다. 가능한 값: {allowed}.',
    'bank.unknown_topic': '주제 "{value}"는 {position} 직무의 주제가 아닙니다. 가능한 값: {allowed}.',
    'bank.unknown_competency': '알 수 없는 역량 "{value}"입니다. 가능한 값: {allowed}.',
    'bank.bad_difficulty': '난이도 "{value}"는 1, 2, 3 중 하나여야 합니다.',
    'bank.unknown_language': '언어 "{value}"는 en 또는 ko여야 합니다.',
    'bank.language_not_korean': '언어가 ko로 되어 있지만 질문에 한국어가 없습니다.',
    'bank.language_not_english': '언어가 en으로 되어 있지만 질문이 한국어로 쓰여 있습니다.',
    'bank.question_length': '질문이 {length}자입니다. {min}~{max}자여야 합니다.',
    'bank.answer_words': '예시 답변이 {count}단어입니다. 영어 답변은 {min}~{max}단어여야 합니다.',
    'bank.answer_chars': '예시 답변이 {count}자입니다. 한국어 답변은 {min}~{max}자여야 합니다.',
    'bank.key_point_count': '핵심 포인트가 {count}개입니다. " | "로 구분해 {min}~{max}개를 적어 주세요.',
    'bank.follow_up_count':
      '후속 질문이 {count}개인데 핵심 포인트는 {keyPoints}개입니다. 핵심 포인트마다 하나씩 같은 순서로 " | "로 구분해 적거나, 칸을 비워 두세요.',
    'bank.key_point_length':
      '{index}번째 핵심 포인트가 {length}자입니다. 각 포인트는 {min}~{max}자여야 합니다.',
    'bank.duplicate_id': 'ID {id}({language})가 이미 {firstSource} {firstLine}행에 있습니다.',
    'bank.translation_mismatch': '한국어 행 {id}의 {field} 값은 "{found}"인데 영어 행은 "{expected}"입니다.',
    'bank.rubric_length': '{field} 설명이 {length}자입니다. {min}~{max}자여야 합니다.',
    'bank.duplicate_rubric': '역량 {competency}의 {language} 평가 기준이 이미 {firstLine}행에 있습니다.',
    'bank.near_duplicate': '질문 {id}이(가) {otherId}와(과) 거의 같습니다(유사도 {similarity}).',
    'bank.upload_not_csv':
      '**{file}** 파일은 CSV가 아닙니다. 시트를 CSV(쉼표로 구분)로 내보낸 뒤 다시 시도해 주세요.',
    'bank.upload_spreadsheet':
      '**{file}** 파일은 스프레드시트 통합 문서입니다. "CSV UTF-8(쉼표로 분리)" 형식으로 저장한 파일을 가져와 주세요.',
    'bank.upload_too_large': '**{file}** 파일이 {maxMb}MB를 넘습니다. 더 작은 파일로 나누어 주세요.',
    'bank.upload_not_utf8':
      '**{file}** 파일이 UTF-8 텍스트가 아닙니다. Excel에서 "다른 이름으로 저장 → CSV UTF-8(쉼표로 분리)"을 골라 주세요. 그냥 "CSV"로 저장하면 한글이 다른 인코딩으로 저장됩니다.',
    'bank.import_wait_console':
      '다음 줄에 CSV 파일 경로를 입력해 주세요({minutes}분 안에). `/interview bank import 경로/파일.csv`처럼 한 번에 입력해도 됩니다.',
    'bank.import_wait_slack':
      '이제 저와의 다이렉트 메시지에 CSV 파일을 {minutes}분 안에 올려 주세요. 그곳에 올리는 다음 파일을 가져옵니다.',
    'bank.import_wait_discord':
      '명령의 `file` 옵션에 CSV를 첨부해 주세요: `/interview-admin bank import` → file → .csv 파일 선택.',
    'bank.import_done_title': '{source}에서 질문을 가져왔습니다',
    'bank.import_done':
      '새 질문 {added}개, 수정 {updated}개, 변경 없음 {unchanged}개. 이 질문들은 공용 질문 은행과 함께 이 워크스페이스에서만 출제됩니다.',
    'bank.import_key_points.one':
      '핵심 포인트가 비어 있던 1개 행은 예시 답변에서 핵심 포인트를 뽑았습니다: 언어 모델 {model}개, 오프라인 {offline}개.',
    'bank.import_key_points.other':
      '핵심 포인트가 비어 있던 {count}개 행은 예시 답변에서 핵심 포인트를 뽑았습니다: 언어 모델 {model}개, 오프라인 {offline}개.',
    'bank.import_key_points_offline.one':
      '핵심 포인트가 비어 있던 1개 행은 예시 답변에서 오프라인으로 핵심 포인트를 뽑았습니다.',
    'bank.import_key_points_offline.other':
      '핵심 포인트가 비어 있던 {count}개 행은 예시 답변에서 오프라인으로 핵심 포인트를 뽑았습니다.',
    'bank.import_follow_ups.one':
      '후속 질문이 비어 있던 1개 행: 언어 모델이 {model}개 행의 후속 질문을 썼고, {template}개 행은 답변에서 빠진 내용이 있을 때 일반적인 후속 질문을 합니다.',
    'bank.import_follow_ups.other':
      '후속 질문이 비어 있던 {count}개 행: 언어 모델이 {model}개 행의 후속 질문을 썼고, {template}개 행은 답변에서 빠진 내용이 있을 때 일반적인 후속 질문을 합니다.',
    'bank.import_follow_ups_template.one':
      '1개 행에 후속 질문이 없습니다. 답변에서 빠진 내용이 있으면 면접관이 일반적인 후속 질문을 합니다. 직접 정하려면 follow_ups 열을 추가하세요(핵심 포인트마다 질문 하나, " | "로 구분).',
    'bank.import_follow_ups_template.other':
      '{count}개 행에 후속 질문이 없습니다. 답변에서 빠진 내용이 있으면 면접관이 일반적인 후속 질문을 합니다. 직접 정하려면 follow_ups 열을 추가하세요(핵심 포인트마다 질문 하나, " | "로 구분).',
    'bank.import_rejected_title': '{source}에서 아무것도 가져오지 않았습니다',
    'bank.import_rejected.one':
      '문제가 1건 있습니다. 파일은 전부 가져오거나 전혀 가져오지 않습니다. 아래 행을 고친 뒤 파일을 다시 가져와 주세요.',
    'bank.import_rejected.other':
      '문제가 {count}건 있습니다. 파일은 전부 가져오거나 전혀 가져오지 않습니다. 아래 행을 고친 뒤 파일을 다시 가져와 주세요.',
    'bank.import_more_issues': '…외 {count}건. 모든 문제는 첨부한 {file} 파일에 있습니다.',
    'bank.import_empty': '{source} 파일에 머리글 행만 있고 질문이 없습니다.',
    'bank.export_done.one': '이 워크스페이스의 자체 질문 1개를 내보냈습니다: {files}.',
    'bank.export_done.other': '이 워크스페이스의 자체 질문 {count}개를 내보냈습니다: {files}.',
    'bank.export_shared':
      '이 워크스페이스에는 아직 자체 질문이 없어 공용 {position} 질문 은행({count}개)을 보내 드립니다: {files}.',
    'bank.export_none':
      '이 워크스페이스에는 아직 자체 질문이 없습니다. `{prefix} bank import`로 가져오거나, `{prefix} bank export be`처럼 직무를 지정해 공용 질문 은행을 내보내 보세요.',
    'bank.stats_title': '질문 은행',
    'bank.stats_workspace': '이 워크스페이스({count}개)',
    'bank.stats_shared': '공용 질문 은행({count}개)',
    'bank.stats_none': '아직 없음: `/interview bank import`로 CSV를 가져오세요',
    'bank.stats_position_row':
      '- {position}: {total}개 (영어 {en} · 한국어 {ko} · 난이도 1/2/3: {d1}/{d2}/{d3})',
    'bank.stats_behavioural_row': '- 인성 질문: {total}개 (영어 {en} · 한국어 {ko})',
    'bank.stats_file': '주제·난이도·언어별 개수는 {file} 파일에 있습니다.',
    'bank.file_saved': '{file} 파일을 {path}에 저장했습니다',
    'bank.file_sent_dm': '{files} 파일을 저와의 다이렉트 메시지로 보냈습니다.',
  },
});
