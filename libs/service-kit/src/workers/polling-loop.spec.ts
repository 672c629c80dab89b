import { PollingLoop } from './polling-loop';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('PollingLoop', () => {
  it('runs at once, again after each run, never two at once, and survives a failing tick', async () => {
    let active = 0;
    let maxActive = 0;
    let runs = 0;
    const loop = new PollingLoop('test', () => 5, async () => {
      active++;
      maxActive = Math.max(maxActive, active);
      runs++;
      await sleep(10);
      active--;
      if (runs === 2) throw new Error('induced');
    });
    loop.start();
    await sleep(100);
    await loop.stop();
    const after = runs;
    await sleep(40);
    expect(after).toBeGreaterThanOrEqual(4);
    expect(maxActive).toBe(1);
    expect(runs).toBe(after); // stopped means stopped
  });
});
