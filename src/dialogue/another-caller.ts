// Kind: a call the article reports of one voice, asked of another voice it quotes apart ("did Peskov call for a
// ceasefire?", "did the foreign ministry urge an immediate ceasefire?", «МИД России призывал к прекращению огня?»).
// The engine answered with the asked voice's own entry (Peskov's constructive role) and "doesn't say", though the
// call is in the article — as Putin's, on his phone call. Grounded here by the claim checker, twice: the question
// read as a statement is not confirmed as asked, and the same statement with the article's other quoted person in
// the asked voice's place is confirmed with every word backed. Then the verdict is No, with the entry quoting that
// person's call as the evidence (it names who did call for it). Only a quoted person or ministry asked (the Kremlin
// is the president's own office), never a party of the reported call (Erdogan: the article is silent on what he
// said), never a call asked as one more ("did Peskov call for it too?"), and only acts of calling for, urging,
// demanding — a mere mention stays the said-by-another "doesn't say" (said-by-another.ts).
import type { Answer, Lang } from "../answering/types.js";
import { reportedCall } from "./call-party.js";
import { asksCalledFor } from "./called-for.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { statementOf } from "./yes-no-question.js";
import { russianStatementOf } from "./yes-no-ru.js";

/** One more voice asked besides the one the article gives: the article is silent on it. */
const ONE_MORE = /(?<!\p{L})(?:too|also|as well|either|again|тоже|также|ещё|еще|и сам\p{L}*)(?!\p{L})/u;

/** The reader (built once): the No with the other voice's call as evidence, or null. */
export function createAnotherCaller(kit: DialogueKit) {
  const { claims, engine, kb, speakers } = kit;
  const call = reportedCall(kb);
  const inTheCall = new Set(
    call.quote ? speakers.namedIn(call.quote.text.toLowerCase()).map((n) => n.id) : [],
  );
  const persons = kb.speakers.filter((s) => s.quoted && speakers.isPerson(s.id)).map((s) => s.id);
  const askable = (id: string): boolean =>
    speakers.isQuoted(id) &&
    (speakers.isPerson(id) || /Ministry/.test(kb.speakerById.get(id)?.name ?? "")) &&
    !(inTheCall.has(id) && !persons.includes(id));

  return (folded: string, asked: Lang, lang: Lang): Answer | null => {
    if (!claims || ONE_MORE.test(folded) || !asksCalledFor(folded, asked)) return null;
    const statement = asked === "ru" ? russianStatementOf(folded) : statementOf(folded, speakers);
    // The subject: the first name and the names right beside it ("мид россии", "российский мид"), one of them an
    // askable voice, the rest no voice of the article's (Moscow is never quoted); no other voice in the question.
    const named = speakers.namedIn(statement);
    let last = 0;
    while (last + 1 < named.length && named[last + 1]!.start - named[last]!.end <= 1) last++;
    const subject = named.slice(0, last + 1);
    const voice = subject.find((n) => speakers.isQuoted(n.id));
    if (!voice || !askable(voice.id) || named.some((n) => n !== voice && speakers.isQuoted(n.id)))
      return null;
    const from = subject[0]!.start;
    const to = subject[subject.length - 1]!.end;
    const before = claims(statement);
    if ((before.verdict === "verbatim" || before.verdict === "paraphrase") && before.unbacked.length === 0)
      return null;
    for (const doer of persons) {
      if (doer === voice.id) continue;
      const swapped = `${statement.slice(0, from)}${speakers.shortName(doer, asked)}${statement.slice(to)}`;
      const checked = claims(swapped);
      const held =
        (checked.verdict === "verbatim" || checked.verdict === "paraphrase") &&
        checked.unbacked.length === 0 &&
        checked.changes.length === 0 &&
        checked.span !== null;
      if (!held || !checked.span) continue;
      const span = checked.span.text;
      // The entry the person's call finds, where its quotes hold the sentence; else the one quoting it alone.
      const found = engine.findAnswer(swapped, asked);
      const holds = (quotes: readonly { text: string }[]) =>
        quotes.some((q) => q.text.includes(span) || span.includes(q.text));
      const entry =
        found.answered && found.entry && holds(found.quotes)
          ? found.entry
          : kb.entries
              .filter((e) => e.kind === "answer" && holds(e.quotes))
              .sort((a, b) => a.quotes.length - b.quotes.length)[0];
      const evidence = entry ? engine.answerForEntry(entry.id, lang) : null;
      if (evidence?.answered) return evidence;
    }
    return null;
  };
}
