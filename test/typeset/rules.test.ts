/**
 * Each rule of the typesetting stage on its own: what it decides for a run
 * of text (classes on characters, break opportunities, kept ranges).
 */
import { describe, expect, it } from 'vitest';
import { compression } from '../../src/typeset/compression.js';
import { type Composition, emptyComposition, type Rule, type Run } from '../../src/typeset/composition.js';
import { fullWidth } from '../../src/typeset/full-width.js';
import { longTokens } from '../../src/typeset/long-tokens.js';
import { noBreak } from '../../src/typeset/no-break.js';
import { paragraphEnds } from '../../src/typeset/paragraph-ends.js';
import { spacing } from '../../src/typeset/spacing.js';

const run = (text: string, lang = 'zh-Hans', block = 'p'): Run => ({ chars: Array.from(text), lang, block, classes: [] });
const decide = (rule: Rule, text: string, lang?: string): Composition => {
  const out = emptyComposition();
  rule(run(text, lang), out);
  return out;
};
/** Characters carrying a class, as `char:class` in text order. */
const marked = (out: Composition, text: string, name: string) =>
  [...out.marks].filter(([, set]) => set.has(name)).map(([i]) => Array.from(text)[i]! + String(i)).sort((a, b) => parseInt(a.slice(1)) - parseInt(b.slice(1)));
const kept = (out: Composition, text: string) => out.keeps.map(([s, e]) => Array.from(text).slice(s, e).join(''));

describe('rule 1: punctuation compression (CLREQ §3.1.6.2)', () => {
  const text = '他说：“好”。见《人民日报》，（附件）。';
  it('removes the blank between every pair of the issue: trailing half of a closing mark or stop, leading half of an opening mark', () => {
    const out = decide(compression, text);
    // ：“ → “ loses its leading half; ”。 → ”; 》， → 》; ，（ → （; ）。 → ）.
    expect(marked(out, text, 'pc-s')).toEqual(['“3', '（15']);
    expect(marked(out, text, 'pc-e')).toEqual(['”5', '》13', '）18']);
    // Both marks of every pair are kept away from the engine's own trimming.
    expect(marked(out, text, 'pc')).toEqual(['：2', '“3', '”5', '。6', '》13', '，14', '（15', '）18', '。19']);
    // An opening mark before another is left to the engine's line-start trimming.
    expect(marked(decide(compression, '见“《书》'), '见“《书》', 'pc')).toEqual(['《2']);
  });

  it('compresses opening pairs on the second mark and chains of closing marks one by one', () => {
    expect(marked(decide(compression, '见“《书》”。'), '见“《书》”。', 'pc-s')).toEqual(['《2']);
    expect(marked(decide(compression, '见“《书》”。'), '见“《书》”。', 'pc-e')).toEqual(['》4', '”5']);
  });

  it('leaves single marks, Latin punctuation and English text alone', () => {
    expect(decide(compression, '他说，好。').marks.size).toBe(0);
    expect(decide(compression, 'He said: "yes".').marks.size).toBe(0);
    expect(decide(compression, '”。', 'en').marks.size).toBe(0);
  });

  it('zh-Hant: centred stops keep their width; brackets and quotes next to each other still compress', () => {
    const out = decide(compression, '他說：「好」。見《書》「文」', 'zh-Hant');
    expect(marked(out, '他說：「好」。見《書》「文」', 'pc-e')).toEqual([]);
    expect(marked(out, '他說：「好」。見《書》「文」', 'pc-s')).toEqual(['「11']);
  });
});

describe('rule 2: Han–Latin and Han–digit spacing (CLREQ §3.4.2)', () => {
  it('marks the character before each Han/Latin boundary, either way round, never next to punctuation', () => {
    const text = '三季度GDP同比增长5.2%，（APEC）';
    expect(marked(decide(spacing, text), text, 'as')).toEqual(['度2', 'P5', '长9']);
    expect(marked(decide(spacing, '增长5.2%以上'), '增长5.2%以上', 'as')).toEqual(['长1', '%5']);
  });
  it('does nothing in English', () => {
    expect(decide(spacing, 'GDP 5.2% 增长', 'en').marks.size).toBe(0);
  });
});

describe('rule 3: full-width marks', () => {
  it('sets quotes, dashes and ellipses full-width, but not the apostrophe inside a Latin word', () => {
    const text = 'Charlie’s “书”——好……';
    const out = decide(fullWidth, text);
    expect(marked(out, text, 'fw')).toEqual(['“10', '”12']);
    expect(marked(out, text, 'fw-d')).toEqual(['—13', '—14', '…16', '…17']);
    expect(marked(out, text, 'pw')).toEqual(['’7']);
  });
  it('sets the interpunct full-width in the Hei face, and the point inside a Latin word proportional', () => {
    const text = '埃隆·马斯克和col·legi';
    expect(marked(decide(fullWidth, text), text, 'fw-d')).toEqual(['·2']);
    expect(marked(decide(fullWidth, text), text, 'pw')).toEqual(['·10']);
  });
});

describe('rule 4: no-break', () => {
  it('keeps —— and …… whole, a dash and the interpunct with the character before them, a number with its unit', () => {
    const text = '埃隆·马斯克说——共计30万吨和15公里，增长5.2%……';
    expect(kept(decide(noBreak, text), text)).toEqual(['隆·', '说——', '0万吨', '5公', '2%', '……']);
  });

  it('keeps a number with a measure word, and with an approximation and the unit after it (28路, 6辆, 30余家, 300多名)', () => {
    const text = '撤并28路，增加6辆车，30余家媒体和300多名记者';
    expect(kept(decide(noBreak, text), text)).toEqual(['8路', '6辆', '0余家', '0多名']);
  });

  it('keeps a range of numbers whole across its connector (2024—2026年, 3～5天, 10~20, 1990–1995), but not a dash after a word', () => {
    const text = '（2024—2026年）规划，3～5天，10~20人，1990–1995，中国—东盟';
    expect(kept(decide(noBreak, text), text)).toEqual(['4—2', '6年', '3～5', '5天', '0~2', '0人', '0–1', '国—']);
  });

  it('keeps a number with the counter of an ordinal or a resolution (第2758号决议, 第5条)', () => {
    const text = '联合国大会第2758号决议和第5条';
    expect(kept(decide(noBreak, text), text)).toEqual(['8号', '5条']);
  });
});

describe('rule 5: long tokens', () => {
  const url = '网址为https://www.example.gov.cn/zhengce/content_1234.htm，欢迎';
  it('breaks a long URL after / . - _ ? & = @ (after a run of them), keeps its last character with the comma after it', () => {
    const out = decide(longTokens, url);
    const chars = Array.from(url);
    const pieces = [...out.breaks].sort((a, b) => a - b).map((b) => chars.slice(b - 3, b).join(''));
    expect(pieces.every((p) => /[/.\-_?&=@]$/.test(p))).toBe(true);
    expect(pieces[0]).toBe('://');
    expect(kept(out, url)).toEqual(['m，']);
    expect(marked(out, url, 'lt')).toHaveLength(chars.indexOf('，') - 3);
  });
  it('leaves short tokens alone', () => {
    expect(decide(longTokens, '见www.gov.cn。').breaks.size).toBe(0);
  });
});

describe('rule 7: paragraph ends', () => {
  it('keeps the last two characters of a Chinese paragraph with its closing marks', () => {
    expect(kept(decide(paragraphEnds, '这是一个很长的段落的最后两个字。”'), '这是一个很长的段落的最后两个字。”')).toEqual(['个字。”']);
    expect(kept(decide(paragraphEnds, '三季度同比增长了GDP。'), '三季度同比增长了GDP。')).toEqual(['了GDP。']);
  });
  it('counts only the last character of a long token, and leaves contents entries and English paragraphs alone', () => {
    const token = '查询码为ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnop。';
    expect(kept(decide(paragraphEnds, token), token)).toEqual(['p。']);
    const entry = emptyComposition();
    paragraphEnds(run('这是一个很长的目录条目的最后两个字', 'zh-Hans', 'a'), entry);
    expect(entry.keeps).toEqual([]);
    expect(decide(paragraphEnds, 'This is an English paragraph.', 'en').keeps).toEqual([]);
  });
});
