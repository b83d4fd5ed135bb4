// User-visible text for the offline area (feedback, follow-ups, CV questions, summaries), in English and Korean.
import { defineMessages } from '../define-messages.js';

export const offlineMessages = defineMessages({
  en: {
    'offline.precheck.empty': 'No answer was given, so there is nothing to score.',
    'offline.precheck.too_short':
      'The answer is too short to show what you know. Explain the idea in a few sentences.',
    'offline.precheck.gibberish': 'The answer could not be read as text. Please answer in full sentences.',
    'offline.precheck.restates_question':
      'The answer repeats the question without answering it. Answer what was asked, in your own words.',
    'offline.band.strong': 'A strong answer.',
    'offline.band.solid': 'A solid answer with a few gaps.',
    'offline.band.partial': 'A partial answer: the main idea is there, but important points are missing.',
    'offline.band.weak': 'This answer misses most of what the question asks for.',
    'offline.band.off_topic': 'This answer does not seem to address the question.',
    'offline.points.covered': 'You covered: {points}.',
    'offline.points.partial': 'Mentioned only in part, or not clearly: {points}.',
    'offline.points.missing': 'Missing: {points}.',
    'offline.points.could_add': 'To round it off, you could also cover: {points}.',
    'offline.model_answer_hint': 'Compare your answer with the model answer.',
    'offline.list_separator': '; ',
    'offline.star.complete': 'Your story has all four STAR parts (situation, task, action, result).',
    'offline.star.missing': 'Missing STAR parts: {parts}.',
    'offline.star.situation': 'situation',
    'offline.star.task': 'task',
    'offline.star.action': 'action',
    'offline.star.result': 'result',
    'offline.specific.numbers': 'Add numbers (size, time, impact) to make it concrete.',
    'offline.specific.first_person': 'Say what you did yourself ("I …"), not only what the team did.',
    'offline.specific.short': 'The answer is brief; add context and one concrete example.',
    'offline.personal.relevance_low': 'Tie your answer to the CV line the question asks about: “{quote}”.',
    'offline.followup.star_result': 'How did it end — what was the result, and how did you know?',
    'offline.followup.star_action': 'What exactly did you do yourself at that point?',
    'offline.cv.q.metric':
      'Your CV says “{quote}”. How did you measure that, what was the starting point, and what did you change to get there?',
    'offline.cv.q.tech':
      'Your CV mentions “{quote}”. Why did you choose {tech} there, and what would you do differently today?',
    'offline.cv.q.project':
      'Tell me about “{quote}”. What was your own part, and what was the hardest decision you made?',
    'offline.cv.q.generic': 'Your CV mentions “{quote}”. Can you walk me through it with a concrete example?',
    'offline.cv.q.no_content.1':
      'Your CV gives few details. Which project or experience best shows your skills for this role, and why?',
    'offline.cv.q.no_content.2':
      'What is the hardest technical problem you have solved, and how did you solve it?',
    'offline.cv.q.no_content.3':
      'Tell me about a time you learnt a new technology quickly. What was it, and how did you approach it?',
    'offline.cv.q.no_content.4': 'What did you build most recently, and what would you improve in it now?',
    'offline.cv.q.no_content.5':
      "Which part of this role's work have you done before, and what was the result?",
    'offline.cv.angle.ai': 'Where it applies, also explain your data and model choices.',
    'offline.cv.angle.be': 'Where it applies, also explain how it handled load and failures.',
    'offline.cv.angle.fe': 'Where it applies, also explain the user experience and performance.',
    'offline.cv.angle.mobile': 'Where it applies, also explain devices, offline use and how you released it.',
    'offline.cv.c.metric': 'Explains how the number was measured and what the baseline was',
    'offline.cv.c.tech': 'Justifies the choice of {tech} against alternatives, with its trade-offs',
    'offline.cv.c.project': "Separates their own contribution from the team's, with concrete actions",
    'offline.cv.c.generic': 'Gives a concrete example with specific details',
    'offline.cv.c.outcome': 'States the outcome and what they learnt from it',
    'offline.cv.c.position.ai': 'Discusses data quality, model choice and how results were evaluated',
    'offline.cv.c.position.be': 'Addresses scale and reliability: load, failure handling and monitoring',
    'offline.cv.c.position.fe':
      'Considers user experience and performance: rendering, load time and accessibility',
    'offline.cv.c.position.mobile': 'Covers devices, offline behaviour and the release process',
  },
  ko: {
    'offline.precheck.empty': '답변이 없어 평가할 내용이 없습니다.',
    'offline.precheck.too_short':
      '답변이 너무 짧아 알고 있는 내용을 판단하기 어렵습니다. 몇 문장으로 설명해 주세요.',
    'offline.precheck.gibberish': '답변을 글로 읽을 수 없습니다. 완성된 문장으로 답해 주세요.',
    'offline.precheck.restates_question':
      '질문을 다시 말했을 뿐 답은 없습니다. 질문에 대한 답을 본인의 말로 설명해 주세요.',
    'offline.band.strong': '훌륭한 답변입니다.',
    'offline.band.solid': '탄탄한 답변이지만 빠진 부분이 조금 있습니다.',
    'offline.band.partial': '핵심 아이디어는 있지만 중요한 내용이 빠진 부분적인 답변입니다.',
    'offline.band.weak': '질문이 요구하는 내용 대부분이 빠져 있습니다.',
    'offline.band.off_topic': '질문과 관련 없는 답변으로 보입니다.',
    'offline.points.covered': '다룬 내용: {points}.',
    'offline.points.partial': '일부만 또는 분명하지 않게 다룬 내용: {points}.',
    'offline.points.missing': '빠진 내용: {points}.',
    'offline.points.could_add': '더 완성도 있게 하려면 다음도 다뤄 보세요: {points}.',
    'offline.model_answer_hint': '모범 답안과 비교해 보세요.',
    'offline.list_separator': '; ',
    'offline.star.complete': 'STAR의 네 요소(상황, 과제, 행동, 결과)가 모두 담겨 있습니다.',
    'offline.star.missing': '빠진 STAR 요소: {parts}.',
    'offline.star.situation': '상황',
    'offline.star.task': '과제',
    'offline.star.action': '행동',
    'offline.star.result': '결과',
    'offline.specific.numbers': '규모, 기간, 효과 같은 숫자를 넣으면 더 구체적입니다.',
    'offline.specific.first_person': '팀이 한 일뿐 아니라 본인이 직접 한 일("제가 …")을 말해 주세요.',
    'offline.specific.short': '답변이 짧습니다. 배경과 구체적인 사례를 하나 더해 주세요.',
    'offline.personal.relevance_low': '질문이 묻는 이력서 문장과 연결해서 답해 주세요: “{quote}”.',
    'offline.followup.star_result': '결국 어떻게 끝났나요? 결과는 무엇이었고, 그것을 어떻게 확인하셨나요?',
    'offline.followup.star_action': '그때 본인이 직접 한 일은 정확히 무엇이었나요?',
    'offline.cv.q.metric':
      '이력서에 “{quote}”라고 적으셨습니다. 그 수치는 어떻게 측정했고, 출발점은 어땠으며, 무엇을 바꿔서 달성하셨나요?',
    'offline.cv.q.tech':
      '이력서에 “{quote}”라는 내용이 있습니다. 그때 {tech} 기술을 선택한 이유는 무엇이고, 지금이라면 무엇을 다르게 하시겠어요?',
    'offline.cv.q.project':
      '“{quote}”에 대해 이야기해 주세요. 본인이 맡은 부분은 무엇이었고, 가장 어려웠던 결정은 무엇이었나요?',
    'offline.cv.q.generic': '이력서에 “{quote}”라는 내용이 있습니다. 구체적인 예를 들어 설명해 주시겠어요?',
    'offline.cv.q.no_content.1':
      '이력서에 세부 내용이 많지 않습니다. 이 직무에 맞는 역량을 가장 잘 보여 주는 프로젝트나 경험은 무엇이고, 그 이유는 무엇인가요?',
    'offline.cv.q.no_content.2': '지금까지 해결한 가장 어려운 기술 문제는 무엇이었고, 어떻게 해결하셨나요?',
    'offline.cv.q.no_content.3':
      '새로운 기술을 빠르게 익혀야 했던 경험을 말씀해 주세요. 어떤 기술이었고, 어떻게 접근하셨나요?',
    'offline.cv.q.no_content.4': '가장 최근에 만든 것은 무엇이고, 지금 다시 한다면 무엇을 개선하시겠어요?',
    'offline.cv.q.no_content.5': '이 직무에서 하는 일 중 이미 해 본 것은 무엇이고, 결과는 어땠나요?',
    'offline.cv.angle.ai': '해당된다면 데이터와 모델을 어떻게 선택했는지도 함께 말씀해 주세요.',
    'offline.cv.angle.be': '해당된다면 부하와 장애 상황을 어떻게 다뤘는지도 함께 말씀해 주세요.',
    'offline.cv.angle.fe': '해당된다면 사용자 경험과 성능 측면도 함께 말씀해 주세요.',
    'offline.cv.angle.mobile': '해당된다면 기기 대응, 오프라인 사용, 배포 방식도 함께 말씀해 주세요.',
    'offline.cv.c.metric': '수치를 어떻게 측정했는지와 기준값이 무엇이었는지 설명한다',
    'offline.cv.c.tech': '{tech} 기술을 대안과 비교해 선택한 이유와 트레이드오프를 설명한다',
    'offline.cv.c.project': '팀의 성과와 본인의 기여를 구분하고 구체적인 행동을 말한다',
    'offline.cv.c.generic': '구체적인 사례와 세부 내용을 제시한다',
    'offline.cv.c.outcome': '결과와 그 경험에서 배운 점을 말한다',
    'offline.cv.c.position.ai': '데이터 품질, 모델 선택, 결과 평가 방법을 다룬다',
    'offline.cv.c.position.be': '확장성과 안정성(부하, 장애 대응, 모니터링)을 다룬다',
    'offline.cv.c.position.fe': '사용자 경험과 성능(렌더링, 로딩 시간, 접근성)을 고려한다',
    'offline.cv.c.position.mobile': '기기 대응, 오프라인 동작, 배포 과정을 다룬다',
  },
});
