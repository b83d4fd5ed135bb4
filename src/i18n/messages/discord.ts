// User-visible text for the discord area, in English and Korean: DMs, threads, attachments, command help.
import { defineMessages } from '../define-messages.js';

export const discordMessages = defineMessages({
  en: {
    'discord.command.member_description': 'Practise a job interview with your CV',
    'discord.command.admin_description': 'Interview bot administration for this server',
    'discord.dm_opened_from':
      'You started a mock interview in **{server}**. It happens here, in our direct messages: answer each question by replying.',
    'discord.dm_opened':
      'Your interview happens here, in our direct messages. Answer each question by replying.',
    'discord.dm_closed':
      'I cannot send you direct messages, so the interview cannot start. To allow them, open the server menu (click the server name) → **Privacy Settings** → turn on **Direct Messages**, then run the command again.',
    'discord.dm_closed_thread':
      'Your direct messages are closed, so I opened a private thread for your interview: <#{threadId}>. To use DMs next time: server menu → **Privacy Settings** → **Direct Messages**.',
    'discord.thread_intro':
      'Your direct messages are closed, so your interview happens in this private thread. Start each answer with {mention} so that I can read it; the buttons work as usual.',
    'discord.attachment_too_large': '`{fileName}` is {sizeMb} MB, but I can take at most {maxMb} MB.',
    'discord.attachment_timeout':
      'Downloading `{fileName}` from Discord took too long. Please send it again.',
    'discord.attachment_failed': 'I could not download `{fileName}` from Discord. Please send it again.',
    'discord.file_too_large':
      'I could not attach `{fileName}` ({sizeMb} MB): a Discord message carries at most {maxFiles} files and {maxMb} MB in all.',
  },
  ko: {
    'discord.command.member_description': '이력서로 모의 면접을 연습합니다',
    'discord.command.admin_description': '이 서버의 면접 봇을 관리합니다',
    'discord.dm_opened': '면접은 여기 DM에서 진행됩니다. 질문마다 메시지로 답해 주세요.',
    'discord.dm_opened_from':
      '**{server}** 서버에서 모의 면접을 시작하셨습니다. 면접은 여기 DM에서 진행되니 질문마다 메시지로 답해 주세요.',
    'discord.dm_closed':
      'DM을 보낼 수 없어 면접을 시작하지 못했습니다. 서버 이름을 눌러 메뉴를 연 뒤 **개인정보 보호 설정**에서 **다이렉트 메시지**를 켜고 명령어를 다시 실행해 주세요.',
    'discord.dm_closed_thread':
      'DM이 꺼져 있어 비공개 스레드에서 면접을 진행합니다: <#{threadId}>. 다음에 DM을 사용하려면 서버 메뉴 → **개인정보 보호 설정** → **다이렉트 메시지**를 켜 주세요.',
    'discord.thread_intro':
      'DM이 꺼져 있어 이 비공개 스레드에서 면접을 진행합니다. 제가 답변을 읽을 수 있도록 답변 앞에 {mention}을 붙여 주세요. 버튼은 그대로 사용할 수 있습니다.',
    'discord.attachment_too_large':
      '`{fileName}` 파일은 {sizeMb}MB로, 받을 수 있는 최대 크기인 {maxMb}MB를 넘습니다.',
    'discord.attachment_timeout':
      '디스코드에서 `{fileName}` 파일을 받는 데 시간이 너무 오래 걸렸습니다. 다시 보내 주세요.',
    'discord.attachment_failed': '디스코드에서 `{fileName}` 파일을 받지 못했습니다. 다시 보내 주세요.',
    'discord.file_too_large':
      '`{fileName}` 파일({sizeMb}MB)은 첨부하지 못했습니다. 디스코드 메시지 하나에는 파일을 {maxFiles}개까지, 모두 합쳐 {maxMb}MB까지만 올릴 수 있습니다.',
  },
});
