// beta -> alpha (a type only, still an import) while alpha -> beta: the two import each other
import type { Alpha } from '../alpha/domain/alpha';
export class BetaQueries {
  find(): Alpha | undefined {
    return undefined;
  }
}
