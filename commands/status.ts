// `/interview status`: where the user stands, with the open question repeated.
import { defineCommand } from './define-command.js';

export const statusCommand = defineCommand({
  name: 'status',
  description: { en: 'Show where you are in the interview', ko: '면접 진행 상황 보기' },
  admin: false,
  example: 'status',
  options: {},
  run: (ctx) => ctx.services.engine.status(ctx.user),
});
