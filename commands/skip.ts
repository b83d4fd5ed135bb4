// `/interview skip`: pass the current question (it counts as 0 in the report).
import { defineCommand } from './define-command.js';

export const skipCommand = defineCommand({
  name: 'skip',
  description: { en: 'Skip the current question', ko: '현재 질문 건너뛰기' },
  admin: false,
  example: 'skip',
  options: {},
  run: (ctx) => ctx.services.engine.skip(ctx.user),
});
