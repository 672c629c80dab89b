// Deliberate violation. infra/lint/domain-imports.spec.ts lints this text as if it were
// libs/vietnamese/src/domain/uses-typeorm.ts: the rule covers a library's domain/ folders too.
import { Column } from 'typeorm'; // violation

export const column = Column;
