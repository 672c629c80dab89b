import { joinList } from './lists';
import { nfc } from './nfc';

// The nouns of Vietnam's administrative units, longest first so "Thành phố" wins over a bare word.
const UNIT_NOUNS = ['thành phố', 'thị trấn', 'thị xã', 'đặc khu', 'tỉnh', 'huyện', 'quận', 'phường', 'xã'];
// as typed: "tỉnh", "Tỉnh", "Thành Phố" (the regex is case-sensitive: the name after must be capitalised)
const cap = (w: string) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1);
const NOUN = UNIT_NOUNS.flatMap((n) => [n, cap(n), n.split(' ').map(cap).join(' ')]).join('|');
// The noun followed by a proper name (a capital letter): "Tỉnh Hà Giang", not "Tỉnh ủy Sơn La".
const UNIT_ANYWHERE = new RegExp(`(^|[\\s(,;:])(${NOUN})(?=\\s+\\p{Lu})`, 'gu');
const UNIT_ALONE = new RegExp(`^(${NOUN})\\s+(\\p{Lu}.*)$`, 'u');

/**
 * A unit's name as the press writes it inside a sentence: the administrative noun in lower case
 * ("Tỉnh Hà Giang" → "tỉnh Hà Giang", "UBND Huyện Bắc Quang" → "UBND huyện Bắc Quang"). Proper
 * nouns that start with the same word ("Tỉnh ủy Sơn La") and abbreviations are left alone;
 * `sentence()` capitalises again when the name opens a sentence.
 */
export function unitInSentence(name: string): string {
  return nfc(name)
    .trim()
    .replace(UNIT_ANYWHERE, (_m, before: string, noun: string) => before + noun.toLocaleLowerCase('vi'));
}

/** "Tỉnh Hà Giang" → { noun: "tỉnh", proper: "Hà Giang" }; undefined for "Sở Nội vụ", "UBND tỉnh X". */
export function splitUnit(name: string): { noun: string; proper: string } | undefined {
  const m = UNIT_ALONE.exec(nfc(name).trim());
  return m ? { noun: m[1]!.toLocaleLowerCase('vi'), proper: m[2]!.trim() } : undefined;
}

/**
 * Units listed as the press lists them, the noun said once per kind: "các tỉnh Hà Giang, Cao
 * Bằng và Lạng Sơn". Mixed kinds are grouped by kind in order of first appearance ("các tỉnh Hà
 * Giang, Cao Bằng và thành phố Hải Phòng"); names that are not bare units ("Sở Nội vụ",
 * "UBND huyện Bắc Quang") keep their place as they are, in sentence case.
 */
export function unitList(names: readonly string[], conjunction = 'và'): string {
  const groups: { noun?: string; items: string[] }[] = [];
  for (const name of names) {
    const unit = splitUnit(name);
    if (!unit) {
      groups.push({ items: [unitInSentence(name)] });
      continue;
    }
    const group = groups.find((g) => g.noun === unit.noun);
    if (group) group.items.push(unit.proper);
    else groups.push({ noun: unit.noun, items: [unit.proper] });
  }
  // one group takes the conjunction inside ("các tỉnh A, B và C"); several are joined by it
  const inner = (items: string[]) => (groups.length === 1 ? joinList(items, conjunction) : items.join(', '));
  const phrases = groups.map((g) => {
    if (!g.noun) return g.items[0]!;
    return g.items.length === 1 ? `${g.noun} ${g.items[0]}` : `các ${g.noun} ${inner(g.items)}`;
  });
  return nfc(joinList(phrases, conjunction));
}
