import { h } from './dom.js';

const HEADING = /^(#{1,6})\s+(.+)$/;
const BULLET_ITEM = /^\s*[-*+]\s+(.+)$/;
const NUMBERED_ITEM = /^\s*\d+\.\s+(.+)$/;
const BOLD = /\*\*(.+?)\*\*/g;

/** Text with **bold** spans; everything else stays literal text. */
const inline = (text) => {
  const nodes = [];
  let last = 0;
  for (const match of text.matchAll(BOLD)) {
    nodes.push(text.slice(last, match.index), h('strong', {}, match[1]));
    last = match.index + match[0].length;
  }
  nodes.push(text.slice(last));
  return nodes.filter((node) => node !== '');
};

/**
 * The safe subset of Markdown that rich-text fields use: headings, paragraphs (a single line break stays a
 * break), bullet and numbered lists, bold. The result is built from DOM nodes, so HTML in the text is shown
 * as text. `headingOffset` shifts # levels below the page's own headings.
 */
export const renderMarkdown = (markdown, headingOffset = 1) => {
  const fragment = document.createDocumentFragment();
  let paragraph = null;
  let list = null;
  for (const line of (markdown ?? '').replace(/\r\n?/g, '\n').split('\n')) {
    const heading = HEADING.exec(line);
    const bullet = BULLET_ITEM.exec(line);
    const numbered = NUMBERED_ITEM.exec(line);
    if (line.trim() === '') {
      paragraph = null;
      list = null;
    } else if (heading) {
      paragraph = null;
      list = null;
      fragment.append(h(`h${Math.min(heading[1].length + headingOffset, 6)}`, {}, inline(heading[2].trim())));
    } else if (bullet || numbered) {
      const tag = bullet ? 'ul' : 'ol';
      if (list?.localName !== tag) {
        list = h(tag);
        fragment.append(list);
      }
      paragraph = null;
      list.append(h('li', {}, inline((bullet ?? numbered)[1].trim())));
    } else if (paragraph) {
      paragraph.append(h('br'), ...inline(line.trim()));
    } else {
      list = null;
      paragraph = h('p', {}, inline(line.trim()));
      fragment.append(paragraph);
    }
  }
  return fragment;
};
