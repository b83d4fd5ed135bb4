// The adapter contract, run against the Discord adapter: real discord.js, the fake Discord, the whole bot.
import { runAdapterContract } from '../contract/adapter-contract.js';
import { createDiscordContractHarness } from './contract-harness.js';

runAdapterContract('discord', createDiscordContractHarness);
