import { isIP } from 'node:net';
import { isPublicAddress } from './public-address';

export interface WebhookNetworkRules {
  /** plain http:// (development and tests only) */
  allowHttp: boolean;
  /** loopback, private and internal names (tests only) */
  allowPrivateNetworks: boolean;
}

export type WebhookUrlRefusal =
  'not-a-url' | 'scheme' | 'credentials' | 'non-public-address' | 'internal-name' | 'unresolvable';

export type WebhookTarget =
  { ok: true; url: URL; host: string; literal: boolean } | { ok: false; refusal: WebhookUrlRefusal };

/**
 * What can be said of a webhook URL without resolving it, at subscription and at every send:
 * the scheme, no credentials, an IP literal that must be public. A name is judged by the
 * addresses it resolves to, where it is resolved (at subscription, and at every connection).
 */
export function webhookTarget(raw: string, rules: WebhookNetworkRules): WebhookTarget {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, refusal: 'not-a-url' };
  }
  if (url.protocol !== 'https:' && !(rules.allowHttp && url.protocol === 'http:'))
    return { ok: false, refusal: 'scheme' };
  if (url.username || url.password) return { ok: false, refusal: 'credentials' };
  // the WHATWG parser has already turned 2130706433, 0x7f.1 and the like into 127.0.0.1
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const literal = isIP(host) !== 0;
  if (!rules.allowPrivateNetworks && literal && !isPublicAddress(host))
    return { ok: false, refusal: 'non-public-address' };
  return { ok: true, url, host, literal };
}

/** What the press lead reads when a webhook URL is refused, in Vietnamese and English. */
export const WEBHOOK_URL_REFUSALS: Record<WebhookUrlRefusal, { vi: string; en: string }> = {
  'not-a-url': { vi: 'Địa chỉ webhook không phải là URL hợp lệ', en: 'the webhook address is not a valid URL' },
  scheme: { vi: 'Địa chỉ webhook phải dùng https://', en: 'the webhook address must use https://' },
  credentials: {
    vi: 'Địa chỉ webhook không được chứa tên đăng nhập hay mật khẩu',
    en: 'the webhook address must not contain a user name or password',
  },
  'non-public-address': {
    vi: 'Địa chỉ webhook trỏ vào mạng nội bộ (loopback, mạng riêng, link-local…): hãy dùng địa chỉ công khai',
    en: 'the webhook address points inside a network (loopback, private, link-local…): use a public address',
  },
  'internal-name': {
    vi: 'Tên máy của webhook chỉ có nghĩa trong mạng nội bộ: hãy dùng tên miền công khai',
    en: 'the webhook host name only means something inside a network: use a public domain name',
  },
  unresolvable: { vi: 'Không phân giải được tên máy của webhook', en: 'the webhook host name does not resolve' },
};
