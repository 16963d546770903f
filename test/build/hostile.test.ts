/**
 * Untrusted input, every vector of issue 11: a copy of the example with one
 * vector per topic (and a Markdown transcript for links and images). The
 * build succeeds; each vector is literal text in all three editions (HTML in
 * Chromium, EPUB documents, PDF by poppler); the HTML page, opened in Chromium
 * WITH JavaScript enabled (as a reader's browser would), runs no script, opens
 * no dialog and requests nothing outside its own folder — with a positive
 * control (one real <script> inserted makes the same check fail); EPUBCheck
 * and the Nu checker stay clean. Then fast-check properties: random Unicode
 * through the whole pipeline, every character in every edition.
 */
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markupText } from '../../src/build/edition-text.js';
import { build } from '../../src/index.js';
import { readBook } from '../render/epub/read-book.js';
import { pageParts, pdfLines } from '../support/pdf-tools.js';
import { printBrowser } from '../support/print-browser.js';
import { testBrowser } from '../support/browser.js';
import { example, fixtures } from '../support/paths.js';
import { tempDir } from '../support/temp.js';
import { epubcheck, vnu } from '../support/validators.js';

/** One vector per topic, as literal transcript text. */
export const VECTORS = [
  '<script>alert("html")</script>',
  '<svg onload=alert(1)><script>alert("svg")</script></svg>',
  '<iframe src="https://example.com/frame"></iframe>',
  '<img src=x onerror=alert("handler")>',
  '<a href="javascript:alert(1)">链接</a> data:text/html,<script>alert(1)</script> file:///etc/passwd',
  '{{7*7}} {{{raw}}} {{> partial}} <%= 7*7 %> ${7*7} #{7*7} {% if 1 %}jinja{% endif %} [[${7*7}]]',
  '\\input{/etc/passwd} $\\frac{1}{2}$ \\documentclass{article}',
  '<![CDATA[<script>alert("cdata")</script>]]>',
  '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>&xxe;',
  '&amp;lt;script&amp;gt; &lt;b&gt;粗&lt;/b&gt; &#60;i&#62;',
  '</title></style></script><script>alert("close")</script>',
  '</script><script type="application/ld+json">{"x":1}</script>',
  '<svg><script>alert("svg2")</script><foreignObject><body onload=alert(1)></foreignObject></svg>',
  '<style>body{display:none}</style><link rel=stylesheet href=https://example.com/x.css>',
  '<meta http-equiv="refresh" content="0;url=https://example.com/">',
  '<object data="https://example.com/x.swf"></object><embed src="https://example.com/y">',
  '<form action="https://example.com/"><input autofocus onfocus=alert(1)></form>',
  '<base href="https://example.com/"><a href="/x">相对</a>',
  '👨‍👩‍👧 家庭表情与零宽连接符',
  '<math><mtext><script>alert("math")</script></mtext></math>',
  '<!--#include virtual="/etc/passwd" --> <?php echo 1; ?> <% out.print(1) %>',
];
/** Bidi and zero-width characters: neutralised and reported, never reordering text. */
const BIDI = '\u202E倒序\u202C与\u200B零宽';

const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, '');

/** The example with vector i appended to the first paragraph of topic i + 1, and a hostile title. */
function hostileExample(): string {
  const lines = readFileSync(example, 'utf8').split('\n');
  let topic = -1;
  let placed = -1;
  const out = lines.map((line) => {
    if (/^\d{1,2} 谈/.test(line)) topic++;
    else if (topic >= 0 && topic < VECTORS.length && placed < topic && /^王毅[:：]/.test(line)) {
      placed = topic;
      return `${line}${VECTORS[topic]}`;
    }
    return line;
  });
  const headline = out.findIndex((l) => l.includes('王毅就中国外交政策'));
  out[headline] = `${out[headline]}</title><script>alert("title")</script>../../etc/passwd${BIDI}`;
  return out.join('\n');
}

let dir: string;
let out: string;
let warnings: string[];
beforeAll(async () => {
  dir = tempDir('hostile');
  out = join(dir, 'out');
  // The inputs' folder, and a folder beside it that no image may come from.
  const desk = join(dir, 'desk');
  mkdirSync(desk);
  writeFileSync(join(desk, 'hostile.txt'), hostileExample());
  // Markdown vectors: links of every scheme, images from outside the folder, a symlink out of it.
  mkdirSync(join(dir, 'outside'));
  writeFileSync(join(dir, 'outside', 'secret.png'), readFileSync(join(fixtures, 'wetland-map.png')));
  symlinkSync(join(dir, 'outside', 'secret.png'), join(desk, 'link-out.png'));
  writeFileSync(
    join(desk, 'hostile-links.md'),
    [
      '# 链接与图片测试',
      '',
      '[脚本](javascript:alert(1)) [数据](data:text/html,<script>alert(1)</script>) [文件](file:///etc/passwd) [网页](https://example.com/ok) [邮件](mailto:a@example.com)',
      '',
      '![上级](../outside/secret.png) ![绝对](/etc/hostname) ![链接出去](link-out.png) ![网址](https://example.com/p.png)',
      '',
      '正文结束。',
    ].join('\n'),
  );
  const result = await build([join(desk, 'hostile.txt'), join(desk, 'hostile-links.md')], { out, browser: printBrowser });
  warnings = result.warnings.map((w) => `${w.code}: ${w.message}`);
}, 900_000);
afterAll(() => testBrowser.close());

interface PageRun {
  text: string;
  dialogs: string[];
  outside: string[];
  ran: boolean;
}

/** Opens a page in Chromium with JavaScript enabled and records what it did. */
async function openWithScripts(file: string): Promise<PageRun> {
  const page = await (await testBrowser.get()).newPage();
  try {
    await page.setJavaScriptEnabled(true);
    const dialogs: string[] = [];
    page.on('dialog', (d) => dialogs.push(d.message()));
    const outside: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(pathToFileURL(dirname(file)).href) && !url.startsWith('data:')) outside.push(url);
    });
    await page.evaluateOnNewDocument(() => {
      for (const name of ['alert', 'confirm', 'prompt'] as const) (window as unknown as Record<string, unknown>)[name] = () => ((window as unknown as { __ran: boolean }).__ran = true);
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 300));
    return {
      text: await page.evaluate(() => document.body.innerText),
      dialogs,
      outside,
      ran: await page.evaluate(() => Boolean((window as unknown as { __ran?: boolean }).__ran)),
    };
  } finally {
    await page.close();
  }
}

describe('hostile corpus', () => {
  it('builds all three editions; bidi controls and zero-width spaces are reported', () => {
    expect(readdirSync(out).sort()).toEqual(expect.arrayContaining(['hostile.pdf', 'hostile.epub', 'hostile.html', 'hostile-links.html']));
    expect(warnings.join('\n')).toMatch(/bidi-control/);
    expect(warnings.join('\n')).toMatch(/zero-width/);
  });

  it('the HTML shows every vector as literal text, runs no script, opens no dialog, requests nothing outside its folder', async () => {
    const run = await openWithScripts(join(out, 'hostile.html'));
    for (const v of VECTORS) expect(squeeze(run.text), v).toContain(squeeze(v));
    expect(run.text).toContain('👨‍👩‍👧');
    expect(run.dialogs).toEqual([]);
    expect(run.ran).toBe(false);
    expect(run.outside).toEqual([]);
  });

  it('positive control: the same page with one real <script> does run it, so the check above can fail', async () => {
    const control = join(dir, 'control.html');
    writeFileSync(control, readFileSync(join(out, 'hostile.html'), 'utf8').replace('</body>', '<script>alert("real")</script><img src="https://example.com/beacon.png"></body>'));
    const run = await openWithScripts(control);
    expect(run.ran).toBe(true);
    expect(run.outside).toContain('https://example.com/beacon.png');
  });

  it('the EPUB and the PDF show every vector as literal text', async () => {
    const book = await readBook(join(out, 'hostile.epub'));
    const epubText = squeeze(book.entries.filter((e) => e.endsWith('.xhtml')).map((e) => markupText(book.text(e))).join(''));
    // The body's rows, page by page: a running head or folio between a vector's two halves is no part of it.
    const pdfText = squeeze(pdfLines(join(out, 'hostile.pdf')).map((page) => pageParts(page).body.map((r) => r.text).join('')).join(''));
    for (const v of VECTORS.filter((x) => !x.includes('👨'))) {
      expect(epubText, v).toContain(squeeze(v));
      expect(pdfText, v).toContain(squeeze(v));
    }
  });

  it('only http(s) and mailto become links; images only from inside the input’s folder, never fetched', () => {
    const page = readFileSync(join(out, 'hostile-links.html'), 'utf8');
    const hrefs = [...page.matchAll(/<a [^>]*href="([^"]*)"/g)].map((m) => m[1]!).filter((h) => !h.startsWith('#'));
    expect(hrefs.sort()).toEqual(['https://example.com/ok', 'mailto:a@example.com']);
    expect(page).not.toMatch(/<img[^>]+src="(?!hostile-links\.assets\/)/);
    expect(readdirSync(out).filter((f) => f.startsWith('hostile-links.assets'))).toEqual(expect.any(Array));
    expect(warnings.filter((w) => w.startsWith('image-skipped')).length).toBeGreaterThanOrEqual(4);
  });

  it('no title or metadata value became a path: only <stem>.<ext> and <stem>.assets/ are written', () => {
    expect(readdirSync(out).every((f) => /^hostile(-links)?(\.(pdf|epub|html)|\.assets)$/.test(f))).toBe(true);
  });

  it('EPUBCheck and the Nu HTML Checker stay clean', async () => {
    const epub = join(out, 'hostile.epub');
    const pages = [join(out, 'hostile.html'), join(out, 'hostile-links.html')];
    // The two JVMs side by side.
    const [books, checked] = await Promise.all([epubcheck([epub]), vnu(pages)]);
    expect(books[epub]!.messages).toEqual([]);
    for (const p of pages) expect(checked[p]!.map((m) => m.message), p).toEqual([]);
  });
});

describe('properties: random Unicode through the whole pipeline', () => {
  it('builds, and every character of the transcript reaches the HTML, the EPUB (well-formed XML) and the PDF', async () => {
    const special = fc.constantFrom('<', '>', '&', '"', "'", '{{', '}}', '<![CDATA[', ']]>', '\u202E', '\u200B', '\u200D', '👨‍👩‍👧', '&amp;', '</script>', '\\', '$', '中', '文', '，', '。', '：');
    const line = fc.array(fc.oneof(special, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 })), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));
    const transcript = fc.array(line, { minLength: 1, maxLength: 6 }).map((lines) => ['属性测试', '', ...lines.map((l) => `王毅：${l}`)].join('\n\n'));
    const samples = fc.sample(transcript, { numRuns: 4, seed: Number(process.env.HUOZI_SEED ?? 11) });
    const pdir = tempDir('properties');
    const inputs = samples.map((text, i) => {
      writeFileSync(join(pdir, `sample-${i}.txt`), text);
      return join(pdir, `sample-${i}.txt`);
    });
    // The in-build fidelity check fails the build if any edition lost a passage; the EPUB is parsed as XML by EPUBCheck.
    const result = await build(inputs, { out: join(pdir, 'out'), browser: printBrowser });
    expect(result.written.filter((f) => /\.(pdf|epub|html)$/.test(f))).toHaveLength(samples.length * 3);
    const books = inputs.map((_, i) => join(pdir, 'out', `sample-${i}.epub`));
    const checked = await epubcheck(books);
    for (const b of books) expect(checked[b]!.fatals + checked[b]!.errors, b).toBe(0);
  });
});
