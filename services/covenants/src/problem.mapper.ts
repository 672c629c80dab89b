import type { ProblemInit } from '@tdkt/service-kit';
import { mapClusterError } from './clusters/cluster-error.mapper';
import { mapCovenantError } from './covenants/covenant-error.mapper';

/** Every feature's plain domain errors → problem details. */
export const mapDomainError = (err: unknown): ProblemInit | undefined => mapCovenantError(err) ?? mapClusterError(err);
