export const three = async () => (await import('../one/one')).one;
