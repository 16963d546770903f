/** The view the page shells read: the front split for covers and title pages, the body after it, in source order. */
import { describe, expect, it } from 'vitest';
import { resolveMetadata } from '../../src/metadata.js';
import { buildView } from '../../src/render/view.js';
import { parse } from '../../src/source/parse.js';
import { toString } from 'mdast-util-to-string';

const viewOf = (text: string) => {
  const doc = parse(Buffer.from(text), { file: 'in.txt' }).doc;
  return buildView(doc, resolveMetadata(doc, {}, {}), 'html');
};

describe('buildView', () => {
  it('keeps a date line between the headline and the lede before the lede, and out of the body', () => {
    const view = viewOf('经济部长记者会实录\n2026年3月2日\n\n经济部今天召开记者会，说明今年夏季电力供应规划。\n\n部长：大家好。今年供电稳定。\n');
    expect(view.titleNodes.map((n) => n.type)).toEqual(['headline']);
    expect(view.ledeNodes.map((n) => [n.type, toString(n)])).toEqual([
      ['paragraph', '2026年3月2日'],
      ['lede', '经济部今天召开记者会，说明今年夏季电力供应规划。'],
    ]);
    expect(view.body.map((n) => n.type)).toEqual(['turn']);
  });

  it('without a lede, the lines under the headline open the body', () => {
    const view = viewOf('经济部长记者会实录\n2026年3月2日\n\n部长：大家好。今年供电稳定。\n');
    expect(view.ledeNodes).toEqual([]);
    expect(view.body.map((n) => n.type)).toEqual(['paragraph', 'turn']);
  });
});
