// Runs every benchmark in bench/ one after the other: `npm run bench` (all of them) or
// `npm run bench -- <name>…`. Diagnostics run only when named. A benchmark reports, it does not
// gate: the exit code is nonzero only when one failed to run.
import { run as agenda } from './agenda.bench';
import { run as awardDecision } from './award-decision.bench';
import { run as covenantSigning } from './covenant-signing.bench';
import { run as httpRead } from './http-read.bench';
import { run as invitationMail } from './invitation-mail.bench';
import { run as pressReport } from './press-report.bench';
import { relayThroughput } from './relay-throughput.bench';

const benchmarks: Record<string, () => Promise<unknown>> = {
  'relay-throughput': () => relayThroughput(),
  'award-decision': () => awardDecision(),
  agenda: () => agenda(),
  'covenant-signing': () => covenantSigning(),
  'press-report': () => pressReport(),
  'invitation-mail': () => invitationMail(),
  'http-read': () => httpRead(),
};
// diagnostics run only when named
const diagnostics: Record<string, () => Promise<unknown>> = {};

// kafkajs 2.2.4 schedules a negative timeout under Node 24 (harmless); the tests hide it the same way
const [defaultWarningListener] = process.listeners('warning');
if (defaultWarningListener) {
  process.removeListener('warning', defaultWarningListener);
  process.on('warning', (w) => {
    if (w.name !== 'TimeoutNegativeWarning') defaultWarningListener(w);
  });
}

async function main(): Promise<number> {
  const all = { ...benchmarks, ...diagnostics };
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((n) => !(n in all));
  if (unknown.length) {
    console.error(`unknown benchmark(s): ${unknown.join(', ')}; known: ${Object.keys(all).join(', ')}`);
    return 2;
  }
  const selected = wanted.length ? wanted : Object.keys(benchmarks);
  let failed = 0;
  for (const name of selected) {
    console.log(`\n== ${name} ==`);
    try {
      await all[name]!();
    } catch (e) {
      failed++;
      console.error(`${name} failed:`, e);
    }
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
