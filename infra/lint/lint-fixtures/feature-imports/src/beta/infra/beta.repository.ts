export class BetaRepository {}
