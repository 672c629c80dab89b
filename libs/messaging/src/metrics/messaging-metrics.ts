import { Counter, register } from 'prom-client';

/** Registered once per process on prom-client's default registry (several apps may share it). */
function counter(name: string, help: string, labelNames: string[]): Counter<string> {
  const existing = register.getSingleMetric(name);
  if (existing) return existing as Counter<string>;
  return new Counter({ name, help, labelNames });
}

export const messagingMetrics = {
  published: counter('messaging_outbox_published_total', 'Outbox rows published and acknowledged', ['topic']),
  parked: counter('messaging_outbox_parked_total', 'Outbox rows the broker refused for good, moved to outbox_parked', [
    'topic',
  ]),
  consumed: counter('messaging_consumed_total', 'Messages consumed, by outcome', ['topic', 'outcome']),
  deadLettered: counter('messaging_dead_lettered_total', 'Messages sent to a dead-letter topic', ['topic']),
};
