/** Tiny ASTs, one per node type with a partial: the cases of partials.test.ts, listed by coverage.test.ts. */
import type { PhrasingContent, RootContent } from 'mdast';
import type { Document } from '../../../src/ast/types.js';

export const text = (value: string): PhrasingContent => ({ type: 'text', value });
const para = (...children: PhrasingContent[]): RootContent => ({ type: 'paragraph', children });

/** A node type, the document it sits in, and which node of it is rendered (by default the first child of the root). */
export interface Case {
  type: string;
  children: RootContent[];
  pick?: (doc: Document) => object;
  /** The partial that renders the node where the pages do (default: `blocks`, which dispatches on the type). */
  via?: string;
}
const inPara = (type: string, node: PhrasingContent): Case => ({ type, children: [para(text('前'), node, text('后'))], pick: (d) => (d.children[0] as { children: object[] }).children[1]! });

export const cases: Case[] = [
  { type: 'masthead', children: [{ type: 'masthead', children: [text('奋进新征程')] }] },
  { type: 'kicker', children: [{ type: 'kicker', children: [text('2026年全国两会特别报道')] }] },
  { type: 'headline', children: [{ type: 'headline', children: [text('外交部长答记者问')] }] },
  { type: 'deck', children: [{ type: 'deck', quoted: true, children: [text('中国始终是世界和平的建设者')] }] },
  { type: 'lede', children: [{ type: 'lede', dateline: '新华社北京3月7日电', children: [text('十四届全国人大四次会议举行记者会。')] }] },
  {
    type: 'turn',
    children: [{ type: 'turn', speaker: '王毅', role: 'answer', children: [para(text('各位记者朋友，上午好！')), para(text('下面回答提问。'))] }],
  },
  {
    type: 'topic',
    children: [{ type: 'topic', number: 3, subject: '谈中美关系', id: 'topic-3', children: [{ type: 'topicTitle', children: [text('相互尊重')] }, para(text('回答。'))] }],
  },
  {
    type: 'topicTitle',
    children: [{ type: 'topic', number: 1, subject: '谈外交', id: 'topic-1', children: [{ type: 'topicTitle', children: [text('和平共处')] }] }],
    pick: (d) => (d.children[0] as { children: object[] }).children[0]!,
  },
  {
    type: 'section',
    children: [{ type: 'section', depth: 1, id: 'section-1', title: [text('湿地'), { type: 'emphasis', children: [text('保护')] }], children: [para(text('正文。'))] }],
  },
  { type: 'paragraph', children: [para(text('一段话，'), { type: 'strong', children: [text('加粗')] }, text('。'))] },
  { type: 'heading', children: [{ type: 'heading', depth: 3, children: [text('小标题')] }] },
  { type: 'blockquote', children: [{ type: 'blockquote', children: [para(text('引文。'))] }] },
  {
    type: 'list',
    children: [{ type: 'list', ordered: true, start: 2, spread: false, children: [{ type: 'listItem', spread: false, children: [para(text('第二'))] }, { type: 'listItem', spread: false, children: [para(text('第三'))] }] }],
  },
  {
    type: 'table',
    children: [{
      type: 'table',
      align: [null, 'right'],
      children: [
        { type: 'tableRow', children: [{ type: 'tableCell', children: [text('年份')] }, { type: 'tableCell', children: [text('面积')] }] },
        { type: 'tableRow', children: [{ type: 'tableCell', children: [text('2025')] }, { type: 'tableCell', children: [text('12')] }] },
      ],
    }],
  },
  { type: 'code', children: [{ type: 'code', lang: null, meta: null, value: 'a < b && c' }] },
  { type: 'html', children: [{ type: 'html', value: '<b>不是标记</b>' }] },
  { type: 'thematicBreak', children: [{ type: 'thematicBreak' }] },
  inPara('text', text('<script>&amp;')),
  inPara('emphasis', { type: 'emphasis', children: [text('强调')] }),
  inPara('strong', { type: 'strong', children: [text('加粗')] }),
  inPara('delete', { type: 'delete', children: [text('删去')] }),
  inPara('inlineCode', { type: 'inlineCode', value: 'x<y' }),
  inPara('break', { type: 'break' }),
  inPara('link', { type: 'link', url: 'https://example.org/a?b=1&c=2', title: null, children: [text('链接')] }),
  inPara('image', { type: 'image', url: 'map.png', title: null, alt: '地图' }),
  {
    type: 'footnoteReference',
    children: [para(text('正文'), { type: 'footnoteReference', identifier: 'a', label: 'a' }), { type: 'footnoteDefinition', identifier: 'a', label: 'a', children: [para(text('注释。'))] }],
    pick: (d) => (d.children[0] as { children: object[] }).children[1]!,
  },
  {
    type: 'footnoteDefinition',
    children: [para(text('正文'), { type: 'footnoteReference', identifier: 'a', label: 'a' }), { type: 'footnoteDefinition', identifier: 'a', label: 'a', children: [para(text('注释。'))] }],
    pick: (d) => d.children[1]!,
    via: 'footnotes',
  },
];
