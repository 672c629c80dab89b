import { spawnSync } from 'node:child_process';

/** A container engine is usable when `docker info` answers (a client alone is not enough). */
export function containerEngineAvailable(): boolean {
  const r = spawnSync('docker', ['info'], { stdio: 'ignore', timeout: 10000 });
  return r.status === 0;
}

export interface StartedInfra {
  kafkaBrokers?: string;
  postgres?: { host: string; port: number; user: string; password: string };
  stop(): Promise<void>;
}

/** Where a container engine exists: the same broker and database as containers. */
export async function startContainers(need: { kafka: boolean; postgres: boolean }): Promise<StartedInfra> {
  const stops: Array<() => Promise<unknown>> = [];
  const started: StartedInfra = { stop: async () => void (await Promise.all(stops.map((s) => s()))) };
  if (need.kafka) {
    const { KafkaContainer } = await import('@testcontainers/kafka');
    const kafka = await new KafkaContainer('apache/kafka:4.1.1').withKraft().start();
    stops.push(() => kafka.stop());
    started.kafkaBrokers = `${kafka.getHost()}:${kafka.getMappedPort(9093)}`;
  }
  if (need.postgres) {
    const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
    const pg = await new PostgreSqlContainer('postgres:15').start();
    stops.push(() => pg.stop());
    started.postgres = { host: pg.getHost(), port: pg.getPort(), user: pg.getUsername(), password: pg.getPassword() };
  }
  return started;
}
