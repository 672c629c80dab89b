/** "Ban Thi đua - Khen thưởng <no-reply@tdkt.local>" → its name and address. */
export function parseMailbox(text: string): { name: string; email: string } {
  const m = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(text);
  if (m) return { name: m[1]!.replace(/^"|"$/g, ''), email: m[2]!.trim() };
  return { name: '', email: text.trim() };
}

export const domainOf = (email: string): string => email.split('@')[1] ?? 'localhost';
