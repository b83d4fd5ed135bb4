// `/interview bank <import|export|stats> [position] [file]` (admins): a club's own questions.
import { csvFileContent, exportWorkspaceFiles } from '../src/bank/import-workspace.js';
import { exportTechnicalCsv } from '../src/bank/export-csv.js';
import { behaviouralTable, countBy, technicalTable } from '../src/bank/stats.js';
import type { BankQuestion, Language, Position, TechnicalQuestion } from '../src/domain/types.js';
import { LANGUAGES, POSITIONS } from '../src/domain/types.js';
import { positionName } from '../src/i18n/names.js';
import { type MessageKey, t } from '../src/i18n/index.js';
import { plural } from '../src/i18n/plural.js';
import type { OutboundFile, OutboundMessage, PlatformCapabilities } from '../src/platform/types.js';
import { PENDING_UPLOAD_TTL_MS, runBankImport, workspaceKeyOf } from './bank-upload.js';
import { type CommandContext, defineCommand } from './define-command.js';
import { positionOption } from './options.js';

/** How the admin hands the CSV over after `bank import` without a file, by what their platform can do. */
function waitKey(capabilities: PlatformCapabilities): MessageKey {
  if (capabilities.commandAttachments) return 'bank.import_wait_discord';
  if (capabilities.filesByPath) return 'bank.import_wait_console';
  return 'bank.import_wait_slack';
}

/** A file-name-safe form of a workspace id ("T0CLUB" → "t0club"). */
function fileStem(workspaceId: string): string {
  return `bank-${workspaceId.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}`;
}

async function sharedBank(ctx: CommandContext): Promise<BankQuestion[]> {
  const { bank } = ctx.services;
  const lists = await Promise.all([
    ...POSITIONS.flatMap((position) =>
      LANGUAGES.map((language) => bank.listTechnical({ position, language, workspaceKey: '' })),
    ),
    ...LANGUAGES.map((language) => bank.listBehavioural({ language, workspaceKey: '' })),
  ]);
  return lists.flat();
}

async function exportBank(ctx: CommandContext, position: Position | undefined): Promise<OutboundMessage[]> {
  const lang = ctx.language;
  const own = await ctx.services.bank.listWorkspace(workspaceKeyOf(ctx.user));
  if (own.length > 0) {
    const files = exportWorkspaceFiles(own, fileStem(ctx.user.workspaceId));
    const names = files.map((file) => file.name).join(', ');
    return [
      {
        tone: 'success',
        ephemeral: true,
        text: plural(lang, 'bank.export_done', own.length, { files: names }),
        files,
      },
    ];
  }
  if (!position)
    return [
      {
        tone: 'info',
        ephemeral: true,
        text: t(lang, 'bank.export_none', { prefix: ctx.capabilities.adminCommandPrefix }),
      },
    ];
  const shared = (
    await Promise.all(
      LANGUAGES.map((language) => ctx.services.bank.listTechnical({ position, language, workspaceKey: '' })),
    )
  ).flat() as TechnicalQuestion[];
  const file: OutboundFile = {
    name: `bank-shared-${position}.csv`,
    contentType: 'text/csv',
    content: csvFileContent(exportTechnicalCsv(shared)),
  };
  const text = t(lang, 'bank.export_shared', {
    position: positionName(lang, position),
    count: shared.length,
    files: file.name,
  });
  return [{ tone: 'success', ephemeral: true, text, files: [file] }];
}

/** One summary line per position, and one for behavioural questions. */
function summary(lang: Language, questions: readonly BankQuestion[]): string {
  const technical = questions.filter((q): q is TechnicalQuestion => q.kind === 'technical');
  const behavioural = questions.filter((q) => q.kind === 'behavioural');
  const counts = countBy(technical, (q) => `${q.position}/${q.language}`);
  const levels = countBy(technical, (q) => `${q.position}/${q.difficulty}`);
  const lines = POSITIONS.filter((position) => technical.some((q) => q.position === position)).map(
    (position) =>
      t(lang, 'bank.stats_position_row', {
        position: positionName(lang, position),
        total: technical.filter((q) => q.position === position).length,
        en: counts.get(`${position}/en`) ?? 0,
        ko: counts.get(`${position}/ko`) ?? 0,
        d1: levels.get(`${position}/1`) ?? 0,
        d2: levels.get(`${position}/2`) ?? 0,
        d3: levels.get(`${position}/3`) ?? 0,
      }),
  );
  if (behavioural.length > 0) {
    lines.push(
      t(lang, 'bank.stats_behavioural_row', {
        total: behavioural.length,
        en: behavioural.filter((q) => q.language === 'en').length,
        ko: behavioural.filter((q) => q.language === 'ko').length,
      }),
    );
  }
  return lines.join('\n') || t(lang, 'bank.stats_none');
}

/** The full per-topic tables of src/bank/stats.ts, for both banks, as one text file. */
function tablesFile(
  name: string,
  own: readonly BankQuestion[],
  shared: readonly BankQuestion[],
): OutboundFile {
  const section = (title: string, questions: readonly BankQuestion[]) => [
    `== ${title} ==`,
    ...technicalTable(questions.filter((q) => q.kind === 'technical')),
    '',
    ...behaviouralTable(questions.filter((q) => q.kind === 'behavioural')),
    '',
  ];
  const text = [...section('workspace', own), ...section('shared', shared)].join('\n');
  return { name, contentType: 'text/plain; charset=utf-8', content: new TextEncoder().encode(text) };
}

async function bankStats(ctx: CommandContext): Promise<OutboundMessage[]> {
  const lang = ctx.language;
  const own = await ctx.services.bank.listWorkspace(workspaceKeyOf(ctx.user));
  const shared = await sharedBank(ctx);
  const file = tablesFile(`${fileStem(ctx.user.workspaceId)}-stats.txt`, own, shared);
  return [
    {
      tone: 'info',
      ephemeral: true,
      title: t(lang, 'bank.stats_title'),
      fields: [
        { name: t(lang, 'bank.stats_workspace', { count: own.length }), value: summary(lang, own) },
        { name: t(lang, 'bank.stats_shared', { count: shared.length }), value: summary(lang, shared) },
      ],
      footer: t(lang, 'bank.stats_file', { file: file.name }),
      files: [file],
    },
  ];
}

export const bankCommand = defineCommand({
  name: 'bank',
  description: {
    en: 'Your club’s own questions: import, export, stats (admins)',
    ko: '우리 모임의 자체 질문: 가져오기, 내보내기, 통계 (관리자)',
  },
  admin: true,
  example: 'bank stats',
  options: {
    action: {
      type: 'string',
      required: true,
      description: { en: 'What to do', ko: '할 일' },
      choices: [
        { value: 'import', label: { en: 'Import a CSV', ko: 'CSV 가져오기' }, aliases: ['가져오기'] },
        { value: 'export', label: { en: 'Export as CSV', ko: 'CSV로 내보내기' }, aliases: ['내보내기'] },
        { value: 'stats', label: { en: 'Counts', ko: '개수 보기' }, aliases: ['통계'] },
      ],
    },
    position: {
      ...positionOption,
      required: false,
      description: { en: 'Position (export of the shared bank)', ko: '직무 (공용 질문 은행 내보내기)' },
    },
    file: {
      type: 'attachment',
      required: false,
      description: { en: 'The CSV to import', ko: '가져올 CSV 파일' },
    },
  },
  async run(ctx, args) {
    if (args.action === 'export') return exportBank(ctx, args.position);
    if (args.action === 'stats') return bankStats(ctx);
    if (args.file) return runBankImport(ctx.user, ctx.language, ctx.services, args.file);
    // Where a command carries the file itself, the admin runs it again with one; elsewhere the
    // next file they share (or path they type) is taken for the import.
    if (!ctx.capabilities.commandAttachments)
      await ctx.services.pendingUploads.expect(ctx.user, ctx.services.now());
    const minutes = PENDING_UPLOAD_TTL_MS / 60_000;
    return [{ tone: 'info', ephemeral: true, text: t(ctx.language, waitKey(ctx.capabilities), { minutes }) }];
  },
});
