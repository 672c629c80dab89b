import ipaddr from 'ipaddr.js';
import { isIP } from 'node:net';

// IANA's global unicast space: ipaddr.js calls any IPv6 outside its special ranges "unicast",
// including unassigned space such as the deprecated IPv4-compatible ::a.b.c.d
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');

/**
 * Whether a webhook may connect to this address: public unicast only. Loopback, private,
 * link-local, multicast, unspecified, broadcast, CGNAT (100.64/10), ULA (fc00::/7), NAT64,
 * 6to4, Teredo, documentation and every other reserved range are refused (ipaddr.js's range
 * names); an IPv4-mapped IPv6 address (::ffff:127.0.0.1) is judged as the IPv4 it carries.
 */
export function isPublicAddress(ip: string): boolean {
  if (!isIP(ip) || !ipaddr.isValid(ip)) return false;
  let a = ipaddr.parse(ip);
  if (a instanceof ipaddr.IPv6 && a.isIPv4MappedAddress()) a = a.toIPv4Address();
  if (a.range() !== 'unicast') return false;
  return a instanceof ipaddr.IPv4 || a.match(GLOBAL_UNICAST_V6);
}

/** Names that only mean something inside a network (RFC 6761, 6762, 8375, ICANN's .internal, common LAN suffixes). */
const INTERNAL_SUFFIXES = [
  'localhost',
  'localdomain',
  'local',
  'internal',
  'intranet',
  'lan',
  'home.arpa',
  'corp',
  'test',
  'invalid',
  'example',
  'onion',
];

/** A single-label name ("kafka", "postgres") or one under an internal suffix ("metadata.google.internal"). */
export function isInternalHostName(host: string): boolean {
  const name = host.toLowerCase().replace(/\.+$/, '');
  if (!name.includes('.')) return true;
  return INTERNAL_SUFFIXES.some((s) => name === s || name.endsWith(`.${s}`));
}
