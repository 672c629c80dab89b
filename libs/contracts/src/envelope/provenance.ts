import { eventDefinition } from '../events/registry';
import { serviceSource, topicOwner } from '../topics';
import type { CloudEvent } from './cloud-event';

/**
 * Why an event may not be trusted on the (logical, un-namespaced) topic it arrived on, or
 * undefined: its `ce_source` must be the topic's owner, and a known type must travel on its own
 * topic (a covenants principal could otherwise publish an `award-conferred` on covenants' topic).
 */
export function provenanceError(topic: string, event: Pick<CloudEvent, 'type' | 'source'>): string | undefined {
  const owner = topicOwner(topic);
  if (owner && event.source !== serviceSource(owner)) {
    return `ce_source ${event.source} is not ${serviceSource(owner)}, the only publisher of ${topic}`;
  }
  const def = eventDefinition(event.type);
  if (owner && def && def.topic !== topic) return `${event.type} travels on ${def.topic}, not on ${topic}`;
  return undefined;
}
