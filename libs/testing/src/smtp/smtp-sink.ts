import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import PostalMime from 'postal-mime';
import { waitFor } from '../wait-for';

/** A message as postal-mime parses it (subject, from/to, text, html, attachments with ICS `method`). */
export type ParsedMail = Awaited<ReturnType<typeof PostalMime.parse>>;

/**
 * The script the child process runs (plain CommonJS, also used by infra/up.sh as the dev mail
 * catcher). The build compiles only .ts into dist/, so compiled code (benchmarks) finds it in the sources.
 */
export const SMTP_SINK_SCRIPT =
  [
    path.join(__dirname, 'smtp-sink.process.cjs'),
    path.resolve(__dirname, '../../../../../libs/testing/src/smtp/smtp-sink.process.cjs'),
  ].find((p) => existsSync(p)) ?? path.join(__dirname, 'smtp-sink.process.cjs');

export interface ReceivedMail {
  /** the .eml file name (sortable: receive time, then a counter) */
  file: string;
  /** SMTP envelope: MAIL FROM and RCPT TO as the server saw them */
  envelope: { from?: string; to: string[] };
  raw: string;
  parsed: ParsedMail;
}

export interface SmtpSinkOptions {
  /** a fixed port (a restart reuses the current one); 0 or absent: a free one */
  port?: number;
  /** where .eml files go; absent: a fresh temp dir, removed by dispose() */
  dir?: string;
  /** recipients matching this pattern are refused with 550 (a permanent failure) */
  rejectRecipients?: string;
}

/**
 * A real SMTP server (smtp-server) in a separate child process, so a test can take it down and
 * bring it back (stop/start by pid) while the service under test keeps running. Each accepted
 * message is an .eml file; `messages()` reads them back parsed with postal-mime.
 */
export class SmtpSink {
  private child?: ChildProcess;
  private currentPort = 0;

  private constructor(
    readonly dir: string,
    private readonly ownDir: boolean,
    private readonly opts: SmtpSinkOptions,
  ) {}

  static async start(opts: SmtpSinkOptions = {}): Promise<SmtpSink> {
    const dir = opts.dir ?? mkdtempSync(path.join(tmpdir(), 'smtp-sink-'));
    const sink = new SmtpSink(dir, !opts.dir, opts);
    sink.currentPort = opts.port ?? 0;
    await sink.startProcess();
    return sink;
  }

  get host(): string {
    return '127.0.0.1';
  }

  get port(): number {
    return this.currentPort;
  }

  /** the child's pid while it runs */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Takes the server down (TERM by pid, KILL after 5 s): connections are refused until start(). */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    process.kill(child.pid!, 'SIGTERM');
    const timer = setTimeout(() => this.running && process.kill(child.pid!, 'SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
    this.child = undefined;
  }

  /** Brings it back on the same port, keeping the messages received so far. */
  async start(): Promise<void> {
    if (this.running) return;
    await this.startProcess();
  }

  /** Stops the process and removes a temp dir it created. */
  async dispose(): Promise<void> {
    await this.stop();
    if (this.ownDir) rmSync(this.dir, { recursive: true, force: true });
  }

  /** Every message received so far, in the order received. */
  async messages(): Promise<ReceivedMail[]> {
    if (!existsSync(this.dir)) return [];
    const files = readdirSync(this.dir)
      .filter((f) => f.endsWith('.eml'))
      .sort();
    return Promise.all(
      files.map(async (file) => {
        const raw = readFileSync(path.join(this.dir, file), 'utf8');
        const envFile = path.join(this.dir, file.replace(/\.eml$/, '.envelope.json'));
        const envelope = existsSync(envFile) ? JSON.parse(readFileSync(envFile, 'utf8')) : { to: [] };
        return { file, envelope, raw, parsed: await PostalMime.parse(raw) };
      }),
    );
  }

  /** Waits until at least `count` received messages satisfy `filter`, and returns them. */
  async waitForMessages(
    count: number,
    filter: (m: ReceivedMail) => boolean = () => true,
    timeoutMs = 20000,
  ): Promise<ReceivedMail[]> {
    return waitFor(
      async () => {
        const found = (await this.messages()).filter(filter);
        return found.length >= count ? found : undefined;
      },
      { timeoutMs, what: `${count} message(s) at the SMTP sink` },
    );
  }

  private async startProcess(): Promise<void> {
    const args = [SMTP_SINK_SCRIPT, '--port', String(this.currentPort), '--dir', this.dir];
    if (this.opts.rejectRecipients) args.push('--reject-rcpt', this.opts.rejectRecipients);
    // process.execPath is the Node that runs the tests (node_modules/.bin/node under npm run)
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    // a sink a test forgot to stop neither keeps the test process alive nor outlives it
    const killOnExit = () => child.kill('SIGKILL');
    process.once('exit', killOnExit);
    child.once('exit', () => process.removeListener('exit', killOnExit));
    const ready = await new Promise<{ port: number }>((resolve, reject) => {
      let out = '';
      let err = '';
      child.stdout!.on('data', (c: Buffer) => {
        out += c.toString();
        const line = out.split('\n').find((l) => l.includes('"ready"'));
        if (line) resolve(JSON.parse(line));
      });
      child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
      child.once('exit', (code) => reject(new Error(`the SMTP sink exited (${code}) before listening: ${err.trim()}`)));
    });
    this.currentPort = ready.port;
    child.unref();
    (child.stdout as unknown as { unref?: () => void }).unref?.();
    (child.stderr as unknown as { unref?: () => void }).unref?.();
  }
}
