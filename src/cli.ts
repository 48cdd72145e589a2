#!/usr/bin/env node
/**
 * The `deroule` executable. See `cli/run.ts`.
 */
import { runCli } from './cli/run.js';

process.exitCode = runCli(process.argv.slice(2));
