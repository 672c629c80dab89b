import { Counter, register } from 'prom-client';

function counter(name: string, help: string, labelNames: string[]): Counter<string> {
  return (register.getSingleMetric(name) as Counter<string> | undefined) ?? new Counter({ name, help, labelNames });
}

export const mailMetrics = {
  sent: counter('invitations_mail_sent_total', 'Mails accepted by the SMTP server', ['purpose']),
  failedAttempts: counter(
    'invitations_mail_failed_attempts_total',
    'SMTP attempts that failed, transient (retried) or permanent',
    ['kind'],
  ),
};
