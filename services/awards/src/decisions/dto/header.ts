import type { DecisionHeader } from '../domain/decision';
import { cleanText } from '@tdkt/vietnamese';

/** The header as the domain takes it: text trimmed, NFC. */
export function headerFrom(d: {
  number: string;
  date: string;
  authority: string;
  signer: { name: string; titles: string[] };
  reason?: string;
  conferenceId?: string;
}): DecisionHeader {
  return {
    number: cleanText(d.number),
    date: d.date,
    authority: cleanText(d.authority),
    signer: { name: cleanText(d.signer.name), titles: d.signer.titles.map(cleanText).filter(Boolean) },
    ...(d.reason?.trim() ? { reason: cleanText(d.reason) } : {}),
    ...(d.conferenceId ? { conferenceId: d.conferenceId } : {}),
  };
}
