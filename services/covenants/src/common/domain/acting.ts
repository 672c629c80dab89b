/** The person who records something, from the verified token (audit columns). Plain values: no Nest here. */
export interface Acting {
  id: string;
  name: string;
}

/** The tenants whose records a caller may see; `null` for all of them (admin). */
export type Visible = readonly string[] | null;

/** A record of another tenant is treated as missing; a NULL tenant (before tenancy) is admin's. */
export const isVisible = (tenant: string | null | undefined, visible: Visible): boolean =>
  visible === null || (tenant != null && visible.includes(tenant));
