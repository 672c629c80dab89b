import { AlphaService } from './alpha.service';
export class AlphaModule {
  static providers = [AlphaService];
}
