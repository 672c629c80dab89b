import { NonRetriableError } from './event-handler';
import { backoffMs, classifyFailure } from './retry-policy';

describe('retry policy', () => {
  it('dead-letters a non-retriable error at once', () => {
    expect(classifyFailure(new NonRetriableError('bad'))).toBe('permanent');
  });

  it('waits out a database that is down', () => {
    expect(classifyFailure(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }))).toBe('infrastructure');
    expect(classifyFailure(Object.assign(new Error('x'), { driverError: { code: '57P01' } }))).toBe('infrastructure');
    expect(classifyFailure(new Error('Connection terminated unexpectedly'))).toBe('infrastructure');
  });

  it('retries an ordinary error a bounded number of times', () => {
    expect(classifyFailure(new TypeError('undefined is not a function'))).toBe('ordinary');
    expect(classifyFailure(Object.assign(new Error('dup'), { code: '23505' }))).toBe('ordinary');
  });

  it('backs off exponentially with jitter, capped', () => {
    for (let attempt = 1; attempt <= 10; attempt++) {
      const cap = Math.min(1000, 50 * 2 ** (attempt - 1));
      const ms = backoffMs(attempt, 50, 1000);
      expect(ms).toBeGreaterThanOrEqual(cap / 2);
      expect(ms).toBeLessThanOrEqual(cap);
    }
  });
});
