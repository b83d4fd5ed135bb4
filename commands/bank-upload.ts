// `/interview bank import` on platforms where a command cannot carry a file (Slack, the console's
// two-step form): the admin's next shared file is claimed for the import instead of the interview.
import { describeIssue } from '../src/bank/issues.js';
import { importWorkspaceBank } from '../src/bank/import-workspace.js';
import type { FollowUpDerivation } from '../src/bank/model-follow-ups.js';
import type { Language } from '../src/domain/types.js';
import { t } from '../src/i18n/index.js';
import { plural } from '../src/i18n/plural.js';
import type { Attachment, InboundEvent, OutboundMessage, UserRef } from '../src/platform/types.js';
import type { CommandServices } from './define-command.js';

export { PENDING_UPLOAD_TTL_MS } from '../src/stores/pending-uploads-store.js';

/** Issues shown in the chat message; a longer list goes into an attached text file. */
export const INLINE_ISSUES = 20;

/** The key the store files a workspace's own questions under. */
export function workspaceKeyOf(user: UserRef): string {
  return `${user.platform}:${user.workspaceId}`;
}

/** Import `attachment` into the user's workspace and say what happened, every rejected row included. */
/** What happened to rows without follow-up questions: written by the model, or asked in general terms. */
function followUpLines(language: Language, followUps: FollowUpDerivation): string[] {
  const missing = followUps.model + followUps.template;
  if (missing === 0) return [];
  if (!followUps.modelAvailable) return [plural(language, 'bank.import_follow_ups_template', missing)];
  return [
    plural(language, 'bank.import_follow_ups', missing, {
      model: followUps.model,
      template: followUps.template,
    }),
  ];
}

export async function runBankImport(
  user: UserRef,
  language: Language,
  services: CommandServices,
  attachment: Attachment,
): Promise<OutboundMessage[]> {
  const outcome = await importWorkspaceBank({
    bank: services.bank,
    workspaceKey: workspaceKeyOf(user),
    attachment,
    now: services.now(),
    llm: services.llm,
  });
  const { source } = outcome;
  if (outcome.status === 'empty') {
    return [{ tone: 'warning', ephemeral: true, text: t(language, 'bank.import_empty', { source }) }];
  }
  if (outcome.status === 'imported') {
    const { added, updated, unchanged, keyPoints, followUps } = outcome;
    const derived = keyPoints.model + keyPoints.offline;
    const derivation =
      derived === 0
        ? []
        : keyPoints.modelAvailable
          ? [
              plural(language, 'bank.import_key_points', derived, {
                model: keyPoints.model,
                offline: keyPoints.offline,
              }),
            ]
          : [plural(language, 'bank.import_key_points_offline', derived)];
    return [
      {
        tone: 'success',
        ephemeral: true,
        title: t(language, 'bank.import_done_title', { source }),
        text: [
          t(language, 'bank.import_done', { added, updated, unchanged }),
          ...derivation,
          ...followUpLines(language, followUps),
        ].join('\n'),
      },
    ];
  }
  const lines = outcome.issues.map((issue) => `- ${describeIssue(language, issue)}`);
  const reportName = `${source.replace(/\.[^.]*$/, '')}-problems.txt`;
  const overflow = lines.length > INLINE_ISSUES;
  return [
    {
      tone: 'error',
      ephemeral: true,
      title: t(language, 'bank.import_rejected_title', { source }),
      text: [
        plural(language, 'bank.import_rejected', lines.length),
        ...lines.slice(0, INLINE_ISSUES),
        ...(overflow
          ? [
              t(language, 'bank.import_more_issues', {
                count: lines.length - INLINE_ISSUES,
                file: reportName,
              }),
            ]
          : []),
      ].join('\n'),
      files: overflow
        ? [
            {
              name: reportName,
              contentType: 'text/plain; charset=utf-8',
              content: new TextEncoder().encode(`${lines.join('\n')}\n`),
            },
          ]
        : undefined,
    },
  ];
}

/** A file that can only be meant for a bank import: a CSV by its name or its type. */
function isCsvFile(file: Attachment): boolean {
  return /\.csv$/i.test(file.fileName) || /^text\/csv\b/i.test(file.contentType ?? '');
}

/** True when the user's interview is waiting for its CV: any file but a CSV is meant for it. */
async function interviewAwaitsCv(user: UserRef, services: CommandServices): Promise<boolean> {
  const record = await services.users.upsert(user, services.now());
  return (await services.sessions.findActive(record.id))?.state === 'awaiting_cv';
}

/**
 * Route a shared file to a waiting import. A waiting import takes only a file meant for it: a CSV,
 * or any file while no interview waits for a CV (an interview waiting for its CV wins). Returns
 * undefined when the file is not for an import, so the caller hands it to the interview engine as
 * usual. A file the import takes uses up the wait, even when the file is refused.
 */
export async function routePendingBankUpload(
  event: InboundEvent,
  services: CommandServices,
): Promise<OutboundMessage[] | undefined> {
  if (event.kind !== 'message' || event.attachments.length === 0 || !event.user.isAdmin) return undefined;
  const now = services.now();
  if (!(await services.pendingUploads.waiting(event.user, now))) return undefined;
  if (!isCsvFile(event.attachments[0]!) && (await interviewAwaitsCv(event.user, services))) return undefined;
  if (!(await services.pendingUploads.claim(event.user, now))) return undefined;
  const language = await services.engine.languageFor(event.user);
  // A user mistake (wrong type, too big, not UTF-8) is answered by the dispatcher's error reply.
  return runBankImport(event.user, language, services, event.attachments[0]!);
}
