/** Text from events and editors is never markup: every export escapes it for its format (DOCX and Atom's XML through their libraries). */
export const escapeHtml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** Markdown renders inline HTML: escape it as entities, and the characters that would become formatting. */
export const escapeMarkdown = (text: string): string =>
  escapeHtml(text)
    .replace(/([\\`*_[\]{}|])/g, '\\$1')
    .replace(/^(\s*)([#>+-]|\d+\.)(\s)/gm, '$1\\$2$3');
