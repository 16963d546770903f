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

/** Who is speaking, as far as the transcript tells. */
export type SpeakerRole = 'question' | 'answer' | 'moderator' | 'other';

export interface MastheadData extends Data {}
/** The section slogan printed above a special report (e.g. a campaign line). */
export interface Masthead extends Parent {
  type: 'masthead';
  children: PhrasingContent[];
  data?: MastheadData;
}

export interface KickerData extends Data {}
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

export interface DeckData extends Data {}
/** A pull quote under the headline, quotation marks removed (renderers add them). */
export interface Deck extends Parent {
  type: 'deck';
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
  speaker: string;
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
  children: Array<TopicTitle | Turn | BlockContent>;
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
  children: Array<Section | Turn | BlockContent>;
  data?: SectionData;
}

export interface DocumentData extends Data {
  /** The document's language (default `zh-Hans`). */
  lang: LanguageTag;
  /** Metadata the document itself states (front matter, dateline). */
  stated: StatedMetadata;
  /** What front matter or a `<stem>.huozi.yaml` sidecar declares (also in `stated`): it beats the config file. */
  declared?: StatedMetadata;
}

/** Metadata found in the transcript itself; every field optional. */
export interface StatedMetadata {
  title?: string;
  date?: string;
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
  interface BlockContentMap {
    turn: Turn;
  }
  interface ParagraphData {
    /** Set when the paragraph is not in the document's language (e.g. `en`). */
    lang?: LanguageTag;
  }
}
