// legal: a library by its alias, and another feature's top level (re-exported); a mention of
// '../beta/infra/beta.repository' in a comment or a string is no import
import { topics } from '@tdkt/contracts';
export { BetaQueries } from '../beta/beta.queries';
export const note = ['../beta/infra/beta.repository', topics];
