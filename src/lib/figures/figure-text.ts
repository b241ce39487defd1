/**
 * The paragraph text that figures are read from. Digits inside <sub>/<sup> are
 * notation, not figures (PM2.5, m², glossary markers [n]), so those tags go with
 * their content; block-id comments and link targets carry digits too.
 */
export function figureText(markdown: string): string {
  return markdown
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(sub|sup)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<[^>]*>/g, '')
    .replace(/(!?\[[^\]]*\])\([^)]*\)/g, '$1')
    .replace(/\[\^[^\]]*\]/g, '')
    .replace(/\\(.)/g, '$1')
    .replace(/[０-９％．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}
