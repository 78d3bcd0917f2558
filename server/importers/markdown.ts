/** Plain text and title of a Markdown document. */
export interface MarkdownText {
  text: string
  title?: string
}

/**
 * Reduces Markdown to the plain text of the draft: heading marks, emphasis, link targets,
 * quote marks, bullets and table pipes go; the words and line structure stay. The first
 * level-1 heading is the title.
 */
export function markdownToText(md: string): MarkdownText {
  let title: string | undefined
  const out: string[] = []
  for (const raw of md.replace(/\r\n?/g, '\n').split('\n')) {
    let line = raw
    if (/^\s*(```|~~~)/.test(line)) continue
    if (/^\s*([-=*_]\s*){3,}$/.test(line)) continue // rules and setext underlines
    if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) continue // table separator rows
    line = line.replace(/^\s{0,3}>\s?/, '')
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line)
    if (heading) {
      line = heading[2]
      if (heading[1].length === 1 && title === undefined) title = inline(line)
    }
    line = line.replace(/^\s*[-*+]\s+(?=\S)/, '')
    if (/^\s*\|.*\|\s*$/.test(line))
      line = line
        .trim()
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim())
        .join(' ')
    out.push(inline(line))
  }
  const text = out.join('\n')
  return title ? { text, title } : { text }
}

function inline(s: string): string {
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1')
}
