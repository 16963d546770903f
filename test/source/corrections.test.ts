/**
 * Corrections without editing the transcript: a sidecar `<stem>.huozi.yaml`
 * and front matter atop plain text; validation errors name the file and key.
 * Word files are refused with how to save them as text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { HuoziError } from '../../src/errors.js';
import { parse } from '../../src/source/parse.js';
import { tempDir } from '../support/temp.js';

const transcript = '座谈会实录\n\n2025年6月1日\n\n主持人：欢迎。请问您怎么看？\n\n李华：我认为很好。\n\n主持人：为什么？\n\n李华：因为有效果。';

/** Writes the transcript and, if given, its sidecar into a fresh folder; returns the transcript's path. */
function withSidecar(yaml?: string, text = transcript): string {
  const dir = tempDir('sidecar');
  const file = join(dir, 'talk.txt');
  writeFileSync(file, text);
  if (yaml !== undefined) writeFileSync(join(dir, 'talk.huozi.yaml'), yaml);
  return file;
}
const read = (file: string) => parse(readFileSync(file), { file });
const turns = (file: string) => read(file).doc.children.filter((c) => c.type === 'turn').map((t) => `${t.speaker}/${t.role}`);

describe('sidecar <stem>.huozi.yaml', () => {
  it('without one: what the recogniser found (the control)', () => {
    const r = read(withSidecar());
    expect(r.doc.data.stated).toMatchObject({ title: '座谈会实录', date: '2025-06-01' });
    expect(new Set(turns(withSidecar()))).toEqual(new Set(['主持人/question', '李华/answer']));
  });

  it('sets title, date, author and roles, and says where they came from', () => {
    const file = withSidecar('title: 改过的标题\ndate: 2024-12-31\nauthor: 编辑部\nspeakers:\n  主持人: moderator\n  李华: other\n');
    const r = read(file);
    expect(r.doc.data.stated).toMatchObject({ title: '改过的标题', date: '2024-12-31', author: '编辑部' });
    expect(r.doc.data.origins).toMatchObject({ title: 'sidecar talk.huozi.yaml', date: 'sidecar talk.huozi.yaml' });
    expect(new Set(turns(file))).toEqual(new Set(['主持人/moderator', '李华/other']));
  });

  it('a title corrects the headline: a front line reading as it becomes the headline, the line taken for one stays a paragraph', () => {
    const text = '江城日报\n\n2026年全国两会特别报道\n\n市长答记者问\n\n记者：今年的重点是什么？\n\n市长：稳就业，促消费。\n';
    const front = (yaml?: string) => read(withSidecar(yaml, text)).doc.children.slice(0, 3).map((n) => `${n.type}:${toString(n)}`);
    // The control: the recogniser's choice.
    expect(front()).toEqual(['masthead:江城日报', 'kicker:2026年全国两会特别报道', 'headline:市长答记者问']);
    expect(front('title: 2026年全国两会特别报道\n')).toEqual(['masthead:江城日报', 'headline:2026年全国两会特别报道', 'paragraph:市长答记者问']);
    // A title of the editor's own words is the headline; the line recognised as one is kept.
    expect(read(withSidecar('title: 市长就经济工作答记者问\n', text)).doc.children.slice(0, 4).map((n) => `${n.type}:${toString(n)}`)).toEqual([
      'masthead:江城日报',
      'kicker:2026年全国两会特别报道',
      'headline:市长就经济工作答记者问',
      'paragraph:市长答记者问',
    ]);
  });

  it('with no headline recognised, a title reading as a paragraph at the top makes it the headline (control: other words change nothing)', () => {
    const text = '远航汽车李明远：价格战还要打多久？\n\n——访远航汽车董事长李明远\n\n问：什么时候推送？\n\n答：明年。\n\n问：价格呢？\n\n答：不变。\n';
    const front = (yaml?: string) => read(withSidecar(yaml, text)).doc.children.slice(0, 2).map((n) => `${n.type}:${toString(n)}`);
    expect(front()).toEqual(['paragraph:远航汽车李明远：价格战还要打多久？', 'paragraph:——访远航汽车董事长李明远']);
    expect(front('title: 远航汽车李明远：价格战还要打多久？\n')).toEqual(['headline:远航汽车李明远：价格战还要打多久？', 'paragraph:——访远航汽车董事长李明远']);
    expect(front('title: 价格战还要打多久\n')).toEqual(front());
    // A line below the top (a turn's words) is never taken.
    expect(read(withSidecar('title: 答：明年。\n', text)).doc.children.map((n) => n.type)).not.toContain('headline');
  });

  it('a name that speaks nowhere is a warning', () => {
    expect(read(withSidecar('speakers:\n  王五: answer\n')).warnings.map((w) => w.code)).toContain('unknown-speaker');
  });

  it.each([
    ['an unknown key', 'titel: 标题\n', /talk\.huozi\.yaml: unknown key "titel" \(known: title, date, author, speakers\)$/],
    ['a bad date', 'date: 下周三\n', /talk\.huozi\.yaml: key "date": must be a date, YYYY-MM-DD$/],
    ['a date the calendar does not have', 'date: 2026-02-30\n', /talk\.huozi\.yaml: key "date": "2026-02-30" is not a day of the calendar: February 2026 has 28 days$/],
    ['a date the calendar does not have, in Chinese', 'date: 2026年4月31日\n', /talk\.huozi\.yaml: key "date": "2026年4月31日" is not a day of the calendar: April 2026 has 30 days$/],
    ['a month that does not exist', 'date: 2026-13-45\n', /talk\.huozi\.yaml: key "date": "2026-13-45" is not a day of the calendar: there is no month 13$/],
    ['a bad role', 'speakers:\n  李华: boss\n', /talk\.huozi\.yaml: key "speakers\.李华": must be one of question, answer, moderator, interpreter, other$/],
    ['speakers not a mapping', 'speakers: 李华\n', /key "speakers": must be a mapping of speaker: role$/],
    ['unreadable YAML', 'title: [未闭合\n', /talk\.huozi\.yaml: the YAML cannot be read: /],
    ['not a mapping', '- a\n- b\n', /must be a mapping with the keys title, date, author, speakers$/],
  ])('%s is a one-line error naming the file and key', (_, yaml, message) => {
    const file = withSidecar(yaml);
    let error: unknown;
    try {
      read(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(HuoziError);
    expect(String(error)).not.toContain('\n');
    expect(String(error)).toMatch(message);
  });
});

describe('front matter atop a plain-text transcript', () => {
  it('is read as Markdown reads it, the text stays plain, and its speakers: fix roles', () => {
    const file = withSidecar(undefined, `---\ntitle: 前置标题\ndate: 2023-01-02\nspeakers:\n  李华: moderator\n---\n${transcript}`);
    const r = read(file);
    expect(r.shape).toBe('plain');
    expect(r.doc.data.stated).toMatchObject({ title: '前置标题', date: '2023-01-02' });
    expect(new Set(turns(file))).toEqual(new Set(['主持人/question', '李华/moderator']));
  });

  it('the sidecar wins over the front matter', () => {
    const dir = withSidecar('title: 旁注标题\n', `---\ntitle: 前置标题\n---\n${transcript}`);
    expect(read(dir).doc.data.stated.title).toBe('旁注标题');
  });

  it.each([
    ['2026-02-30', 'front matter date "2026-02-30" is not a day of the calendar: February 2026 has 28 days; it is ignored'],
    ['2026年2月29日', 'front matter date "2026年2月29日" is not a day of the calendar: February 2026 has 28 days; it is ignored'],
    ['2026-13-45', 'front matter date "2026-13-45" is not a day of the calendar: there is no month 13; it is ignored'],
    ['下周三', 'front matter date "下周三" is not a date (use YYYY-MM-DD); it is ignored'],
  ])('a front-matter date %s that is no day is ignored with the front-matter warning; the date line of the text counts', (date, message) => {
    const r = read(withSidecar(undefined, `---\ndate: ${date}\n---\n${transcript}`));
    expect(r.warnings.filter((w) => w.code === 'front-matter').map((w) => w.message)).toEqual([message]);
    expect(r.doc.data.stated.date).toBe('2025-06-01');
    expect(r.doc.data.origins?.date).toBe('line 6: 2025年6月1日');
  });

  it('a leap day is a day (the control)', () => {
    const r = read(withSidecar(undefined, `---\ndate: 2024-02-29\n---\n${transcript}`));
    expect(r.warnings.map((w) => w.code)).not.toContain('front-matter');
    expect(r.doc.data.stated.date).toBe('2024-02-29');
  });

  it('a bad role in front matter is an error naming the key', () => {
    expect(() => read(withSidecar(undefined, `---\nspeakers:\n  李华: chief\n---\n${transcript}`))).toThrow(/key "speakers\.李华": must be one of/);
  });
});

describe('Word files', () => {
  it.each([
    ['ZIP content holding word/', 'talk.bin', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....word/document.xml')])],
    ['an OLE compound file', 'talk', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])],
  ])('%s is refused with how to save it as text', (_, file, bytes) => {
    expect(() => parse(bytes, { file })).toThrow(/is a Word (97–2003 )?document \(\.docx?\), not a text transcript: in Word choose File › Save As › Plain Text \(\.txt\)/);
  });

  it('a ZIP that is not a Word file is not called one (the control)', () => {
    expect(() => parse(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....xl/workbook.xml')]), { file: 'book.bin' })).not.toThrow(/Word/);
  });
});
