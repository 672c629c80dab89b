// violation: alpha reaches into beta's infra/ (its own infra/ is fine)
import { BetaRepository } from '../beta/infra/beta.repository';
import { OwnRepository } from './infra/own.repository';
export class AlphaService {
  constructor(readonly beta: BetaRepository, readonly own: OwnRepository) {}
}
