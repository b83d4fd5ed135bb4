// The adapter contract, run against the console adapter with one in-memory terminal per user.
import { runAdapterContract } from '../contract/adapter-contract.js';
import { createConsoleHarness } from './contract-harness.js';

runAdapterContract('console', createConsoleHarness);
