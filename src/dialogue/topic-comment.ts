// Kind: whether a voice said anything on the last topic — «а путин об этом что-то говорил?», «а путин это как-то
// прокомментировал?», «а путин на эту тему что-нибудь сказал?», "did putin say anything about that?" — right
// after an answer (or a gap) on that topic. "это" is the topic, not the last answer's words: read as a voice
// check it was a false «Нет … это говорит не Путин, а Песков» when Putin has his own words on it (session 26's
// own55-08), and with no voice check, Putin's roster with no verdict (d49-30). Asked of the voice on the topic:
// Yes with the voice's own words when the entry found quotes that voice and holds one of the topic's content
// words; else null, and the usual readers (the voice check) answer as before.
import type { Answer, Lang } from "../answering/types.js";
import { contentStems } from "./content-stems.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { readsAsRussian } from "./language.js";
import type { DialogueContext, DialogueTurn } from "./types.js";

const THAT_RU = "(?:это|об этом|про это|на это|по этому поводу|на эту тему|по этой теме|об этой теме)";
const ANY_RU = "(?:как-то|как-нибудь|что-то|что-нибудь|хоть что-то|хоть как-то|вообще)";
const VERB_RU =
  "(?:прокомментировал\\p{L}*|комментировал\\p{L}*|сказал\\p{L}*|говорил\\p{L}*|высказ\\p{L}*|заявлял\\p{L}*|упоминал\\p{L}*)";
/** «а путин об этом что-то говорил?»: a voice, the pronoun of the topic and a word of "anything", in either order. */
const ASKED_RU = new RegExp(
  `^(?:(?:а|и|ну|так)[, ]+)*(.{2,30}?) (?:(?:${THAT_RU}|${ANY_RU}) ){2,3}${VERB_RU}\\s*\\??$|^(?:(?:а|и|ну|так)[, ]+)*(.{2,30}?) (?:${THAT_RU} )?(?:прокомментировал\\p{L}*|комментировал\\p{L}*)(?: ${THAT_RU})?\\s*\\??$`,
  "u",
);
const NEEDS_ANY_RU = new RegExp(`(?<!\\p{L})${ANY_RU}(?!\\p{L})`, "u");
const THAT_WORD_RU = new RegExp(`(?<!\\p{L})${THAT_RU}(?!\\p{L})`, "u");
/** "did putin say anything about that?", "has he commented on it at all?" */
const ASKED_EN =
  /^(?:(?:and|so|but|ok|okay|well)[, ]+)*(?:did|has|does|have) (.{2,30}?) (?:(?:ever|even|also|actually) )?(?:say|said) (?:anything|something|a word) (?:about|on) (?:this|that|it|them)(?: at all)?\s*\??$|^(?:(?:and|so|but|ok|okay|well)[, ]+)*(?:did|has|does|have) (.{2,30}?) (?:(?:ever|even|also|actually) )?comment(?:ed)? on (?:this|that|it|them)(?: at all)?\s*\??$/u;
const STOP: ReadonlySet<string> = new Set(["what", "about", "that", "this", "there", "said", "says"]);
const STEM = 5;
/** Russian endings vary more ("Газе"/"Газа"): three letters of a word of four or more. */
const STEM_RU = 3;

export function topicCommentTurn(
  text: string,
  context: DialogueContext | null | undefined,
  kit: DialogueKit,
  lang: Lang,
): DialogueTurn | null {
  if (!context?.topic) return null;
  const t = text.trim().toLowerCase().replace(/ё/g, "е");
  const ru = readsAsRussian(t, lang);
  const m = ru ? ASKED_RU.exec(t) : ASKED_EN.exec(t);
  const who = m ? (m[1] ?? m[2]) : undefined;
  if (!who) return null;
  // «а путин об этом говорил?» with no "anything" word stays the voice check; "прокомментировал" asks the topic.
  if (ru && m?.[1] && !(NEEDS_ANY_RU.test(t) && THAT_WORD_RU.test(t))) return null;
  const named = kit.speakers.namedIn(who);
  const speakerId = named[0]?.id;
  if (!speakerId || named.length !== 1 || !kit.speakers.isQuoted(speakerId)) return null;
  const replyLang: Lang = ru ? "ru" : "en";
  const name = kit.speakers.shortName(speakerId, replyLang);
  const question = ru
    ? `что сказал ${name} про ${context.topic}?`
    : `what did ${name} say about ${context.topic}?`;
  // No words of the voice on a topic the last turn left open (a gap, no entry): the article doesn't say, with
  // what the voice does say («а песков как-нибудь это комментировал?» after the casualty figures). After an
  // answer, the voice check reads the question as before (its No names whose words they are).
  const silent = (): DialogueTurn | null => {
    if (!ru || (context.entryId !== null && kit.engine.answerForEntry(context.entryId, replyLang)?.answered))
      return null;
    const roster = kit.engine.quotesBy(speakerId, replyLang);
    return roster.answered ? turnOf(roster, "not-said", text) : null;
  };
  const turnOf = (answer: Answer, verdict: "yes" | "not-said", asked: string): DialogueTurn => ({
    lang: replyLang,
    replies: [
      {
        kind: "answer",
        answer,
        understood: verdict === "yes" ? asked : null,
        followUp: verdict === "yes" ? "pronoun" : null,
        verdict,
        verdictSource: "article-text",
        deferred: false,
        rescued: false,
        asked,
      },
    ],
    // The topic stays the last one's: "а путин?" next asks the same topic of Putin.
    context: { ...context, speakerId, verdict, lang: replyLang },
  });
  const found = kit.findAnswer(question, replyLang);
  if (!found.answered || found.kind !== "entry" || !found.entry) return silent();
  const own = found.quotes.filter((q) => q.speakerId === speakerId);
  if (own.length === 0) return silent();
  const stem = ru ? STEM_RU : STEM;
  const quoted = contentStems(own.map((q) => `${q.text} ${q.translation ?? ""}`).join(" "), stem, STOP);
  const topic = contentStems(context.topic, stem, STOP);
  if (topic.length === 0 || !topic.some((s) => quoted.includes(s))) return silent();
  const turn = turnOf(found, "yes", question);
  return { ...turn, context: { ...context, entryId: found.entry.id, question, speakerId, verdict: "yes" } };
}
