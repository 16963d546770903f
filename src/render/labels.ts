/** Words the editions print around the transcript, in the document's script. */
import type { LanguageTag } from '../ast/types.js';

export interface Labels {
  contents: string;
  backToTop: string;
  skipToContent: string;
  notes: string;
  backToRef: string;
  cover: string;
  titlePage: string;
  topicIndex: string;
  a11ySummary: string;
  /** The print edition's imprint page. */
  author: string;
  publisher: string;
  date: string;
  identifier: string;
  fonts: string;
  /** Names the frame a wide table scrolls in (HTML, EPUB). */
  table: string;
}

const hans: Labels = {
  contents: '目录',
  backToTop: '返回顶部',
  skipToContent: '跳到正文',
  notes: '注释',
  backToRef: '返回正文',
  cover: '封面',
  titlePage: '扉页',
  topicIndex: '本文要点',
  author: '作者',
  publisher: '出版',
  date: '日期',
  identifier: '标识符',
  fonts: '字体',
  table: '表格',
  a11ySummary: '本书正文全部为文字，具有目录、结构化标题与正确的阅读顺序；封面与插图均附替代文字，不以图像单独传达信息；符合 WCAG 2.1 AA 级要求。',
};
const hant: Labels = {
  contents: '目錄',
  backToTop: '返回頂部',
  skipToContent: '跳到正文',
  notes: '註釋',
  backToRef: '返回正文',
  cover: '封面',
  titlePage: '扉頁',
  topicIndex: '本文要點',
  author: '作者',
  publisher: '出版',
  date: '日期',
  identifier: '識別碼',
  fonts: '字型',
  table: '表格',
  a11ySummary: '本書正文全部為文字，具有目錄、結構化標題與正確的閱讀順序；封面與插圖均附替代文字，不以圖像單獨傳達資訊；符合 WCAG 2.1 AA 級要求。',
};

export const isTraditional = (lang: LanguageTag) => String(lang).startsWith('zh-Hant');
const en: Labels = {
  contents: 'Contents',
  backToTop: 'Back to top',
  skipToContent: 'Skip to content',
  notes: 'Notes',
  backToRef: 'Back to text',
  cover: 'Cover',
  titlePage: 'Title page',
  topicIndex: 'In this report',
  author: 'Author',
  publisher: 'Publisher',
  date: 'Date',
  identifier: 'Identifier',
  fonts: 'Fonts',
  table: 'Table',
  a11ySummary: 'The text is entirely textual, with a table of contents, structured headings and a logical reading order; the cover and any figures carry alternative text and convey nothing by image alone. Meets WCAG 2.1 Level AA.',
};

export const labelsFor = (lang: LanguageTag): Labels => (String(lang).startsWith('en') ? en : isTraditional(lang) ? hant : hans);
/** Quotation marks the renderers add around a deck. */
export const quotesFor = (lang: LanguageTag) => (isTraditional(lang) ? { open: '「', close: '」' } : { open: '“', close: '”' });
