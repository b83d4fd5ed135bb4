// `/interview end`: finish early; a report covers what was answered.
import { defineCommand } from './define-command.js';

export const endCommand = defineCommand({
  name: 'end',
  description: { en: 'End the interview now', ko: '면접 지금 종료' },
  admin: false,
  example: 'end',
  options: {},
  run: (ctx) => ctx.services.engine.end(ctx.user),
});
