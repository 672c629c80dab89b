// Fixture for declared-deps.spec.ts: what the scanner must and must not count.
import { readFileSync } from 'node:fs';
import path from 'path';
import { Kafka } from 'kafkajs';
import type { TOPICS } from '@tdkt/contracts';
import { local } from './local';
export { Workbook } from 'exceljs/dist/es5';
const JSZip = require('jszip') as typeof import('jszip');
const hidden = require('undeclared-pkg');

// import 'mentioned-in-a-comment';
const text = "require('mentioned-in-a-string')";

export async function load(): Promise<unknown> {
  const lazy = await import('@scope/dynamic/sub/path');
  return [readFileSync, path, Kafka, local, JSZip, hidden, text, lazy, null as unknown as typeof TOPICS];
}
