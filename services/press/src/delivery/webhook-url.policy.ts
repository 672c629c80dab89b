import { Inject, Injectable } from '@nestjs/common';
import { ProblemException } from '@tdkt/service-kit';
import { PRESS_CONFIG, type PressConfig } from '../config/press.config';
import { isInternalHostName } from './domain/public-address';
import { WEBHOOK_URL_REFUSALS, webhookTarget, type WebhookUrlRefusal } from './domain/webhook-url';
import { resolvesPublicly } from './infra/guarded-lookup';

/**
 * A subscription's webhook URL is refused (422 naming `webhookUrl`) unless it is https (outside
 * development) and leads only to public addresses: an IP literal is judged as it is, a name by
 * every address it resolves to now. The dispatcher checks again at every connection.
 */
@Injectable()
export class WebhookUrlPolicy {
  constructor(@Inject(PRESS_CONFIG) private readonly config: PressConfig) {}

  async check(raw: string): Promise<void> {
    const refusal = await this.refusal(raw);
    if (!refusal) return;
    const text = WEBHOOK_URL_REFUSALS[refusal];
    throw new ProblemException({
      status: 422,
      type: 'webhook-url-refused',
      vi: { title: 'Địa chỉ webhook bị từ chối', detail: `${text.vi} (trường “webhookUrl”).` },
      en: { title: 'Webhook address refused', detail: `${text.en} (field "webhookUrl").` },
      errors: [{ field: 'webhookUrl', code: refusal, vi: text.vi, en: text.en }],
    });
  }

  private async refusal(raw: string): Promise<WebhookUrlRefusal | undefined> {
    const rules = {
      allowHttp: this.config.press.webhookAllowHttp,
      allowPrivateNetworks: this.config.press.webhookAllowPrivateNetworks,
    };
    const target = webhookTarget(raw, rules);
    if (!target.ok) return target.refusal;
    if (target.literal || rules.allowPrivateNetworks) return undefined;
    if (isInternalHostName(target.host)) return 'internal-name';
    const resolved = await resolvesPublicly(target.host);
    return resolved === 'public' ? undefined : resolved === 'non-public' ? 'non-public-address' : 'unresolvable';
  }
}
