/**
 * Rewrites a page captured through BeautifulSoup's prettify() (one tag per line, text indented)
 * into the compact form AWS serves live: whitespace collapsed, none just inside tags or next to
 * block-level tags, `$<span>{</span>Name}` glued again. Used to check that the parser reads both
 * forms the same, and to write the derived July-2026 fixtures in the live form.
 */
const BLOCK = "html|head|body|title|meta|link|script|div|p|ul|ol|li|table|thead|tbody|tfoot|tr|td|th|h1|h2|h3|h4|h5|h6|awsdocs-[a-z-]+|awsui-[a-z-]+";
const blockTag = new RegExp(`\\s*(</?(?:${BLOCK})\\b[^>]*>)\\s*`, "gi");

export function compactHtml(html: string): string {
  return html
    .replace(/\s+/g, " ")
    .replace(blockTag, "$1")
    .replace(/\s*(<span\b[^>]*>)\s*/gi, "$1")
    .replace(/\s*(<\/span>)\s*/gi, "$1")
    .replace(/(<(?:a|b|code|i|em|strong)\b[^>]*>)\s+/gi, "$1")
    .replace(/\s+(<\/(?:a|b|code|i|em|strong)>)/gi, "$1")
    .trim()
    .concat("\n");
}
