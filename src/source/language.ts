/**
 * Language of the document (Simplified vs Traditional Chinese) and of single
 * paragraphs (English vs the document's language).
 */
import type { Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Deck, Kicker, LanguageTag, Masthead } from '../ast/types.js';

// Common characters written differently in the two scripts, pairwise aligned.
const SIMPLIFIED = '这个们国说来时会为发对经过关进现实学问题东动应开长间见与还体几点样从两门种机业务认记话让边书车专连际该华报总听战';
const TRADITIONAL = '這個們國說來時會為發對經過關進現實學問題東動應開長間見與還體幾點樣從兩門種機業務認記話讓邊書車專連際該華報總聽戰';
const SIMPLIFIED_SET = new Set([...SIMPLIFIED].filter((c, i) => c !== [...TRADITIONAL][i]));
const TRADITIONAL_SET = new Set([...TRADITIONAL].filter((c, i) => c !== [...SIMPLIFIED][i]));

/** `zh-Hant` when Traditional-only characters outnumber Simplified-only ones. */
export function detectScript(text: string): 'zh-Hans' | 'zh-Hant' {
  let s = 0;
  let t = 0;
  for (const ch of text) {
    if (SIMPLIFIED_SET.has(ch)) s++;
    else if (TRADITIONAL_SET.has(ch)) t++;
  }
  return t > s ? 'zh-Hant' : 'zh-Hans';
}

/** The document's language: `en` for English text with (almost) no Han, else its Chinese script. */
export function detectLanguage(text: string): 'zh-Hans' | 'zh-Hant' | 'en' {
  return isEnglish(text) ? 'en' : detectScript(text);
}

/** True for a paragraph written in English: Latin letters and (almost) no Han. */
export function isEnglish(text: string): boolean {
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  // Most paragraphs have no Latin at all: skip counting their Han.
  if (latin < 4) return false;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  return han * 10 < latin;
}

/** Marks a paragraph, or a line of the front (masthead, kicker, deck), `en` when it is English in a document that is not. */
export function tagLanguage<T extends Paragraph | Masthead | Kicker | Deck>(node: T, lang: LanguageTag): T {
  if (!String(lang).startsWith('en') && isEnglish(toString(node))) node.data = { ...node.data, lang: 'en' };
  return node;
}
