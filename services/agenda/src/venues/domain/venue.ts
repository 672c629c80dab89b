import { randomUUID } from 'node:crypto';

/** A hall where conferences are held (hội trường) and its address. */
export interface Venue {
  id: string;
  name: string;
  address?: string;
  createdAt: Date;
}

const clean = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

export function newVenue(input: { name: string; address?: string }, now = new Date()): Venue {
  const address = input.address ? clean(input.address) : undefined;
  return { id: randomUUID(), name: clean(input.name), ...(address ? { address } : {}), createdAt: now };
}
