/**
 * Who records something, as the commands take it from the verified token: the organization the
 * new record belongs to and the person (audit columns). Plain values: no Nest here.
 */
export interface Acting {
  tenant: string;
  id: string;
  name: string;
}

/** The tenants whose records a caller may see; `null` for all of them (admin). */
export type Visible = readonly string[] | null;

/** SQL for "this row's tenant is visible": `null` (admin) matches every row, NULL tenants included. */
export function tenantClause(column: string, visible: Visible, p: (v: unknown) => string): string | undefined {
  return visible === null ? undefined : `${column} = ANY(${p([...visible])}::text[])`;
}
