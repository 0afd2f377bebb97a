// A failure made a design: "Putin claims Washington intentionally started the violence", "По словам Путина,
// США умышленно спровоцировали конфликт" of the article's blame — a *failed* US policy, the surge in violence
// "a clear indication of the failure of US policy". The claim keeps the blame's parties and matter but says
// Washington meant it, and a failure is what nobody meant. Its words (started, violence, intentionally) line
// up with little, so it read as not in the article; it says the other way round what the blame sentences say
// of the US: altered, shown with the blame sentence. Read only on a "not in the article" verdict whose
// speaker is none, the article or the blame sentence's own; it never confirms. Every pattern is bounded: word
// lists, no nested repetition.
import { alteredAtSentence, type Sentence, sameHead } from "./contrary-deed.js";
import type { ClaimChecker, ClaimVerdict } from "./types.js";

/** The claim says it was meant: deliberately, on purpose, намеренно, умышленно. */
const INTENT =
  /(?:^|[^\p{L}])(deliberate(?:ly)?|intentional(?:ly)?|purposely|purposefully|on\s+purpose|knowingly|wil(?:l)?fully|by\s+design|consciously|premeditated|намеренн\p{L}*|преднамеренн\p{L}*|умышленн\p{L}*|сознательн\p{L}*|нарочно|специально|целенаправленн\p{L}*)(?=$|[^\p{L}])/iu;

/** The United States, in a claim or a sentence ("US" only in capitals: "us" is a pronoun). */
const UNITED_STATES =
  /(?:^|[^\p{L}])(?:US|U\.S\.|USA|(?:[Tt]he\s+)?United\s+States|Washington|America|США|Вашингтон\p{L}*|Соединённ\p{L}*\s+Штат\p{L}*|Соединенн\p{L}*\s+Штат\p{L}*|Америк\p{L}*)(?=$|[^\p{L}])/u;

/** What the claim says was meant: the war, the violence, the crisis. */
const STRIFE =
  /(?:^|[^\p{L}])(wars?|violence|conflicts?|crisis|fighting|bloodshed|escalation|hostilities|surge|clashes|войн\p{L}*|насили\p{L}*|конфликт\p{L}*|кризис\p{L}*|кровопролити\p{L}*|эскалаци\p{L}*|столкновени\p{L}*)(?=$|[^\p{L}])/iu;

/** The article's word of a failure, in a sentence or its translation. */
const FAILURE = /(?:^|[^\p{L}])(fail(?:ed|ure|ures|ing|s)?|провал\p{L}*)(?=$|[^\p{L}])/iu;

/** The checker, a claim that a failure of the US the article blames was meant read as altered. */
export function judgingIntendedFailure(check: ClaimChecker, sentences: readonly Sentence[]): ClaimChecker {
  const blamed = sentences.filter((s) => FAILURE.test(s.text) && UNITED_STATES.test(s.text));
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict !== "not-in-article") return verdict;
    const intent = INTENT.exec(text);
    const strife = intent ? STRIFE.exec(text) : null;
    if (!intent || !strife || !UNITED_STATES.test(text)) return verdict;
    const russian = /\p{Script=Cyrillic}/u.test(text);
    const word = strife[1]!.toLowerCase();
    const sentence =
      blamed.find((s) =>
        ((russian ? s.russian : s.text).toLowerCase().match(/\p{L}+/gu) ?? []).some(
          (w) => w.length >= 4 && sameHead(word, w),
        ),
      ) ?? blamed[0];
    if (!sentence) return verdict;
    // Whose blame it is: the claim's speaker must be none, the article, or the sentence's own.
    const speaker = verdict.claimedSpeaker;
    if (speaker !== null && speaker.id !== "article") {
      const sources = check(sentence.text).sources;
      if (speaker.id === null || !sources.some((s) => s.speakerId === speaker.id)) return verdict;
    }
    const failure = FAILURE.exec(russian ? sentence.russian : sentence.text);
    return meant(verdict, sentence, intent[1]!, failure, russian);
  };
}

function meant(
  verdict: ClaimVerdict,
  sentence: Sentence,
  intent: string,
  failure: RegExpExecArray | null,
  russian: boolean,
): ClaimVerdict {
  return {
    ...alteredAtSentence(verdict, sentence, russian),
    changes: [
      { kind: "opposite", claimed: intent.toLowerCase(), article: (failure?.[1] ?? "failed").toLowerCase() },
    ],
  };
}
