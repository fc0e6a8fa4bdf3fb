/** The text of each block of a generated forum page, as the page reads it: headings, paragraphs, post headers, signatures. */
export function forumBlockTexts(html: string): string[] {
  const blocks: string[] = [];
  for (const [, , inner] of html.matchAll(/<(h1|p|header|div)\b[^>]*>(.*?)<\/\1>/gs))
    blocks.push(
      inner!
        .replace(/<[^>]+>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&'),
    );
  return blocks;
}
