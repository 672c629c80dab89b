// Deliberate violation. infra/lint/module-boundaries.spec.ts lints this text as if it were
// services/press/src/imports-covenants.ts (its path under lint-fixtures/); it is ignored by
// `npm run lint`, tsc and jest. The press service reaches into the covenants service: services
// have no @tdkt/* alias, so a path is the only way to try, and the rule rejects it.
import { CovenantsModule } from '../../covenants/src/covenants.module';

export const leaked = CovenantsModule;
