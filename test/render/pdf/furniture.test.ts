/** Running heads (src/render/pdf/furniture.ts). */
import { describe, expect, it } from 'vitest';
import { runningHead } from '../../../src/render/pdf/furniture.js';

describe('runningHead', () => {
  it('leaves out a note on the edition closing the title', () => {
    expect(runningHead('中欧气候合作圆桌对话实录（中英对照）', 'zh-Hans', 30)).toBe('中欧气候合作圆桌对话实录');
    expect(runningHead('市长就城市更新答记者问（文字实录）', 'zh-Hans', 30)).toBe('市长就城市更新答记者问');
    expect(runningHead('政府新聞處記者會（只有中文）', 'zh-Hant', 30)).toBe('政府新聞處記者會');
  });

  it('control: a bracket that is part of the title stays', () => {
    expect(runningHead('谈中美关系（上）', 'zh-Hans', 30)).toBe('谈中美关系（上）');
    expect(runningHead('（全文）', 'zh-Hans', 30)).toBe('（全文）');
  });
});
