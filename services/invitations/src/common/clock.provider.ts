/** Nest token of the Clock (common/domain/clock.ts): the system clock unless the app factory is given another. */
export const CLOCK = Symbol('CLOCK');
