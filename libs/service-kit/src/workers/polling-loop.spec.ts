import { PollingLoop } from './polling-loop';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('PollingLoop', () => {
  it('runs at once, again after each run, never two at once, and survives a failing tick', async () => {
    let active = 0;
    let maxActive = 0;
    let runs = 0;
    const loop = new PollingLoop(
      'test',
      () => 5,
      async () => {
        active++;
        maxActive = Math.max(maxActive, active);
        runs++;
        await sleep(10);
        active--;
        if (runs === 2) throw new Error('induced');
      },
    );
    loop.start();
    await sleep(100);
    await loop.stop();
    const after = runs;
    await sleep(40);
    expect(after).toBeGreaterThanOrEqual(4);
    expect(maxActive).toBe(1);
    expect(runs).toBe(after); // stopped means stopped
  });

  it('wake() runs a round at once, or right after the one in progress, never two at once', async () => {
    let active = 0;
    let maxActive = 0;
    let runs = 0;
    const loop = new PollingLoop(
      'test',
      () => 60_000,
      async () => {
        active++;
        maxActive = Math.max(maxActive, active);
        runs++;
        await sleep(20);
        active--;
      },
    );
    loop.start();
    try {
      await sleep(5); // the first round is in progress
      loop.wake();
      loop.wake();
      await sleep(80);
      expect(runs).toBe(2); // the wakes during a round made one more round, not two
      loop.wake(); // idle, the next round an interval away: now instead
      await sleep(40);
      expect(runs).toBe(3);
    } finally {
      await loop.stop();
    }
    loop.wake();
    await sleep(30);
    expect(runs).toBe(3); // stopped means stopped
    expect(maxActive).toBe(1);
  });
});
