// What the interviewer asks as a follow-up when a question carries no follow-up of its own, in English and Korean.
import { defineMessages } from '../define-messages.js';

export const followUpMessages = defineMessages({
  en: {
    'followup.term.one': 'Where does {term} come into this, and why does it matter here?',
    'followup.term.two': 'Where do {first} and {second} come into this, and why do they matter here?',
    'followup.general':
      'What else would you have to think about to make this work in a real system? Is there a part of the problem you have not covered yet?',
    'followup.cv.metric': 'How did you measure that number, and where was it before you started?',
    'followup.cv.tech':
      'What else did you consider instead of {tech}, and what did you give up by choosing it?',
    'followup.cv.project': 'Which parts of that did you do yourself, as opposed to the rest of the team?',
    'followup.cv.generic': 'Can you walk me through one concrete example of what actually happened?',
    'followup.cv.outcome': 'How did it turn out in the end, and what did you take away from it?',
    'followup.cv.position.ai':
      'How good was the data you had, and how did you know the model was actually doing well?',
    'followup.cv.position.be':
      'What happened to it under heavy load or when something it depended on went down, and how would you have noticed?',
    'followup.cv.position.fe':
      'How did it feel for users: how quickly did it load, and could everyone use it, with a keyboard or a screen reader too?',
    'followup.cv.position.mobile':
      'How did it behave on older phones or without a connection, and how did you get new versions out to users?',
  },
  ko: {
    'followup.term.one': '{term} 이야기는 아직 나오지 않았는데, 이 문제에서 어떤 역할을 하고 왜 중요할까요?',
    'followup.term.two':
      '{first}, {second} 이야기는 아직 나오지 않았는데, 이 문제에서 어떤 역할을 하고 왜 중요할까요?',
    'followup.general':
      '실제 서비스에서 이걸 제대로 동작하게 하려면 무엇을 더 고려해야 할까요? 아직 이야기하지 않은 부분이 있을까요?',
    'followup.cv.metric': '그 수치는 어떻게 측정했고, 시작하기 전에는 어느 정도였나요?',
    'followup.cv.tech': '{tech} 말고 어떤 대안을 검토했고, 그걸 고르면서 포기한 것은 무엇인가요?',
    'followup.cv.project': '그중 팀이 아니라 본인이 직접 한 부분은 어디까지인가요?',
    'followup.cv.generic': '실제로 있었던 일 하나를 구체적인 예로 들어 설명해 줄 수 있나요?',
    'followup.cv.outcome': '결국 어떻게 마무리됐고, 그 경험에서 무엇을 얻었나요?',
    'followup.cv.position.ai': '데이터 품질은 어땠고, 모델이 정말 잘 동작한다는 건 어떻게 확인했나요?',
    'followup.cv.position.be':
      '트래픽이 몰리거나 의존하던 서비스가 멈추면 어떻게 됐을까요? 그리고 그걸 어떻게 알아차렸을까요?',
    'followup.cv.position.fe':
      '사용자 입장에서는 어땠나요? 로딩은 얼마나 빨랐고, 키보드나 스크린 리더로도 쓸 수 있었나요?',
    'followup.cv.position.mobile':
      '오래된 기기나 네트워크가 끊긴 상황에서는 어떻게 동작했고, 새 버전은 사용자에게 어떻게 배포했나요?',
  },
});
