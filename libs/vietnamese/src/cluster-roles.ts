import { foldDiacritics } from './fold';

// "Cụm trưởng", "Trưởng Cụm thi đua …", "Khối trưởng" / "Cụm phó", "Phó Trưởng Khối …"
const HEAD = /\b(cum truong|khoi truong)\b|^truong (cum|khoi)\b/;
const DEPUTY = /\b(cum pho|khoi pho)\b|^pho truong (cum|khoi)\b/;

/**
 * Between two leaders of equal rank at a cluster conference, the cluster head comes before the
 * deputy, and both before the other members: 0 for a head, 1 for a deputy, 2 otherwise, read from
 * the titles ("Chủ tịch UBND tỉnh Lạng Sơn, Cụm trưởng Cụm thi đua …").
 */
export function clusterRoleOrder(titles: readonly string[]): 0 | 1 | 2 {
  const keys = titles.map((t) => foldDiacritics(t).replace(/\s+/g, ' ').trim());
  if (keys.some((k) => DEPUTY.test(k))) return 1;
  if (keys.some((k) => HEAD.test(k))) return 0;
  return 2;
}

/** "Cụm trưởng" / "Cụm phó" of a cụm thi đua, "Khối trưởng" / "Khối phó" of a khối thi đua. */
export function clusterRoleTitle(kind: 'cum' | 'khoi', role: 'head' | 'deputy'): string {
  return `${kind === 'cum' ? 'Cụm' : 'Khối'} ${role === 'head' ? 'trưởng' : 'phó'}`;
}
