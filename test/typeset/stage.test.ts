/**
 * The stage as the renderers call it: markup in, the same text out, split into
 * spans and `<wbr>` by the rules; nothing added to or removed from the text.
 */
import type { Element, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { typesetMarkup } from '../../src/typeset/index.js';

const parse = (html: string, fragment: boolean) => unified().use(rehypeParse, { fragment }).parse(html) as Root;
const text = (node: Root | RootContent): string =>
  node.type === 'text' ? node.value : 'children' in node ? (node.children as RootContent[]).map(text).join('') : '';
const all = (node: Root | RootContent, tag: string): Element[] =>
  node.type === 'element' && node.tagName === tag ? [node] : 'children' in node ? (node.children as RootContent[]).flatMap((c) => all(c, tag)) : [];

const page = `<!DOCTYPE html><html lang="zh-Hans"><head><title>标题“好”</title><style>p { color: red }</style></head><body>
<p><b class="speaker">王毅：</b>“好”。见《人民日报》，（附件）。三季度GDP同比增长5.2%。</p>
<p>网址为https://www.example.gov.cn/zhengce/content/202403/content_1234567890abcdefghijklmnopqrstuvwxyz.htm，欢迎公众查阅。</p>
<p>代码<code>a：“b”。</code>不动<sup class="noteref"><a href="#fn-1">1</a></sup>。</p>
<p lang="en">Charlie’s “book”, see https://www.example.com/a-very-long/path_to/some-file.htm.</p>
</body></html>`;

describe('the typesetting stage over markup', () => {
  const out = typesetMarkup(page, { lang: 'zh-Hans', fragment: false, xhtml: false });
  const before = parse(page, false);
  const after = parse(out, false);

  it('keeps the text of every block exactly: no character added or removed (no U+200B, U+2005, U+00AD)', () => {
    expect(text(after)).toBe(text(before));
    expect(out).not.toMatch(/[\u200b\u2005\u00ad\u2060]/u);
    expect(all(after, 'p').map(text)).toEqual(all(before, 'p').map(text));
  });

  it('gives each character with a margin its own span: in 3月5日 each of 3, 月 and 5 is spaced', () => {
    const date = typesetMarkup('<p>定于3月5日召开，前7天。</p>', { lang: 'zh-Hans', fragment: true, xhtml: false });
    expect([...date.matchAll(/<span class="as">([^<]*)<\/span>/g)].map((m) => m[1])).toEqual(['于', '3', '月', '5', '前', '7']);
  });

  it('sees a pair across an element boundary (the speaker label’s colon and the quote after it)', () => {
    const first = all(after, 'p')[0]!;
    const compressed = all(first, 'span').filter((s) => String(s.properties.className).includes('pc-s'));
    expect(compressed.map(text)).toEqual(['“', '（']);
  });

  it('breaks the long URL with <wbr> and never inside code, scripts, styles or the title', () => {
    expect(all(all(after, 'p')[1]!, 'wbr').length).toBeGreaterThan(3);
    for (const tag of ['code', 'title', 'style', 'sup']) {
      const [a, b] = [all(after, tag)[0]!, all(before, tag)[0]!];
      expect(a.children.map((c) => c.type)).toEqual(b.children.map((c) => c.type));
      expect(text(a)).toBe(text(b));
    }
  });

  it('keeps a raised note reference on one line with the character before it (it never starts a line)', () => {
    const sup = all(after, 'sup')[0]!;
    const kept = all(after, 'span').find((s) => s.children.includes(sup))!;
    expect(kept.properties.className).toEqual(['nb']);
    expect(text(kept)).toBe('动1');
  });

  it('gives English paragraphs only the long-token breaks', () => {
    const en = all(after, 'p')[3]!;
    expect(all(en, 'wbr').length).toBeGreaterThan(0);
    const classes = all(en, 'span').flatMap((s) => s.properties.className as string[]);
    expect(new Set(classes)).toEqual(new Set(['lt']));
  });

  it('writes XHTML for an EPUB chapter body: void elements closed, epub:type and xml:lang kept', () => {
    const body = '<section epub:type="chapter" xml:lang="zh-Hans" lang="zh-Hans"><p>网址为https://www.example.gov.cn/zhengce/content/202403/x.htm，好。<br /></p></section>';
    const xhtml = typesetMarkup(body, { lang: 'zh-Hans', fragment: true, xhtml: true });
    expect(xhtml).toContain('epub:type="chapter"');
    expect(xhtml).toContain('xml:lang="zh-Hans"');
    expect(xhtml).toMatch(/<wbr \/>/);
    expect(xhtml).toMatch(/<br \/>/);
  });

  it('writes a transcript\'s ]]> in XHTML with its > escaped (XML 1.0 §2.4), and leaves it as text in HTML', () => {
    const body = '<p>注释写作 ]]> 和 a]]>b。</p>';
    const xhtml = typesetMarkup(body, { lang: 'zh-Hans', fragment: true, xhtml: true });
    expect(xhtml).not.toContain(']]>');
    expect(text(parse(xhtml, true))).toBe(text(parse(body, true)));
    expect(typesetMarkup(body, { lang: 'zh-Hans', fragment: true, xhtml: false })).toContain(']]>');
  });
});
