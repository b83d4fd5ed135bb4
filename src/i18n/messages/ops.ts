// What the process says to whoever runs it (a terminal, a container log) when it is told to stop.
import { defineMessages } from '../define-messages.js';

export const opsMessages = defineMessages({
  en: {
    'ops.stopping':
      'Stopping ({signal}): no new messages; answers are saved and unfinished work resumes at the next start (up to {seconds} s; {signal} again quits at once).',
    'ops.worker_only': 'No chat platform and no console: running as a worker for background jobs.',
    'ops.http_listening': 'Health and metrics: http://127.0.0.1:{port}/healthz and /metrics',
  },
  ko: {
    'ops.stopping':
      '종료 중({signal}): 새 메시지는 받지 않습니다. 답변은 저장되어 있고 끝나지 않은 작업은 다음 시작 때 이어집니다(최대 {seconds}초, {signal}를 한 번 더 보내면 즉시 종료).',
    'ops.worker_only': '채팅 플랫폼도 콘솔도 없어 백그라운드 작업만 처리하는 작업자로 실행합니다.',
    'ops.http_listening': '상태와 지표: http://127.0.0.1:{port}/healthz 및 /metrics',
  },
});
