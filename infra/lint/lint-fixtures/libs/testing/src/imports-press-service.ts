// Deliberate violation. infra/lint/module-boundaries.spec.ts lints this text as if it were
// libs/testing/src/imports-press-service.ts (its path under lint-fixtures/); it is ignored by
// `npm run lint`, tsc and jest. A library reaches into a service by a relative path.
import { PressModule } from '../../../services/press/src/press.module';

export const leaked = PressModule;
