#!/usr/bin/env node
// The `canbang` command. Node 20 cannot run TypeScript by itself: tsx compiles the sources on
// the fly (cached), so a fresh clone needs no build step for the server or the CLI.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
