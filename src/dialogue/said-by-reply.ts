// "Is that a quote from Putin?", "did Peskov say that?", «а песков то же самое говорил?» after an answer: whose words
// the last answer reports — the asked voice's (or one the article treats as the same voice), else whose instead, or
// the article's own account; No then gives what the asked voice does say, when the article quotes it (dialog53).
// A person the article never names, asked of a body's words, doesn't say. Split from follow-up-reply.ts (tidy46).

import type { Answer, Lang } from "../answering/types.js";
import { attributionVerdict } from "./attribution.js";
import { answerReply, type DialogueKit } from "./dialogue-kit.js";
import type { FollowUp } from "./follow-up.js";
import type { DialogueWords } from "./language.js";
import { narrationLed, narrationSaid } from "./narration-led.js";
import { withoutOwnVerdict } from "./own-verdict.js";
import { askedPartSpeaker } from "./said-part.js";
import type { DialogueContext, DialogueReply } from "./types.js";
import { unheldConcern, unheldSaid } from "./unheld-concern.js";

/** A body rather than a person, as a voice the article never names is typed (other-voice.ts). */
const OTHER_BODY =
  /(?<!\p{L})(?:ministry|office|department|agency|pentagon|министерств\p{L}*|мид\p{L}*|правительств\p{L}*|government|минобороны|мвд|минфин|пентагон\p{L}*)(?!\p{L})/u;

/** The line before the asked voice's own words, added after the No (dialog53). */
export const ownWordsLead = (name: string, lang: Lang): string =>
  lang === "ru"
    ? `Что говорит ${name}, по статье, — ниже.`
    : `What ${name} does say, as the article reports it, is below.`;

interface SaidByDeps {
  /** The voice's own reported words, when the article quotes it and the answer does not (follow-up-reply.ts). */
  ownWords: (speakerId: string, last: Answer, lang: Lang) => Answer["quotes"];
  /** One voice: the same speaker, or one speaking for the other (Peskov for the Kremlin). */
  sameVoice: (a: string, b: string) => boolean;
}

export function createSaidByReply(kit: DialogueKit, { ownWords, sameVoice }: SaidByDeps) {
  const { kb, speakers, findAnswer, noContext } = kit;

  /** "The article does not give this as Peskov's words — they are Putin's." (or the article's own account) */
  const saidInstead = (asked: string, quoted: string[], words: DialogueWords): string => {
    const name = speakers.shortName(asked, words.lang);
    const other = quoted.find((id) => id !== "article" && speakers.isQuoted(id));
    const otherName = other ? speakers.shortName(other, words.lang) : null;
    if (words.lang === "ru") return `По статье, это говорит не ${name}, а ${otherName ?? "сама статья"}.`;
    const whose = otherName ? `they are ${words.possessive(otherName)}` : "it is the article's own account";
    return `The article does not give this as ${words.possessive(name)} words — ${whose}.`;
  };

  return (
    followUp: Extract<FollowUp, { kind: "said-by" }>,
    context: DialogueContext,
    entry: Answer | null,
    lang: Lang,
    words: DialogueWords,
  ): DialogueReply => {
    // After "what did Peskov say?" (no entry, the speaker's statements) the last answer is asked again.
    const last = entry ?? (context.speakerId ? findAnswer(context.question, lang) : null);
    if (!last) return noContext("is-that-true", lang);
    // Whose words the last answer reports: the named speaker's (or one the article treats as the same
    // voice, Peskov for the Kremlin), else someone else's; a gap or an answer without quotes says nothing.
    const allQuoted = entry ? (entry.entry?.quotes ?? []).map((q) => q.speaker) : [context.speakerId ?? ""];
    // Several voices quoted: the one whose part the last question asked about (said-part.ts).
    const part = entry ? askedPartSpeaker(context.question, entry.quotes) : null;
    const quoted = part ? [part] : allQuoted;
    // An answer led by the article's own voice is not the speaker's unless the asked part is (narration-led.ts).
    const narrated = last.answered && narrationLed(entry?.quotes ?? [], part, followUp.speakerId);
    // The article's own words of a concern it gives no holder for: whose it is, not said (unheld-concern.ts).
    const unheld = last.answered && unheldConcern(entry?.quotes ?? [], part, followUp.speakerId);
    const theirs = !narrated && !unheld && quoted.some((id) => sameVoice(id, followUp.speakerId));
    // A person the article never names, asked of a body's words ("did Lavrov say it himself?" after the
    // Foreign Ministry's): a body speaks through people the article need not name, so it doesn't say; of a
    // person's words ("wasn't it Lavrov?" after Peskov's) or as another body ("the defense ministry"), No.
    const unnamedPerson =
      !kb.speakerById.has(followUp.speakerId) && !OTHER_BODY.test(followUp.speakerId.toLowerCase());
    const bodyQuoted = quoted.length > 0 && quoted.every((id) => !speakers.isPerson(id));
    const verdict =
      narrated || unheld || (unnamedPerson && bodyQuoted)
        ? "not-said"
        : attributionVerdict({
            answered: last.answered,
            quoted: quoted.length,
            theirs,
            view: followUp.view,
          });
    // A "no" (or a view the article gives as another's) names whose words they are instead.
    const name = speakers.shortName(followUp.speakerId, words.lang);
    const said = narrated
      ? narrationSaid(name, words.lang)
      : unheld
        ? unheldSaid(name, words.possessive(name), words.lang)
        : last.answered && quoted.length > 0 && !theirs && !(unnamedPerson && bodyQuoted)
          ? saidInstead(followUp.speakerId, quoted, words)
          : "";
    // "а песков то же самое говорил?" — No, and what the asked voice does say, when the article quotes him (dialog53).
    const own = verdict === "no" && said ? ownWords(followUp.speakerId, last, lang) : [];
    const ownLead = own.length === 0 ? "" : ` ${ownWordsLead(name, words.lang)}`;
    return answerReply(
      said
        ? {
            ...last,
            answer: `${said} ${withoutOwnVerdict(last.answer)}${ownLead}`,
            quotes: [...last.quotes, ...own],
          }
        : last,
      {
        understood: words.templates.saidBy(name),
        followUp: "is-that-true",
        asked: context.question,
        verdict,
        verdictSource: "attribution",
      },
    );
  };
}
