// the composition root belongs to no feature: it may wire anything
import { AlphaModule } from './alpha/alpha.module';
import { BetaRepository } from './beta/infra/beta.repository';
export const wiring = [AlphaModule, BetaRepository];
