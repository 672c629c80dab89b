import { spawn, type ChildProcess } from 'node:child_process';
import { LocalBroker } from '@tdkt/testing';

const RUNS = 10;

/**
 * `infra/kafka/start.sh` from an empty data folder, ten times in a row, while a busy process
 * holds the other core: a slow moment between the fork and the exec of java must not read as
 * a dead broker (it did, and the first run of the README's test command failed).
 */
describe('the broker starts from an empty data folder every time', () => {
  let busy: ChildProcess | undefined;

  beforeAll(() => {
    busy = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
  });

  afterAll(() => {
    if (busy?.pid) process.kill(busy.pid, 'SIGKILL');
  });

  it(
    `starts ${RUNS} times in a row with the other core busy`,
    async () => {
      const outcomes: string[] = [];
      for (let i = 0; i < RUNS; i++) {
        const broker = await LocalBroker.create();
        try {
          await broker.start();
          outcomes.push('started');
        } catch (e) {
          outcomes.push(`run ${i + 1}: ${(e as Error).message}`);
        } finally {
          await broker.dispose();
        }
      }
      expect(outcomes).toEqual(Array(RUNS).fill('started'));
    },
    RUNS * 60_000,
  );
});
