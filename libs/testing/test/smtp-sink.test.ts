import nodemailer from 'nodemailer';
import { SmtpSink } from '../src/smtp/smtp-sink';

describe('SmtpSink: a real SMTP server in a child process', () => {
  let sink: SmtpSink;
  afterEach(async () => sink?.dispose());

  const transport = (port: number) =>
    nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });

  it('receives messages over SMTP and reads them back parsed (Vietnamese text, attachments, envelope)', async () => {
    sink = await SmtpSink.start();
    expect(sink.pid).toBeGreaterThan(0);
    expect(sink.pid).not.toBe(process.pid);
    await transport(sink.port).sendMail({
      from: 'Văn phòng UBND tỉnh <vp@sonla.gov.vn>',
      to: 'Nguyễn Thái Hưng <hung@sonla.gov.vn>',
      subject: 'Giấy mời dự Hội nghị',
      text: 'Kính gửi đồng chí',
      html: '<p>Kính gửi đồng chí</p>',
      attachments: [{ filename: 'a.txt', content: 'tệp đính kèm' }],
    });
    const [m] = await sink.waitForMessages(1);
    expect(m!.parsed.subject).toBe('Giấy mời dự Hội nghị');
    expect(m!.parsed.text?.trim()).toBe('Kính gửi đồng chí');
    expect(m!.envelope).toEqual({ from: 'vp@sonla.gov.vn', to: ['hung@sonla.gov.vn'] });
    expect(Buffer.from(m!.parsed.attachments[0]!.content as ArrayBuffer).toString()).toBe('tệp đính kèm');
  });

  it('goes down and comes back on the same port, keeping what it received', async () => {
    sink = await SmtpSink.start();
    const port = sink.port;
    await transport(port).sendMail({ from: 'a@example.vn', to: 'b@example.vn', subject: 'một', text: '1' });
    await sink.stop();
    expect(sink.running).toBe(false);
    const refused = await transport(port)
      .sendMail({ from: 'a@example.vn', to: 'b@example.vn', subject: 'hai', text: '2' })
      .catch((e: Error) => e);
    expect(refused).toMatchObject({ code: 'ESOCKET' }); // connection refused
    await sink.start();
    expect(sink.port).toBe(port);
    await transport(port).sendMail({ from: 'a@example.vn', to: 'b@example.vn', subject: 'ba', text: '3' });
    const all = await sink.waitForMessages(2);
    expect(all.map((m) => m.parsed.subject)).toEqual(['một', 'ba']);
  });

  it('refuses chosen recipients with a permanent 550', async () => {
    sink = await SmtpSink.start({ rejectRecipients: '^nobody@' });
    const err = await transport(sink.port)
      .sendMail({ from: 'a@example.vn', to: 'nobody@example.vn', subject: 's', text: 't' })
      .catch((e: { responseCode?: number }) => e);
    expect((err as { responseCode?: number }).responseCode).toBe(550);
    expect(await sink.messages()).toHaveLength(0);
  });
});
