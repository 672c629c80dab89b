import type { StartedInfra } from '../infra/containers';

export default async function globalTeardown(): Promise<void> {
  const infra = (globalThis as { __tdktInfra?: StartedInfra }).__tdktInfra;
  await infra?.stop();
}
