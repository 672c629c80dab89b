import { randomUUID } from 'node:crypto';
import { cleanText } from '@tdkt/vietnamese';

/** A hall where conferences are held (hội trường) and its address. */
export interface Venue {
  id: string;
  /** the organization whose catalogue it is in */
  tenant?: string;
  name: string;
  address?: string;
  createdAt: Date;
}

export function newVenue(input: { name: string; address?: string; tenant?: string }, now = new Date()): Venue {
  const address = input.address ? cleanText(input.address) : undefined;
  return {
    id: randomUUID(),
    ...(input.tenant ? { tenant: input.tenant } : {}),
    name: cleanText(input.name),
    ...(address ? { address } : {}),
    createdAt: now,
  };
}
