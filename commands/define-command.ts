// The platform-neutral shape of an `/interview` subcommand; adapters map these to their own syntax.
import type { Config } from '../src/config/load-config.js';
import type { Language } from '../src/domain/types.js';
import type { InterviewEngine } from '../src/engine/interview-engine.js';
import type { LlmProvider } from '../src/llm/types.js';
import type {
  Attachment,
  CommandDescriptor,
  ConversationRef,
  OutboundMessage,
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

/** One option of a command. Text platforms read options positionally in declaration order. */
export interface OptionSpec {
  type: 'string' | 'attachment';
  required: boolean;
  description: Bilingual;
  /** Allowed values; `aliases` are other words users type for the same value (e.g. "backend" → "be"). */
  choices?: { value: string; label: Bilingual; aliases?: string[] }[];
}

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
  now(): number;
}

export interface CommandContext {
  user: UserRef;
  where: ConversationRef;
  /** The language to answer in (the user's choice, platform locale, workspace, default). */
  language: Language;
  services: CommandServices;
}

export type ArgsOf<O extends Record<string, OptionSpec>> = {
  [K in keyof O]: O[K]['type'] extends 'attachment' ? Attachment | undefined : string | undefined;
};

export interface CommandDefinition<O extends Record<string, OptionSpec> = Record<string, OptionSpec>> {
  name: string;
  description: Bilingual;
  /** Admin-only commands are hidden where the platform allows and always checked at run time. */
  admin: boolean;
  options: O;
  run(ctx: CommandContext, args: ArgsOf<O>): Promise<OutboundMessage[]>;
}

/** Define a command; the generic keeps `run`'s arguments typed from `options`. */
export function defineCommand<O extends Record<string, OptionSpec>>(
  definition: CommandDefinition<O>,
): CommandDefinition {
  return definition as unknown as CommandDefinition;
}

/** The registration view of a command, for adapters. */
export function describeCommand(definition: CommandDefinition): CommandDescriptor {
  return {
    name: definition.name,
    description: definition.description,
    admin: definition.admin,
    options: Object.entries(definition.options).map(([name, spec]) => ({
      name,
      description: spec.description,
      type: spec.type,
      required: spec.required,
      choices: spec.choices?.map((choice) => ({ value: choice.value, label: choice.label })),
    })),
  };
}

/** How a user types an admin command on their platform (Discord keeps admin commands in their own command). */
export function adminPrefix(platform: string): string {
  return platform === 'discord' ? '/interview-admin' : '/interview';
}
