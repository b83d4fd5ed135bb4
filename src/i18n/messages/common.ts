// User-visible text shared by every area: apologies, positions, languages, generic words.
import { defineMessages } from '../define-messages.js';

export const commonMessages = defineMessages({
  en: {
    'common.internal_error':
      'Sorry, something went wrong on our side. Reference: `{ref}`. Your answers so far are saved.',
    'common.position.ai': 'AI / Machine learning',
    'common.position.be': 'Backend',
    'common.position.fe': 'Frontend',
    'common.position.mobile': 'Mobile',
    'common.language.en': 'English',
    'common.language.ko': 'Korean',
    'common.kind.technical': 'Technical',
    'common.kind.behavioural': 'Behavioural',
    'common.kind.personal': 'From your CV',
    'common.button.skip': 'Skip',
    'common.button.end': 'End interview',
    'common.button.model_answer': 'Show a model answer',
    'common.admin_only': 'Only workspace admins can run `{command}`.',
    'common.invalid_option': 'I could not use `{option}`: {reason}',
    'common.unknown_command': 'I do not know `/interview {command}`. Try `/interview help`.',
    'common.duplicate_event': 'Already handled.',
  },
  ko: {
    'common.internal_error':
      '죄송합니다. 처리 중 문제가 발생했습니다. 참조 번호: `{ref}`. 지금까지의 답변은 저장되어 있습니다.',
    'common.position.ai': 'AI / 머신러닝',
    'common.position.be': '백엔드',
    'common.position.fe': '프론트엔드',
    'common.position.mobile': '모바일',
    'common.language.en': '영어',
    'common.language.ko': '한국어',
    'common.kind.technical': '기술 질문',
    'common.kind.behavioural': '인성 질문',
    'common.kind.personal': '이력서 기반 질문',
    'common.button.skip': '건너뛰기',
    'common.button.end': '면접 종료',
    'common.button.model_answer': '모범 답안 보기',
    'common.admin_only': '`{command}` 명령은 워크스페이스 관리자만 사용할 수 있습니다.',
    'common.invalid_option': '`{option}` 값을 사용할 수 없습니다: {reason}',
    'common.unknown_command':
      '`/interview {command}` 명령을 찾을 수 없습니다. `/interview help`를 입력해 보세요.',
    'common.duplicate_event': '이미 처리되었습니다.',
  },
});
