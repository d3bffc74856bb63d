/**
 * The privacy policy inside the extension: the repository's PRIVACY.md, packaged at build time (one
 * text, two places), shown as headings, paragraphs, lists and tables. Our own text, rendered with
 * elements and text nodes only — never as HTML.
 */
import type { JSX } from 'preact';

type Block = { kind: 'h1' | 'h2' | 'p' | 'hr'; text: string } | { kind: 'ul'; items: string[] } | { kind: 'table'; rows: string[][] };

/** The few Markdown forms PRIVACY.md uses, line by line. */
export function policyBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'p', text: paragraph.join(' ') });
    paragraph = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const last = blocks.at(-1);
    const heading = /^(#{1,2}) (.*)$/.exec(line);
    if (!line) flush();
    else if (heading) {
      flush();
      blocks.push({ kind: heading[1] === '#' ? 'h1' : 'h2', text: heading[2] });
    } else if (line === '---') {
      flush();
      blocks.push({ kind: 'hr', text: '' });
    } else if (line.startsWith('- ')) {
      flush();
      if (last?.kind === 'ul') last.items.push(line.slice(2));
      else blocks.push({ kind: 'ul', items: [line.slice(2)] });
    } else if (line.startsWith('|')) {
      flush();
      if (/^\|[\s|:-]+\|$/.test(line)) continue; // the header's underline
      const cells = line.slice(1, -1).split('|').map((cell) => cell.trim());
      if (last?.kind === 'table') last.rows.push(cells);
      else blocks.push({ kind: 'table', rows: [cells] });
    } else paragraph.push(line);
  }
  flush();
  return blocks;
}

/** Inline marks dropped: **bold**, *italic*, `code` and link brackets read as their words. */
const plain = (text: string) => text.replace(/\*\*|`|(?<!\w)\*(?!\s)|(?<!\s)\*(?!\w)/g, '').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');

export function Privacy({ text }: { text: string }) {
  const blocks = policyBlocks(text);
  const rendered: JSX.Element[] = blocks.map((block, index) => {
    switch (block.kind) {
      case 'h1':
        return index === 0 ? <h1 key={index}>{plain(block.text)}</h1> : <h1 key={index} id="en">{plain(block.text)}</h1>;
      case 'h2':
        return <h2 key={index}>{plain(block.text)}</h2>;
      case 'hr':
        return <hr key={index} />;
      case 'ul':
        return (
          <ul key={index}>
            {block.items.map((item) => (
              <li key={item}>{plain(item)}</li>
            ))}
          </ul>
        );
      case 'table':
        return (
          <table key={index}>
            <thead>
              <tr>
                {block.rows[0].map((cell) => (
                  <th key={cell}>{plain(cell)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.slice(1).map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {row.map((cell, cellIndex) => (
                    <td key={cellIndex}>{plain(cell)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        );
      default:
        return <p key={index}>{plain(block.text)}</p>;
    }
  });
  return (
    <main class="report help" data-testid="privacy">
      {rendered}
    </main>
  );
}
