/** A small RFC 5545 reader for the tests: unfolds lines, splits components, unescapes TEXT values. */
export interface ICalProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}
export interface ICalComponent {
  type: string;
  props: ICalProperty[];
  get(name: string): ICalProperty | undefined;
}

export function unescapeText(v: string): string {
  return v.replace(/\\(n|N|,|;|\\)/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

export function readICal(raw: string): ICalComponent[] {
  const lines = raw
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((l) => l !== '');
  const stack: ICalComponent[] = [];
  const done: ICalComponent[] = [];
  for (const line of lines) {
    const colon = line.indexOf(':');
    const [head, value] = [line.slice(0, colon), line.slice(colon + 1)];
    const [name, ...params] = head.split(';');
    if (name === 'BEGIN') {
      const props: ICalProperty[] = [];
      stack.push({ type: value, props, get: (n) => props.find((p) => p.name === n) });
    } else if (name === 'END') {
      const c = stack.pop();
      if (!c || c.type !== value) throw new Error(`END:${value} does not close ${c?.type}`);
      done.push(c);
    } else {
      stack[stack.length - 1]!.props.push({
        name: name!,
        params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])),
        value,
      });
    }
  }
  if (stack.length) throw new Error(`unclosed ${stack.map((c) => c.type).join(', ')}`);
  return done;
}
