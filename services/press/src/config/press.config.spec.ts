import { loadPressConfig } from './press.config';

describe('press config: webhook network settings', () => {
  it('is https-only and public-only unless told otherwise', () => {
    expect(loadPressConfig({}).press).toMatchObject({
      webhookAllowHttp: false,
      webhookAllowPrivateNetworks: false,
      webhookMaxInFlightPerSubscription: 2,
      webhookMaxInFlight: 16,
    });
    expect(
      loadPressConfig({ PRESS_WEBHOOK_ALLOW_HTTP: 'true', PRESS_WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' }).press,
    ).toMatchObject({ webhookAllowHttp: true, webhookAllowPrivateNetworks: true });
  });

  it('refuses to start in production with either test setting, and reads no other spelling of true', () => {
    expect(() => loadPressConfig({ NODE_ENV: 'production', PRESS_WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' })).toThrow(
      /PRESS_WEBHOOK_ALLOW_PRIVATE_NETWORKS/,
    );
    expect(() => loadPressConfig({ NODE_ENV: 'production', PRESS_WEBHOOK_ALLOW_HTTP: 'true' })).toThrow(
      /PRESS_WEBHOOK_ALLOW_HTTP/,
    );
    expect(loadPressConfig({ NODE_ENV: 'production' }).press.webhookAllowPrivateNetworks).toBe(false);
    expect(() => loadPressConfig({ PRESS_WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'yes' })).toThrow(
      /PRESS_WEBHOOK_ALLOW_PRIVATE_NETWORKS/,
    );
  });
});
