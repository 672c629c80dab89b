// Every benchmark of bench/ with small numbers, so that none can rot unnoticed again: a
// benchmark that crashes, stalls (each has its own stall detection; the test timeouts bound the
// rest) or loses a message (each checks its counts and throws) fails here. The figures of such
// small runs mean nothing and are not asserted against targets; `npm run bench` measures.
import { run as agenda } from '../../../bench/agenda.bench';
import { run as awardDecision } from '../../../bench/award-decision.bench';
import { run as covenantSigning } from '../../../bench/covenant-signing.bench';
import { run as httpRead } from '../../../bench/http-read.bench';
import { run as invitationMail } from '../../../bench/invitation-mail.bench';
import { run as pressReport } from '../../../bench/press-report.bench';
import { relayThroughput } from '../../../bench/relay-throughput.bench';

/** The benchmarks print their tables: kept for a failure's message instead of the test output. */
let printed: string[] = [];
beforeEach(() => {
  printed = [];
  jest.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void printed.push(args.join(' ')));
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed.push(String(chunk));
    return true;
  });
});
afterEach(() => jest.restoreAllMocks());

/** The machine-readable line every benchmark ends with. */
const lastJson = () => JSON.parse(printed.filter((l) => l.trimStart().startsWith('{')).at(-1)!);

describe('benchmarks (smoke run, small numbers)', () => {
  it('relay-throughput publishes every row, each once', async () => {
    const r = await relayThroughput({ events: 1000, warmup: 200, runs: 1, batchSize: 200, keys: 20 });
    expect(r).toMatchObject({ bench: 'relay-throughput', events: 1000, runs: 1 });
    expect(r.relayEventsPerSec).toBeGreaterThan(0);
    expect(r.baselineEventsPerSec).toBeGreaterThan(0);
    expect(lastJson().bench).toBe('relay-throughput');
  }, 60000);

  it('award-decision puts every award-conferred of the decision on the broker', async () => {
    const r = await awardDecision({ recipients: 100 });
    expect(r).toMatchObject({ bench: 'award-decision', recipients: 100 });
    expect(r.onBrokerSeconds).toBeGreaterThanOrEqual(r.importSeconds);
  }, 60000);

  it('agenda applies every award-conferred exactly once and answers the guest commands', async () => {
    const r = await agenda({ events: 100, requests: 10, log: (l) => printed.push(l) });
    expect(r).toMatchObject({ bench: 'agenda', events: 100, requests: 10 });
    expect(r.awardsAppliedPerSec).toBeGreaterThan(0);
    expect(r.addGuestPerSec).toBeGreaterThan(0);
  }, 60000);

  it('press-report regenerates the report and drafts every fully signed covenant', async () => {
    const r = await pressReport({ awards: 100, attendees: 10, runs: 2, rate: 20, seconds: 2 });
    // 20 signatures/s for 2 s, two parties per covenant: 20 covenants, each with its draft
    expect(r).toMatchObject({ benchmark: 'press-report', drafts: 20 });
    expect(r.reportRegeneratedInDbMs).toBeGreaterThan(0);
  }, 90000);

  it('invitation-mail delivers every mail once, through the service and both baselines', async () => {
    const r = await invitationMail({ guests: 30 });
    expect(r).toMatchObject({ bench: 'invitation-mail', invitations: 10 });
  }, 60000);

  it('covenant-signing sees covenant-signed for every covenant', async () => {
    const r = await covenantSigning({ covenants: 3, members: 3, warmup: 1 });
    expect(r).toMatchObject({ bench: 'covenant-signing', covenants: 3, members: 3 });
    expect(r.signingWallMs.p50).toBeGreaterThan(0);
  }, 60000);

  it('http-read answers every request of the load, service and bare server alike', async () => {
    const r = await httpRead({ seconds: 1, connections: 2, log: (l) => printed.push(l) });
    expect(r.serviceRequestsPerSec).toBeGreaterThan(0);
    expect(r.baselineRequestsPerSec).toBeGreaterThan(0);
    expect(r.bodyBytes).toBeGreaterThan(100);
  }, 60000);
});
