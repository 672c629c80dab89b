// @tdkt/domain-errors: the not-found / conflict / invalid-input errors domain code throws, free of
// any framework; @tdkt/service-kit maps them to problem details. See README.md.
export { DomainError, NotFound, Conflict, InvalidInput } from './domain-errors';
