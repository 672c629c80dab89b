import { commonProblem, type ProblemInit } from '@tdkt/service-kit';
import { spreadsheetProblem } from '@tdkt/spreadsheets';
import { mapClusterError } from './clusters/cluster-error.mapper';
import { mapCovenantError } from './covenants/covenant-error.mapper';

/** Every feature's plain domain errors, the shared ones (InvalidCovenant) and the spreadsheet reader's limits → problem details. */
export const mapDomainError = (err: unknown): ProblemInit | undefined =>
  mapCovenantError(err) ?? mapClusterError(err) ?? commonProblem(err) ?? spreadsheetProblem(err);
