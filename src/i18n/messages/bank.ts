// User-visible text for the bank area, in English and Korean: what an import or seed check found wrong.
import { defineMessages } from '../define-messages.js';

export const bankMessages = defineMessages({
  en: {
    'bank.issue_at': '{source}, line {line}: {reason}',
    'bank.csv_malformed': 'the file is not valid CSV here ({detail}). Check for an unclosed or stray quote.',
    'bank.missing_columns': 'the header row lacks the column(s) {columns}. Expected: {expected}.',
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
    'bank.key_point_length': 'key point {index} is {length} characters long; each must be {min}–{max}.',
    'bank.duplicate_id': 'id {id} ({language}) already appears at {firstSource}, line {firstLine}.',
    'bank.translation_mismatch':
      'the Korean row {id} has {field} "{found}" but its English row has "{expected}".',
    'bank.rubric_length': 'the {field} description is {length} characters long; it must be {min}–{max}.',
    'bank.duplicate_rubric': 'competency {competency} already has a {language} rubric at line {firstLine}.',
    'bank.near_duplicate': 'question {id} is nearly the same as {otherId} (similarity {similarity}).',
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
    'bank.key_point_length':
      '{index}번째 핵심 포인트가 {length}자입니다. 각 포인트는 {min}~{max}자여야 합니다.',
    'bank.duplicate_id': 'ID {id}({language})가 이미 {firstSource} {firstLine}행에 있습니다.',
    'bank.translation_mismatch': '한국어 행 {id}의 {field} 값은 "{found}"인데 영어 행은 "{expected}"입니다.',
    'bank.rubric_length': '{field} 설명이 {length}자입니다. {min}~{max}자여야 합니다.',
    'bank.duplicate_rubric': '역량 {competency}의 {language} 평가 기준이 이미 {firstLine}행에 있습니다.',
    'bank.near_duplicate': '질문 {id}이(가) {otherId}와(과) 거의 같습니다(유사도 {similarity}).',
  },
});
