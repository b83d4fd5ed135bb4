// User-visible text for the slack area, in English and Korean.
import { defineMessages } from '../define-messages.js';

export const slackMessages = defineMessages({
  en: {
    'slack.file_too_large':
      '**{file}** is larger than {maxMb} MB. Please share a smaller PDF in this thread.',
    'slack.file_unavailable':
      'Slack no longer lets me read **{file}** (it may have been deleted or hidden by the workspace plan). Please share it again.',
    'slack.download_failed':
      'I could not download **{file}** from Slack. Please share it again in this thread; if it keeps failing, ask an admin to check that the app has the `files:read` scope.',
    'slack.download_timeout': 'Downloading **{file}** from Slack took too long. Please share it again.',
    'slack.dm_unavailable':
      'I could not open a direct message with you. Ask a workspace admin to check that the app may send and receive messages (App Home → Messages tab), then try again.',
  },
  ko: {
    'slack.file_too_large': '**{file}** 파일이 {maxMb}MB를 넘습니다. 이 스레드에 더 작은 PDF를 올려 주세요.',
    'slack.file_unavailable':
      '**{file}** 파일을 더 이상 읽을 수 없습니다(삭제되었거나 워크스페이스 요금제 때문에 숨겨졌을 수 있습니다). 다시 올려 주세요.',
    'slack.download_failed':
      'Slack에서 **{file}** 파일을 내려받지 못했습니다. 이 스레드에 다시 올려 주세요. 계속 실패하면 관리자에게 앱에 `files:read` 권한이 있는지 확인해 달라고 요청해 주세요.',
    'slack.download_timeout':
      'Slack에서 **{file}** 파일을 내려받는 데 너무 오래 걸렸습니다. 다시 올려 주세요.',
    'slack.dm_unavailable':
      '다이렉트 메시지를 열 수 없습니다. 워크스페이스 관리자에게 앱이 메시지를 주고받을 수 있도록 설정되어 있는지(앱 홈 → 메시지 탭) 확인해 달라고 요청한 뒤 다시 시도해 주세요.',
  },
});
