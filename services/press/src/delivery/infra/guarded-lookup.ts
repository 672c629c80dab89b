import dns, { type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { isPublicAddress } from '../domain/public-address';

export const NON_PUBLIC_ADDRESS = 'ERR_WEBHOOK_NON_PUBLIC_ADDRESS';

/** A resolved name led inside the network; deliberately says nothing of which address. */
export class NonPublicAddressError extends Error {
  readonly code = NON_PUBLIC_ADDRESS;
  constructor() {
    super('refused: non-public address');
  }
}

export type Resolve = (
  host: string,
  options: dns.LookupAllOptions,
  callback: (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

/**
 * The lookup a socket uses to connect: the name is resolved here, at connection time, and every
 * address it resolves to must be public, so a name that re-resolves inside the network after it
 * was accepted (DNS rebinding) is refused before any packet is sent to it.
 */
export function guardedLookup(allowPrivateNetworks: boolean, resolve: Resolve = dns.lookup): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '');
      if (!allowPrivateNetworks && addresses.some((a) => !isPublicAddress(a.address)))
        return callback(new NonPublicAddressError(), '');
      if (options.all) return callback(null, addresses);
      const [first] = addresses;
      if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '');
      callback(null, first.address, first.family);
    });
  };
}

/** Every address of a name, checked like a connection would: at subscription time. */
export function resolvesPublicly(
  host: string,
  resolve: Resolve = dns.lookup,
): Promise<'public' | 'non-public' | 'unresolvable'> {
  return new Promise((done) => {
    resolve(host, { all: true }, (err, addresses) => {
      if (err || !addresses.length) return done('unresolvable');
      done(addresses.every((a) => isPublicAddress(a.address)) ? 'public' : 'non-public');
    });
  });
}
