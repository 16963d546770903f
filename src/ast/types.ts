/**
 * The document model of a transcript: mdast, augmented with the nodes a
 * press transcript is made of. This file is the specification of what the
 * source stage recognises and of everything a renderer may meet.
 *
 * Order of a report's root children (all optional, none repeated except
 * where noted):
 *   masthead → kicker → headline → deck → lede → (turn | block)* → (topic | section)*
 */
import type { Data, Parent } from 'unist';
import type { BlockContent, Paragraph, PhrasingContent, Root } from 'mdast';

/** BCP 47 tags huozi writes: the document's Chinese script, or English. */
export type LanguageTag = 'zh-Hans' | 'zh-Hant' | 'en' | (string & {});

/**
 * What a speaker does in the transcript. One label→role table decides it
 * (src/source/speakers.ts `LEXICON`, README "Speakers and roles"), together
 * with what the speaker says (a speaker who mostly asks is `question`):
 *
 * | role          | labels (examples)                                                                 | look (HTML, EPUB, PDF)                          |
 * |---------------|-----------------------------------------------------------------------------------|-------------------------------------------------|
 * | `question`    | 记者, 《…》记者, outlets (聯合, NHK, REUTERS, …社/报/台/网), 问, Q, 问题 N, 观众, 网友, 股东, 投资者, 分析师, 委员, 代表, 公诉人, 辩护人 | Kai face, accent bar and panel (`turn-question`) |
 * | `answer`      | 答, A, 发言人, SPOKESPERSON, officials (部长, 局长, 署长, 主任, 负责人 …), 被告人, 证人, 嘉宾, 主讲 | body face (`turn-answer`)                        |
 * | `moderator`   | 主持人, 主持, 主播, 审判长, 主任委员, 主席, 操作员, Chair, Moderator, Host, Operator, PRESIDENT | muted colour (`turn-moderator`)                  |
 * | `interpreter` | 翻译, 口译, 译员, Interpreter, Translator                                                  | muted, indented, smaller (`turn-interpreter`)    |
 * | `other`       | many voices at once (齐声, 众人, 全场), a clerk (书记员); anyone else in a document where nobody asks | muted colour (`turn-other`)                      |
 *
 * A moderator alone with one guest who mostly asks is the interviewer (`question`).
 */
export type SpeakerRole = 'question' | 'answer' | 'moderator' | 'interpreter' | 'other';

/** A front line in another language than the document's (an English kicker above a Chinese headline). */
export interface LangData extends Data {
  /** Set when the line is not in the document's language (e.g. `en`). */
  lang?: LanguageTag;
}

export interface MastheadData extends LangData {}
/** The section slogan printed above a special report (e.g. a campaign line). */
export interface Masthead extends Parent {
  type: 'masthead';
  children: PhrasingContent[];
  data?: MastheadData;
}

export interface KickerData extends LangData {}
/** Series label above the headline (e.g. "2026年全国两会特别报道"). */
export interface Kicker extends Parent {
  type: 'kicker';
  children: PhrasingContent[];
  data?: KickerData;
}

export interface HeadlineData extends Data {}
/** The report's headline; also its title. */
export interface Headline extends Parent {
  type: 'headline';
  children: PhrasingContent[];
  data?: HeadlineData;
}

export interface DeckData extends LangData {}
/**
 * The line under the headline: a pull quote, its quotation marks removed (`quoted`: renderers add the document's
 * own), or a subtitle (副题) as written, its dash kept (`——访中国工程院院士李明华`).
 */
export interface Deck extends Parent {
  type: 'deck';
  quoted?: true;
  children: PhrasingContent[];
  data?: DeckData;
}

export interface LedeData extends Data {}
/** The opening paragraph; `dateline` is its leading 据…电 / …讯 credit, if any. */
export interface Lede extends Parent {
  type: 'lede';
  dateline?: string;
  children: PhrasingContent[];
  data?: LedeData;
}

export interface TurnData extends Data {}
/** One speaker's contribution: the label, the role, and the paragraphs spoken. */
export interface Turn extends Parent {
  type: 'turn';
  /** The label as printed, without brackets, bold or colon (`主持人（王晓）`, `邵局长`). */
  speaker: string;
  /** Who speaks, when the label is not just the name: aliases resolved (`邵局长` → `邵明远`), `主持人（王晓）` → `王晓`, `问题 3` → `问题`. */
  person?: string;
  role: SpeakerRole;
  children: Array<Paragraph | BlockContent>;
  data?: TurnData;
}

export interface TopicTitleData extends Data {}
/** The subheading under a topic heading: a key sentence of the answer. */
export interface TopicTitle extends Parent {
  type: 'topicTitle';
  children: PhrasingContent[];
  data?: TopicTitleData;
}

export interface TopicData extends Data {}
/** A numbered topic of a press conference: `7 谈中美关系`. */
export interface Topic extends Parent {
  type: 'topic';
  /** The number printed in the source (1-based). */
  number: number;
  /** The heading after the number, e.g. "谈中美关系". */
  subject: string;
  /** Stable anchor, `topic-<number>`. */
  id: string;
  children: Array<TopicTitle | BlockContent>;
  data?: TopicData;
}

export interface SectionData extends Data {}
/** A heading-led part of a document without numbered topics; may nest. */
export interface Section extends Parent {
  type: 'section';
  depth: number;
  /** Stable anchor, `section-<n>` in document order. */
  id: string;
  title: PhrasingContent[];
  children: BlockContent[];
  data?: SectionData;
}

export interface DocumentData extends Data {
  /** The document's language (default `zh-Hans`). */
  lang: LanguageTag;
  /** Metadata the document itself states (front matter, dateline). */
  stated: StatedMetadata;
  /** Where each stated value came from, in the editor's terms (`line 3: 发表时间`, `front matter`, `sidecar`). */
  origins?: Partial<Record<keyof StatedMetadata, string>>;
  /** What front matter or a `<stem>.huozi.yaml` sidecar declares (also in `stated`): it beats the config file. */
  declared?: StatedMetadata;
}

/** Metadata found in the transcript itself; every field optional. */
export interface StatedMetadata {
  title?: string;
  date?: string;
  /** The calendar the text dates itself in, when not the Gregorian: `minguo` (`民國114年3月20日`, Taiwan). */
  calendar?: 'minguo';
  author?: string;
  source?: string;
  description?: string;
}

/** The whole transcript. */
export interface Document extends Root {
  data: DocumentData;
}

declare module 'mdast' {
  interface RootContentMap {
    masthead: Masthead;
    kicker: Kicker;
    headline: Headline;
    deck: Deck;
    lede: Lede;
    turn: Turn;
    topic: Topic;
    topicTitle: TopicTitle;
    section: Section;
  }
  // Turns and sections are block content: they sit in topics, sections and the root alike.
  interface BlockContentMap {
    turn: Turn;
    section: Section;
  }
  interface ParagraphData {
    /** Set when the paragraph is not in the document's language (e.g. `en`). */
    lang?: LanguageTag;
    /** The timestamp printed before the paragraph's label or its subtitle cue's start (`00:12:34`; a subtitle cue's start to the second, `00:00:01`). */
    time?: string;
    /** Said by someone the source does not name (a subtitle cue's dash line, `- 会不会…？`): never part of the turn above. */
    unattributed?: true;
    /** A key and its value of a source or minutes block (`参会人员：…`, `作者：…`) or a byline: information, never a turn or what a cover quotes. */
    field?: true;
  }
}
