// The platform-neutral shape of an `/interview` subcommand; adapters map these to their own syntax.
import type { ChartAttacher } from '../src/charts/attach-chart.js';
import type { PendingUploads } from '../src/stores/pending-uploads-store.js';
import type { Config } from '../src/config/load-config.js';
import type { DailyFeature } from '../src/daily/daily-feature.js';
import type { Language, Platform } from '../src/domain/types.js';
import type { InterviewEngine } from '../src/engine/interview-engine.js';
import type { LlmProvider } from '../src/llm/types.js';
import type {
  Attachment,
  CommandDescriptor,
  ConversationRef,
  OutboundMessage,
  PlatformCapabilities,
  UserRef,
} from '../src/platform/types.js';
import type { CvsStore } from '../src/stores/cvs-store.js';
import type { ProviderStats } from '../src/stores/llm-calls-store.js';
import type { QuestionBankStore } from '../src/stores/question-bank-store.js';
import type { SessionsStore } from '../src/stores/sessions-store.js';
import type { StatsStore } from '../src/stores/stats-store.js';
import type { UsersStore } from '../src/stores/users-store.js';
import type { WorkspaceSettingsStore } from '../src/stores/workspace-settings-store.js';

type Bilingual = { en: string; ko: string };

/** One allowed value of a text option; `aliases` are other words users type for it (e.g. "backend" → "be"). */
export interface Choice<V extends string = string> {
  value: V;
  label: Bilingual;
  aliases?: readonly string[];
}

/** A text option; with `choices`, the command receives one of their values (a literal type). */
export interface TextOptionSpec<V extends string = string> {
  /** `channel`: a channel, typed as a `#channel` mention or id on text platforms, picked from a list on Discord. */
  type: 'string' | 'channel';
  required: boolean;
  description: Bilingual;
  choices?: readonly Choice<V>[];
  /** Typed by name only (`--seed 42`), for scripted runs; see CommandOptionDescriptor.scripted. */
  scripted?: boolean;
}

/** A file option (Discord attachment option, console path; Slack and the console also take the next upload). */
export interface AttachmentOptionSpec {
  type: 'attachment';
  required: boolean;
  description: Bilingual;
}

/** One option of a command. Text platforms read options positionally in declaration order. */
export type OptionSpec = TextOptionSpec | AttachmentOptionSpec;

/** The value a command receives for one option: a choice's literal, free text, or a file. */
type ValueOf<S> = S extends AttachmentOptionSpec
  ? Attachment
  : S extends { choices: readonly Choice<infer V>[] }
    ? V
    : string;

/** The typed arguments of a command, inferred from its options: required ones are never undefined. */
export type ArgsOf<O extends Record<string, OptionSpec>> = {
  -readonly [K in keyof O]: O[K] extends { required: true } ? ValueOf<O[K]> : ValueOf<O[K]> | undefined;
};

/** What commands may use. Commands decide; the engine and stores do the work. */
export interface CommandServices {
  config: Readonly<Config>;
  engine: InterviewEngine;
  users: UsersStore;
  sessions: SessionsStore;
  cvs: CvsStore;
  bank: QuestionBankStore;
  settings: WorkspaceSettingsStore;
  stats: StatsStore;
  /** LLM usage per provider for a workspace (absent when only the offline evaluator runs). */
  providerStats?: ((workspaceKey: string, since: number) => Promise<ProviderStats[]>) | undefined;
  /** The core's evaluator chain (or the offline provider alone), e.g. for key points of imported rows. */
  llm?: LlmProvider | undefined;
  /** What a platform can do; the dispatcher hands the user's to every command as `ctx.capabilities`. */
  capabilities(platform: Platform): PlatformCapabilities;
  /** The question of the day (absent in tests that build services without a core). */
  daily?: DailyFeature | undefined;
  /** Adds charts to the report, history and stats answers (a no-op when CHARTS=off). */
  charts: ChartAttacher;
  /** Admins waiting to share a bank CSV (in the database: any instance may receive the file). */
  pendingUploads: PendingUploads;
  now(): number;
}

export interface CommandContext {
  user: UserRef;
  /** What the user's platform can do (ephemeral replies, files by path, how admin commands are typed...). */
  capabilities: PlatformCapabilities;
  where: ConversationRef;
  /** The language to answer in (the user's choice, platform locale, workspace, default). */
  language: Language;
  services: CommandServices;
}

export interface CommandDefinition<O extends Record<string, OptionSpec> = Record<string, OptionSpec>> {
  name: string;
  description: Bilingual;
  /** Admin-only commands are hidden where the platform allows and always checked at run time. */
  admin: boolean;
  options: O;
  /**
   * Declared as a method on purpose: a command typed by its own options still fits the list of
   * `CommandDefinition`s, and `parseArgs` (which checks every value against the options) is the
   * only caller.
   */
  /**
   * A typical use of the command without its prefix (`bank stats`, `lang ko`): shown when an option is
   * missing or wrong, after the platform's own prefix for the command (`/interview`, `/interview-admin`).
   */
  example: string;
  /** An admin command's `action` values members may run too (e.g. `daily hide-me`). */
  memberActions?: string[] | undefined;
  run(ctx: CommandContext, args: ArgsOf<O>): Promise<OutboundMessage[]>;
}

/**
 * Define a command. `const` keeps the options' literals, so `run` receives e.g. `position: Position`
 * and `language: Language | undefined` without a cast.
 */
export function defineCommand<const O extends Record<string, OptionSpec>>(
  definition: CommandDefinition<O>,
): CommandDefinition<O> {
  return definition;
}

/** The command's example as typed on a platform: `/interview lang ko`, `/interview-admin bank stats`. */
export function commandExample(
  definition: Pick<CommandDefinition, 'admin' | 'example'>,
  capabilities: Pick<PlatformCapabilities, 'adminCommandPrefix'>,
): string {
  return `${definition.admin ? capabilities.adminCommandPrefix : '/interview'} ${definition.example}`;
}

/** The registration view of a command, for adapters. */
export function describeCommand(definition: CommandDefinition): CommandDescriptor {
  return {
    name: definition.name,
    description: definition.description,
    admin: definition.admin,
    ...(definition.memberActions ? { memberActions: definition.memberActions } : {}),
    options: Object.entries(definition.options).map(([name, spec]) => ({
      name,
      description: spec.description,
      type: spec.type,
      required: spec.required,
      choices:
        spec.type !== 'attachment'
          ? spec.choices?.map((choice) => ({ value: choice.value, label: choice.label }))
          : undefined,
      ...(spec.type !== 'attachment' && spec.scripted ? { scripted: true } : {}),
    })),
  };
}
