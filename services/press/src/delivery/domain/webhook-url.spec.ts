import { isInternalHostName, isPublicAddress } from './public-address';
import { webhookTarget } from './webhook-url';

const strict = { allowHttp: false, allowPrivateNetworks: false };

describe('webhook addresses', () => {
  it('takes only public unicast addresses', () => {
    for (const ip of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8'])
      expect([ip, isPublicAddress(ip)]).toEqual([ip, true]);
    for (const ip of [
      '127.0.0.1',
      '127.1.2.3',
      '10.0.0.1',
      '172.16.5.4',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '255.255.255.255',
      '224.0.0.1',
      '192.0.2.1',
      '198.18.0.1',
      '240.0.0.1',
      '::1',
      '::',
      'fe80::1',
      'fc00::1',
      'fd12:3456::1',
      'ff02::1',
      '::ffff:127.0.0.1',
      '::ffff:169.254.169.254',
      '::ffff:10.0.0.1',
      '64:ff9b::7f00:1',
      '2002:7f00:1::',
      '2001:db8::1',
      '::7f00:1',
      'not-an-ip',
      '',
    ])
      expect([ip, isPublicAddress(ip)]).toEqual([ip, false]);
  });

  it('knows names that only mean something inside a network', () => {
    for (const n of [
      'localhost',
      'kafka',
      'postgres',
      'api.localhost',
      'metadata.google.internal',
      'printer.local',
      'nas.home.arpa',
      'LOCALHOST.',
    ]) {
      expect([n, isInternalHostName(n)]).toEqual([n, true]);
    }
    for (const n of ['baosonla.vn', 'hooks.vnexpress.net', 'localhost.vn'])
      expect([n, isInternalHostName(n)]).toEqual([n, false]);
  });

  it('refuses http, credentials and non-public IP literals however they are spelled', () => {
    expect(webhookTarget('https://baosonla.vn/hooks', strict)).toMatchObject({
      ok: true,
      host: 'baosonla.vn',
      literal: false,
    });
    expect(webhookTarget('https://93.184.216.34/hooks', strict)).toMatchObject({ ok: true, literal: true });
    expect(webhookTarget('http://baosonla.vn/hooks', strict)).toEqual({ ok: false, refusal: 'scheme' });
    expect(webhookTarget('ftp://baosonla.vn/', { ...strict, allowHttp: true })).toEqual({
      ok: false,
      refusal: 'scheme',
    });
    expect(webhookTarget('https://u:p@baosonla.vn/', strict)).toEqual({ ok: false, refusal: 'credentials' });
    expect(webhookTarget('not a url', strict)).toEqual({ ok: false, refusal: 'not-a-url' });
    for (const u of [
      'https://127.0.0.1:8080/x',
      'https://169.254.169.254/latest/meta-data/',
      'https://[::1]/',
      'https://[::ffff:127.0.0.1]/',
      'https://[::ffff:7f00:1]/',
      'https://2130706433/',
      'https://0x7f.1/',
      'https://0177.0.0.1/',
      'https://10.1.2.3/',
      'https://100.64.1.1/',
      'https://[fd00::1]/',
      'https://0.0.0.0/',
    ])
      expect([u, webhookTarget(u, strict)]).toEqual([u, { ok: false, refusal: 'non-public-address' }]);
  });

  it('lets tests reach a local receiver only when both settings say so', () => {
    expect(webhookTarget('http://127.0.0.1:9/hook', { allowHttp: true, allowPrivateNetworks: false })).toEqual({
      ok: false,
      refusal: 'non-public-address',
    });
    expect(webhookTarget('http://127.0.0.1:9/hook', { allowHttp: false, allowPrivateNetworks: true })).toEqual({
      ok: false,
      refusal: 'scheme',
    });
    expect(webhookTarget('http://127.0.0.1:9/hook', { allowHttp: true, allowPrivateNetworks: true })).toMatchObject({
      ok: true,
      host: '127.0.0.1',
    });
  });
});
