// The adapter contract, run against the Slack adapter over Socket Mode and over signed HTTP.
import { runAdapterContract } from '../contract/adapter-contract.js';
import { createSlackContractHarness } from './contract-harness.js';

runAdapterContract('slack (socket mode)', () => createSlackContractHarness('socket'));
runAdapterContract('slack (http mode)', () => createSlackContractHarness('http'));
