#!/usr/bin/env node
// A real SMTP server in its own process (smtp-server): every accepted message is stored as an
// .eml file in --dir. Used by the tests (libs/testing SmtpSink) and, by infra/up.sh, as the dev
// mail catcher. Plain CommonJS so it runs from the sources without a build.
//
//   node smtp-sink.process.cjs --port 2525 --dir /tmp/mail [--host 127.0.0.1] [--reject-rcpt <regex>]
//
// Prints one JSON line {"ready":true,"port":…,"pid":…} once it listens; TERM/INT stop it.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { SMTPServer } = require('smtp-server');

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const host = arg('host', '127.0.0.1');
const port = Number(arg('port', '0'));
const dir = path.resolve(arg('dir', path.join(process.cwd(), 'mail')));
// recipients matching this pattern are refused with 550 (a permanent failure, for tests)
const reject = arg('reject-rcpt') ? new RegExp(arg('reject-rcpt'), 'i') : undefined;
fs.mkdirSync(dir, { recursive: true });
let n = 0;

const server = new SMTPServer({
  authOptional: true,
  // no reverse DNS of the client: a machine without DNS would stall every connection
  disableReverseLookup: true,
  disabledCommands: ['STARTTLS'],
  banner: 'tdkt smtp sink',
  size: 25 * 1024 * 1024,
  logger: false,
  onRcptTo(address, _session, cb) {
    if (reject && reject.test(address.address)) {
      const err = new Error(`5.1.1 <${address.address}>: recipient refused by the sink`);
      err.responseCode = 550;
      return cb(err);
    }
    cb();
  },
  onData(stream, session, cb) {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => {
      if (stream.sizeExceeded) {
        const err = new Error('message too large');
        err.responseCode = 552;
        return cb(err);
      }
      // write, then rename: a reader never sees half a message
      const name = `${Date.now()}-${process.pid}-${String(++n).padStart(6, '0')}`;
      const envelope = {
        from: session.envelope.mailFrom && session.envelope.mailFrom.address,
        to: session.envelope.rcptTo.map((r) => r.address),
      };
      fs.writeFileSync(path.join(dir, `${name}.tmp`), Buffer.concat(chunks));
      fs.writeFileSync(path.join(dir, `${name}.envelope.json`), JSON.stringify(envelope));
      fs.renameSync(path.join(dir, `${name}.tmp`), path.join(dir, `${name}.eml`));
      cb(null, `queued as ${name}`);
    });
  },
});

server.on('error', (e) => process.stderr.write(`smtp sink: ${e.message}\n`));
server.listen(port, host, () => {
  const address = server.server.address();
  process.stdout.write(`${JSON.stringify({ ready: true, host, port: address.port, pid: process.pid, dir })}\n`);
});
// open client connections would hold close() for its timeout: exit after a second regardless
const stop = () => {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 1000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
