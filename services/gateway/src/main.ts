import 'reflect-metadata';
import { createGatewayApp } from './app.factory';
import { loadGatewayConfig } from './config/gateway.config';

const start = async () => {
  const config = loadGatewayConfig();
  const app = await createGatewayApp(config);
  await app.listen(config.http.port, config.http.host);
  process.stdout.write(
    `${JSON.stringify({ msg: 'gateway listening', url: `http://${config.http.host}:${config.http.port}`, publicUrl: config.publicUrl })}\n`,
  );
};
start().catch((e) => {
  process.stderr.write(`gateway failed to start: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
