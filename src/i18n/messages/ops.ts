// What the process says to whoever runs it (a terminal, a container log): starting, stopping, backups.
import { defineMessages } from '../define-messages.js';

export const opsMessages = defineMessages({
  en: {
    'ops.stopping':
      'Stopping ({signal}): no new messages; answers are saved and unfinished work resumes at the next start (up to {seconds} s; {signal} again quits at once).',
    'ops.worker_only': 'No chat platform and no console: running as a worker for background jobs.',
    'ops.http_listening': 'Health and metrics: http://127.0.0.1:{port}/healthz and /metrics',
    'ops.sqlite_in_use':
      'Another bot is already running on {file}. SQLite serves one process: stop the other one, or give this one its own DATA_DIR. To run several bots on one database, use PostgreSQL or MariaDB (DATABASE_URL).',
    'ops.sqlite_waiting':
      'Another bot has claimed this SQLite file; checking for a few seconds whether it is still running (a bot that was killed leaves a claim that lapses)…',
    'ops.discord_shards': 'Discord: starting {count} shards, one process each, about 5 s apart.',
    'ops.backup_done':
      'Backed up {source} to {file} ({size} MB), a consistent copy taken while the bot could keep writing.',
    'ops.backup_no_database':
      'No SQLite database at {file}, so nothing to back up. Is DATA_DIR (or DATABASE_URL) the one the bot uses?',
    'ops.backup_exists':
      '{file} already exists. A backup never overwrites a file: give another path or move it away.',
    'ops.backup_corrupt':
      'The copy failed its integrity check and was deleted; the database itself is untouched. Run the backup again.',
    'ops.backup_memory':
      'DATABASE_URL names an in-memory SQLite database: there is nothing on disk to back up.',
    'ops.backup_use_tool':
      'This database is backed up with {tool}, which takes a consistent copy while the bots keep running. Run:',
  },
  ko: {
    'ops.stopping':
      '종료 중({signal}): 새 메시지는 받지 않습니다. 답변은 저장되어 있고 끝나지 않은 작업은 다음 시작 때 이어집니다(최대 {seconds}초, {signal}를 한 번 더 보내면 즉시 종료).',
    'ops.worker_only': '채팅 플랫폼도 콘솔도 없어 백그라운드 작업만 처리하는 작업자로 실행합니다.',
    'ops.http_listening': '상태와 지표: http://127.0.0.1:{port}/healthz 및 /metrics',
    'ops.sqlite_in_use':
      '{file}에서 이미 다른 봇이 실행 중입니다. SQLite는 한 프로세스만 지원합니다. 다른 봇을 멈추거나 이 봇에 별도의 DATA_DIR을 주세요. 여러 봇이 한 데이터베이스를 쓰려면 PostgreSQL이나 MariaDB(DATABASE_URL)를 쓰세요.',
    'ops.sqlite_waiting':
      '다른 봇이 이 SQLite 파일을 점유하고 있습니다. 그 봇이 아직 실행 중인지 몇 초 동안 확인합니다(강제 종료된 봇의 점유는 곧 풀립니다)…',
    'ops.discord_shards': 'Discord: 샤드 {count}개를 각각 별도 프로세스로 약 5초 간격으로 시작합니다.',
    'ops.backup_done':
      '{source}를 {file}에 백업했습니다({size} MB). 봇이 계속 쓰는 중에도 일관된 사본입니다.',
    'ops.backup_no_database':
      '{file}에 SQLite 데이터베이스가 없어 백업할 것이 없습니다. 봇이 쓰는 DATA_DIR(또는 DATABASE_URL)이 맞는지 확인하세요.',
    'ops.backup_exists':
      '{file} 파일이 이미 있습니다. 백업은 파일을 덮어쓰지 않으니 다른 경로를 주거나 파일을 옮기세요.',
    'ops.backup_corrupt':
      '사본이 무결성 검사를 통과하지 못해 삭제했습니다. 데이터베이스 자체는 그대로입니다. 백업을 다시 실행하세요.',
    'ops.backup_memory':
      'DATABASE_URL이 메모리 SQLite 데이터베이스를 가리킵니다. 디스크에 백업할 것이 없습니다.',
    'ops.backup_use_tool':
      '이 데이터베이스는 {tool}로 백업합니다. 봇이 실행 중이어도 일관된 사본을 만듭니다. 다음을 실행하세요:',
  },
});
