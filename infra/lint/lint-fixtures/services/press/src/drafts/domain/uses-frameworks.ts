// Deliberate violations. infra/lint/domain-imports.spec.ts lints this text as if it were
// services/press/src/drafts/domain/uses-frameworks.ts (its path under lint-fixtures/); it is
// ignored by `npm run lint`, tsc and jest. A domain file reaching for the framework, the
// database, the broker and the HTTP edge, in every form an import can take: one error per line
// marked "violation".
import { Injectable } from '@nestjs/common'; // violation
import type { Repository } from 'typeorm'; // violation
import { IsString } from 'class-validator'; // violation
import { Type } from 'class-transformer'; // violation
import { PinoLogger } from 'nestjs-pino'; // violation
import { Pool } from 'pg'; // violation
import { problem } from '@tdkt/service-kit'; // violation
import { DraftRecord } from '../infra/draft.records'; // violation
import { EditDraftDto } from '../dto/edit-draft.dto'; // violation
import pg = require('pg'); // violation
export { Kafka } from 'kafkajs'; // violation
export * from '@tdkt/messaging'; // violation

// allowed: our plain libraries, Node builtins, pure formatters, the domain's own files
import { randomUUID } from 'node:crypto';
import type { DraftKind } from '@tdkt/contracts';
import { sentence } from '@tdkt/vietnamese';
import { diffArrays } from 'diff';
import { WORKFLOW } from './workflow';

export async function leak(kind: DraftKind, rows: Repository<object>): Promise<unknown[]> {
  const persistence = await import('@tdkt/persistence'); // violation
  const express = require('express'); // violation
  return [Injectable, IsString, Type, PinoLogger, Pool, problem, DraftRecord, EditDraftDto, pg, persistence, express,
    kind, rows, randomUUID, sentence, diffArrays, WORKFLOW];
}
