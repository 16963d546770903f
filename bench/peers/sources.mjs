/**
 * The peers' inputs, written once per transcript before anything is timed:
 * Markdown for pandoc, Typst markup for Typst, and an HTML page with a
 * paged-media stylesheet for Paged.js. Each asks its tool for the same book
 * huozi makes — numbered topics as chapters, contents with page numbers,
 * folios and running heads on A5 — with the simplest reading of the
 * transcript (a line `12 谈…` starts a topic; every other line is a paragraph):
 * the peers get no Chinese typography from huozi.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printFonts } from '../../dist/fonts.js';

const TOPIC = /^\d{1,3}[\s\u3000]+\S/u;

/**
 * @param {string} text the transcript
 * @returns {{ title: string, front: string[], topics: Array<{ id: string, heading: string, paras: string[] }> }}
 */
export function outline(text) {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const first = lines.findIndex((l) => TOPIC.test(l));
  const front = first < 0 ? lines : lines.slice(0, first);
  const topics = [];
  for (const line of first < 0 ? [] : lines.slice(first)) {
    if (TOPIC.test(line)) topics.push({ id: `t${topics.length + 1}`, heading: line, paras: [] });
    else topics.at(-1).paras.push(line);
  }
  return { title: front.find((l) => l.length > 8) ?? front[0] ?? 'transcript', front, topics };
}

/** Markdown for pandoc: a YAML title, topics as level-1 headings (pandoc's EPUB chapters). */
export function markdown(doc) {
  // A backslash before every ASCII punctuation mark keeps Markdown syntax out of the text.
  const esc = (s) => s.replace(/[\\`*_{}[\]()#+\-.!|<>~^$:"'@&=]/gu, (c) => `\\${c}`);
  return [
    ['---', `title: ${JSON.stringify(doc.title)}`, 'lang: zh-CN', '---'].join('\n'),
    ...doc.front.map(esc),
    ...doc.topics.flatMap((t) => [`# ${esc(t.heading)} {#${t.id}}`, ...t.paras.map(esc)]),
  ].join('\n\n');
}

/** Typst markup: every text as a string literal (never markup), A5, contents, folios and running heads. */
export function typst(doc) {
  const str = (s) => `#${JSON.stringify(s)}`;
  return [
    '#set page(paper: "a5", margin: (x: 15mm, top: 20mm, bottom: 18mm), numbering: "1",',
    '  header: context { let h = query(heading.where(level: 1).before(here())); if h.len() > 0 { align(center, text(size: 8pt, h.last().body)) } })',
    '#set text(font: "Noto Serif CJK SC", lang: "zh", region: "cn", size: 10.5pt)',
    '#set par(justify: true, first-line-indent: (amount: 2em, all: true), leading: 0.9em)',
    '#show heading: set text(font: "Noto Sans CJK SC")',
    ...doc.front.map(str),
    '#outline()',
    ...doc.topics.flatMap((t) => [`= ${str(t.heading)}`, ...t.paras.map(str)]),
  ].join('\n\n');
}

/**
 * HTML for Paged.js, written into `dir` with huozi's own print fonts (TrueType, cut to this text with their
 * fallbacks, as huozi's print uses them): contents by target-counter, running heads by string-set.
 * @param {ReturnType<typeof outline>} doc
 * @param {string} dir
 * @returns {Promise<string>} the HTML
 */
export async function pagedHtml(doc, dir) {
  const esc = (s) => s.replace(/[&<>"]/gu, (c) => `&#${c.charCodeAt(0)};`);
  const fonts = await printFonts('zh-Hans', [doc.title, ...doc.front, ...doc.topics.flatMap((t) => [t.heading, ...t.paras])].join('\n'));
  for (const f of fonts.files) writeFileSync(join(dir, f.name), f.data);
  const css = `${fonts.css}
@page { size: A5; margin: 20mm 15mm 18mm;
  @top-center { content: string(topic); font: 8pt "Huozi Serif"; }
  @bottom-center { content: counter(page); font: 9pt "Huozi Serif"; } }
body { font: 10.5pt/1.8 "Huozi Serif"; text-align: justify; line-break: strict; }
p { margin: 0; text-indent: 2em; }
h2 { font-family: "Huozi Sans"; string-set: topic content(text); break-after: avoid; }
nav a::after { content: target-counter(attr(href), page); float: right; }
nav { break-after: page; }`;
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(doc.title)}</title><style>${css}</style></head><body>
${doc.front.map((l) => `<p>${esc(l)}</p>`).join('\n')}
<nav><ol>${doc.topics.map((t) => `<li><a href="#${t.id}">${esc(t.heading)}</a></li>`).join('')}</ol></nav>
${doc.topics.map((t) => `<section id="${t.id}"><h2>${esc(t.heading)}</h2>${t.paras.map((p) => `<p>${esc(p)}</p>`).join('')}</section>`).join('\n')}
</body></html>`;
}
