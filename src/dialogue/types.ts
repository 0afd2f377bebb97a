// What the dialogue layer remembers between messages and what it gives back: plain data, no Telegram. The
// bot renders every reply kind through its locale files; the eval and the terminal print them as text.
import type { Answer, Lang, Suggestion } from "../answering/types.js";

/** A chat's context: what the last answer was about. Stored per chat, dropped after CONTEXT_TTL_MS idle. */
export interface DialogueContext {
  /** The entry last answered (or explained as "the article doesn't say"); null after a summary or quotes. */
  entryId: string | null;
  /** The last question as the bot understood it, standing alone ("Why did Putin call Erdogan?"). */
  question: string;
  /** The speaker the last question was about: named in it, else the entry's first reported speaker. */
  speakerId: string | null;
  /** A person the last answer named beside the speaker ("that guy" after Putin's call: Erdogan). */
  otherPersonId: string | null;
  /** The last question's topic words without speaker names or question words ("the us", "civilian casualties"). */
  topic: string;
  /** The language of the last reply. */
  lang: Lang;
  /** When the last message was handled, in ms since the epoch (for expiry). */
  at: number;
  /** How many question buttons the last reply offered (a typed number beyond it is a slip). */
  buttons: number;
  /** The last reply's yes/no line, if it had one ("And China?" after a yes reads against it). */
  verdict?: YesNo | null;
  /** The last reply refused a question outside the article: a follow-up has nothing of it to read against. */
  refused?: boolean;
  /** The one person the refused question named ("what does Putin say about bitcoin?"): "he" next is that person. */
  refusedPersonId?: string | null;
  /** The refused question, folded: "а с кем тогда?" after «путин говорил с нетаньяху?» reads it (contact-instead.ts). */
  refusedAsked?: string;
  /** The one voice not a person the refused question named ("russia"): "they" next is that voice. */
  refusedGroupId?: string | null;
  /** What "tell me more" has shown on this context: paragraph numbers, 0 for the long summary (more-next.ts). */
  shown?: number[];
  /** After the story's summary: the first quoted person it names ("did he say…" next is that person's). */
  leadPersonId?: string | null;
  /** The party the last turn read against the list the last answer gives in full ("is the US in it too?"):
   * "who's the other 2" next asks that list's other members (list-turns.ts). */
  listedParty?: string;
  /** The last question asked of each voice the chat has left, latest first ("back to Putin — why?"). */
  earlier?: { speakerId: string; question: string }[];
}

/** Context older than this is forgotten: a question after a long pause starts afresh. */
export const CONTEXT_TTL_MS = 15 * 60 * 1000;

/** The last reply said No or "the article doesn't say": the turn that asks "who then?" reads against it. */
export const afterNoOrUnsaid = (context: DialogueContext | null | undefined): context is DialogueContext =>
  context?.verdict === "no" || context?.verdict === "not-said";

/** The first line of a reply to a yes/no question. */
export type YesNo = "yes" | "no" | "not-said";

/** Where a yes/no verdict comes from: the curated verdict of the entry, or the claim checker's. */
export type VerdictSource =
  | "curated"
  | "claim-checker"
  | "not-in-article"
  /** "Does the article mention the UN?": the article's own text (mentions.ts). */
  | "article-text"
  /** "Was that Putin?": whose words the last answer reports. */
  | "attribution"
  /** Nothing confirms it: "the article doesn't say so in those words", then what it does say. */
  | "unconfirmed"
  /** The engine's own verdict on a card's point asked in other words (answering/owned-verdict.ts). */
  | "engine";

/** Small talk and slips the bot answers kindly, with its useful buttons. */
export type SmallTalk =
  | "greeting"
  | "thanks"
  | "goodbye"
  | "identity"
  | "abilities"
  | "insult"
  | "laughter"
  | "acknowledgement"
  | "how-are-you"
  /** A sum or a joke asked mid-chat: not the story, and no reason to drop the conversation. */
  | "aside";

/** How a follow-up was read against the context. */
export type FollowUpKind =
  | "why"
  | "how"
  | "where"
  | "when"
  | "more"
  | "speaker-switch"
  | "topic-switch"
  | "asked-switch"
  | "pronoun"
  | "who-said-that"
  | "is-that-true";

export type DialogueReply =
  /** An engine answer (any kind, also "did you mean…?" and refusals), maybe read in context or as yes/no. */
  | {
      kind: "answer";
      answer: Answer;
      /** The stand-alone question the bot understood when it read the message against the context. */
      understood: string | null;
      followUp: FollowUpKind | null;
      /** For a yes/no question: the first line; null when the message is not one. */
      verdict: YesNo | null;
      verdictSource: VerdictSource | null;
      /** The second half of two questions in one message, too long to show in full: its card is one tap away. */
      deferred: boolean;
      /** The engine refused, but its own ranking puts entries near: offered as "did you mean…?". */
      rescued: boolean;
      /** The question the engine answered (chat words and digit slips taken out): what the context remembers. */
      asked: string;
    }
  /** "Tell me more": the article's paragraphs around the last answer, in full. */
  | {
      kind: "more";
      entryId: string;
      title: string;
      understood: string;
      paragraphs: { number: number; text: string }[];
      suggestions: Suggestion[];
    }
  /** "Who said that?": whose words the last answer's quotes are. */
  | { kind: "who-said-that"; understood: string; answer: Answer }
  /** "Is that true?": what the article reports, and that the bot cannot check beyond it. */
  | { kind: "is-that-true"; understood: string; answer: Answer; verdict: YesNo }
  /** A follow-up ("why?", "and Peskov?") with no context to read it against. */
  | { kind: "no-context"; followUp: FollowUpKind; suggestions: Suggestion[] }
  | { kind: "small-talk"; talk: SmallTalk; suggestions: Suggestion[] }
  /** A typed number with no such button. */
  | { kind: "no-such-button"; number: number; buttons: number; suggestions: Suggestion[] };

/** The reply most readers give: an engine answer, read one way or another. */
export type AnswerReply = Extract<DialogueReply, { kind: "answer" }>;

export interface DialogueTurn {
  /** The language to reply in: the message's script decides, else the reader's language. */
  lang: Lang;
  /** One reply; two for two questions in one message. */
  replies: DialogueReply[];
  /** What to remember for the next message (the old context when this message changes nothing). */
  context: DialogueContext | null;
}
