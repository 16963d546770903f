import { describe, expect, it } from 'vitest';
import { isChineseName } from '../../src/source/surnames.js';

describe('isChineseName', () => {
  it.each(['张建国', '王磊', '陳美玲', '欧阳娜娜', '司馬光', '李局长'])('%s is a name', (label) => {
    expect(isChineseName(label)).toBe(true);
  });
  it.each(['举个例子', '注意', '下一步', '操作员', '王', '张建国同志们', 'Tim', '欧阳'])('%s is not', (label) => {
    expect(isChineseName(label)).toBe(false);
  });
});
