/**
 * Escaping for every renderer, in one place: whatever came from the cluster, a report or an artifact is
 * untrusted text and leaves here inert (Markdown and HTML).
 */

/**
 * Escape text for Markdown and HTML contexts (including table cells): HTML-significant characters become
 * entities, the punctuation that opens emphasis, code, links or table cells is backslash-escaped, and `@`/`#` get a zero-width space so no one is
 * mentioned and no issue is linked. Newlines collapse to spaces so a value stays in its table row.
 * GitHub also turns bare URLs (`https://…`, `www.…`) into links and `$…$` into math: a report from a fork's run
 * could put a link or a formula in the bot's comment. `$` becomes an entity (never a math delimiter) and a
 * zero-width space breaks `://` and `www.`, so the text reads the same and is inert.
 */
export function escapeMarkdown(text: string): string {
  return String(text)
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/[@#]/g, (c) => `${c}&#8203;`)
    .replace(/\$/g, '&#36;')
    .replace(/:\/\//g, ':&#8203;//')
    .replace(/\b(www)\./gi, '$1&#8203;.');
}

/** Text for an HTML element or a quoted attribute value: the five significant characters as entities. */
export function escapeHtml(text: string): string {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
