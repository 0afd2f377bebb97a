import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { DialogueContext, DialogueReply } from "../../src/dialogue/index.js";
import { describeDialogueVerdict, judgeDialogues, readDialogues } from "../../src/eval/dialogues.js";
import { answerOf, realDialogue as dialogue, playChat } from "../helpers/dialogue.js";
import { realKb as kb } from "../helpers/engine.js";

const MINUTE = 60_000;

/** Plays messages one after another, a minute apart, carrying the context; returns each turn. */
const chat = (messages: string[], start: DialogueContext | null = null) => playChat(messages, { start });

const only = (replies: DialogueReply[]) => {
  expect(replies).toHaveLength(1);
  return replies[0]!;
};

describe("follow-ups read against the chat's context", () => {
  it("reads 'why?' after 'did putin call erdogan' as why he called, and says so", () => {
    const [, why] = chat(["did putin call erdogan?", "why?"]);
    const reply = answerOf(only(why!.replies));
    expect(reply.understood).toBe("why did putin call erdogan");
    expect(reply.followUp).toBe("why");
    expect(reply.answer.answer).toMatch(/ceasefire/);
  });

  it("reads 'did he agree?' after 'who is erdogan' as about Erdogan: the article doesn't say", () => {
    const [, agree] = chat(["who is erdogan", "did he agree?"]);
    const reply = answerOf(only(agree!.replies));
    expect(reply.understood).toMatch(/erdogan/i);
    expect(reply.verdict).toBe("not-said");
  });

  it("switches the speaker of the last question: 'and peskov?'", () => {
    const [, peskov] = chat(["what did putin say about the united states", "and peskov?"]);
    const reply = answerOf(only(peskov!.replies));
    expect(reply.followUp).toBe("speaker-switch");
    expect(reply.answer.quotes.some((q) => q.speakerId === "peskov")).toBe(true);
  });

  it("switches the topic and keeps the speaker: 'what about the US?'", () => {
    const [, us] = chat(["what did putin say about civilian casualties", "what about the US?"]);
    const reply = answerOf(only(us!.replies));
    expect(reply.understood?.toLowerCase()).toBe("what did putin say about the us");
    expect(reply.answer.entry?.id).toBe("putin-on-us");
  });

  it("swaps the last question's object: ties with the Palestinians, then Israel", () => {
    const [, israel] = chat(["what ties does russia have with the palestinians", "what about israel?"]);
    expect(answerOf(only(israel!.replies)).answer.entry?.id).toBe("russia-israel-ties");
  });

  it("'tell me more' gives the article's paragraphs in full", () => {
    const [, more] = chat(["is russia neutral", "tell me more"]);
    const reply = only(more!.replies);
    expect(reply.kind).toBe("more");
    if (reply.kind === "more") {
      expect(reply.paragraphs.map((p) => p.number)).toEqual([4, 5]);
      expect(reply.paragraphs[0]?.text).toBe(kb.article.paragraphs[3]);
    }
  });

  it("'who said that?' names whose words the last answer's quotes are", () => {
    const [, who] = chat(["what role does the kremlin want to play", "who said that?"]);
    const reply = only(who!.replies);
    expect(reply.kind).toBe("who-said-that");
    if (reply.kind === "who-said-that")
      expect(reply.answer.quotes.map((q) => q.speakerId)).toContain("peskov");
  });

  it("a question that stands alone ignores the context", () => {
    const [, alone] = chat(["who is erdogan", "what does the foreign ministry want"]);
    const reply = answerOf(only(alone!.replies));
    expect(reply.understood).toBeNull();
    expect(reply.answer.entry?.id).toBe("foreign-ministry-position");
  });

  it("forgets the context after 15 minutes idle: 'why?' then asks for a whole question", () => {
    const first = dialogue.respond("is russia neutral", { lang: "en", context: null, now: 0 });
    const later = dialogue.respond("why?", { lang: "en", context: first.context, now: 16 * MINUTE });
    expect(only(later.replies).kind).toBe("no-context");
    const soon = dialogue.respond("why?", { lang: "en", context: first.context, now: 14 * MINUTE });
    expect(only(soon.replies).kind).toBe("answer");
  });

  it("'why?' with no context at all asks for a whole question, with the story's point as buttons", () => {
    const reply = only(chat(["why?"])[0]!.replies);
    expect(reply.kind).toBe("no-context");
    if (reply.kind === "no-context")
      expect(reply.suggestions.map((s) => s.entryId)).toEqual([
        "putin-blames-us",
        "ceasefire-call",
        "russia-position",
      ]);
  });
});

describe("yes/no questions", () => {
  const verdictOf = (q: string) => answerOf(only(chat([q])[0]!.replies)).verdict;

  it("answers yes when the article says so", () => {
    expect(verdictOf("does putin call for a ceasefire?")).toBe("yes");
    expect(verdictOf("is the kremlin talking to both sides?")).toBe("yes");
  });

  it("answers no when the article says the opposite", () => {
    expect(verdictOf("did putin praise washington?")).toBe("no");
    expect(verdictOf("did putin mention russia's own role?")).toBe("no");
  });

  it("says the article doesn't say when it does not, also for a speaker the question swaps in", () => {
    expect(verdictOf("did putin condemn hamas?")).toBe("not-said");
    // A charge asked of a voice the article names but never quotes on it: doesn't say (Putin's passage as evidence).
    expect(verdictOf("did peskov criticize the US?")).toBe("not-said");
    expect(verdictOf("is russia neutral?")).toBe("not-said");
  });

  it("gives no verdict to a question that is not yes/no", () => {
    expect(verdictOf("who did putin call?")).toBeNull();
    expect(verdictOf("is russia neutral or not")).toBe("not-said");
  });
});

describe("two questions in one message", () => {
  it("answers both halves, the second read against the first", () => {
    const [turn] = chat(["who did Putin call and what did he want?"]);
    expect(turn!.replies).toHaveLength(2);
    const [one, two] = turn!.replies.map(answerOf);
    expect(one!.answer.entry?.id).toBe("putin-erdogan-call");
    expect(two!.understood).toBe("what did Putin want");
    expect(two!.answer.entry?.id).toBe("what-putin-wants");
  });

  it("keeps 'what did Peskov and the Foreign Ministry each say' as one question", () => {
    const [turn] = chat(["what did Peskov and the Foreign Ministry each say"]);
    expect(turn!.replies).toHaveLength(1);
  });
});

describe("small talk and slips", () => {
  it.each([
    ["hello", "greeting"],
    ["thanks!", "thanks"],
    ["who are you", "identity"],
    ["what can you do?", "abilities"],
    ["you are useless", "insult"],
    ["привет", "greeting"],
    ["спасибо", "thanks"],
  ])("%s -> %s, with the story's point as buttons", (text, talk) => {
    const reply = only(chat([text])[0]!.replies);
    expect(reply).toMatchObject({ kind: "small-talk", talk });
    if (reply.kind === "small-talk") expect(reply.suggestions).toHaveLength(3);
  });

  it("leaves a question with a rude word in it to the engine", () => {
    expect(only(chat(["is putin an idiot"])[0]!.replies).kind).toBe("answer");
  });

  it("a number with no such button says so and keeps the context", () => {
    const [, seven, why] = chat(["is russia neutral", "7", "why?"]);
    expect(only(seven!.replies)).toMatchObject({ kind: "no-such-button", number: 7, buttons: 3 });
    expect(answerOf(only(why!.replies)).followUp).toBe("why");
  });
});

describe("no dead ends", () => {
  it("reads digits in words as letters: 'pesk0v kremln role' is answered", () => {
    expect(answerOf(only(chat(["pesk0v kremln role"])[0]!.replies)).answer.answered).toBe(true);
  });

  it("offers 'did you mean…?' for a near miss whose slips the engine refused", () => {
    const reply = answerOf(only(chat(["wat is the kremelns roel"])[0]!.replies));
    expect(reply.answer.reason).toBe("ambiguous");
    expect(reply.answer.suggestions.length).toBeGreaterThan(0);
    // One slip before the possessive s is now corrected (lexicon-typos.ts slipBeforeS): answered outright.
    expect(answerOf(only(chat(["wat is the kremlns roel"])[0]!.replies)).answer.answered).toBe(true);
  });

  it("reads past chat words: 'yo whats russia's deal here lol'", () => {
    expect(answerOf(only(chat(["yo whats russia's deal here lol"])[0]!.replies)).answer.answered).toBe(true);
  });

  it("still refuses a question about someone the article does not mention", () => {
    const reply = answerOf(only(chat(["what did biden say about putin"])[0]!.replies));
    expect(reply.answer.reason).toBe("out-of-scope");
    expect(reply.rescued).toBe(false);
  });

  it("refuses what the article does not cover, suggesting the story's point", () => {
    const reply = answerOf(only(chat(["how do i bake bread"])[0]!.replies));
    expect(reply.answer.reason).toBe("out-of-scope");
    expect(reply.answer.suggestions.map((s) => s.entryId)).toEqual([
      "putin-blames-us",
      "ceasefire-call",
      "russia-position",
    ]);
  });
});

describe("own dialogues (regression)", () => {
  const all = readDialogues(resolve(import.meta.dirname, "../questions/dialogues-own.jsonl"));

  it("English: >= 95% of follow-up turns answered in context, every quote verbatim", () => {
    const v = judgeDialogues(
      all.filter((d) => d.lang === "en"),
      dialogue,
      kb.article.text,
    );
    const report = `${describeDialogueVerdict(v)}\n${v.turns
      .filter((t) => !t.ok)
      .map((t) => `${t.dialogue}#${t.turn} ${t.q} | ${t.detail}`)
      .join("\n")}`;
    expect(v.inContext.passed / v.inContext.total, report).toBeGreaterThanOrEqual(0.95);
    expect(v.badQuotes, report).toBe(0);
  });

  it("blind dialogues, English: >= 95% of follow-up turns in context (first run 72.7%, see docs/measurements.md)", () => {
    const blind = readDialogues(resolve(import.meta.dirname, "../questions/dialogues-blind.jsonl"));
    const v = judgeDialogues(
      blind.filter((d) => d.lang === "en"),
      dialogue,
      kb.article.text,
    );
    expect(v.inContext.passed / v.inContext.total, describeDialogueVerdict(v)).toBeGreaterThanOrEqual(0.95);
    expect(v.badQuotes).toBe(0);
  });

  it("blind5 through the dialogue layer: answered >= 95% (verdicts counted), refused >= 97%", () => {
    const v = judgeDialogues(
      readDialogues(resolve(import.meta.dirname, "../questions/blind5.jsonl")),
      dialogue,
      kb.article.text,
    );
    const { answer, refuse } = v.byExpect;
    expect(answer.passed / answer.total, describeDialogueVerdict(v)).toBeGreaterThanOrEqual(0.95);
    expect(refuse.passed / refuse.total, describeDialogueVerdict(v)).toBeGreaterThanOrEqual(0.97);
  });

  it.each([
    ["dialogues2.jsonl", 0.8, "second blind dialogues, held back until the end (first run 68.9%)"],
    [
      "dialogues3.jsonl",
      0.89,
      "third blind dialogues, run once after all merges (first run 79.7%; 89.9% after dialog20)",
    ],
    [
      "dialogues4.jsonl",
      0.9,
      "fourth blind dialogues, run once after the third session's merges (first run 67.1%; 82.2% after dialog3, 87.7% after dialog23, 90.4% after dialog24)",
    ],
    [
      "dialogues5.jsonl",
      0.95,
      "fifth blind dialogues, run once on 9a67111 (first run 77.0%; 90.5% after dialog4, 95.9% after dialog5)",
    ],
    [
      "dialogues6.jsonl",
      1,
      "sixth blind dialogues, run once on 5fd7d24 in the fifth session (first run 92.6%; 100% after dialog6)",
    ],
    [
      "dialogues7.jsonl",
      0.92,
      "seventh blind dialogues (second wave), run once on 2b61a8b at the end of the fifth session (first run 78.6%; 80.0% after dialog7, 82.9% after dialog8, 88.6% after dialog11, 92.9% after dialog33)",
    ],
    [
      "dialogues8.jsonl",
      0.93,
      "eighth blind dialogues (first wave), run once on 31fe30a in the sixth session (first run 87.9%; 93.9% after dialog9)",
    ],
    [
      "dialogues9.jsonl",
      0.71,
      "ninth blind dialogues (second wave), run once on dbf76cf at the end of the sixth session (first run 68.9%; 71.6% after dialog11)",
    ],
    [
      "dialogues10.jsonl",
      0.92,
      "tenth blind dialogues (first wave), run once on 818fa41 in the seventh session (first run 78.9%; 87.7% after dialog12, 93.0% after dialog13)",
    ],
    [
      "dialogues11.jsonl",
      0.83,
      "eleventh blind dialogues (second wave), run once on 0777326 at the end of the seventh session (first run 75.5%; 79.2% after dialog17, 81.1% after dialog19, 83.0% after dialog22)",
    ],
    [
      "dialogues13.jsonl",
      0.76,
      "thirteenth blind dialogues (second wave, the widest spread of voices), run once on 4b7b055 at the end of the eighth session (first run 45.3%; 64.1% after dialog16, 67.2% after dialog17, 70.3% after dialog19, 71.9% after dialog26, 73.4% after quality-ru23, 75.0% after dialog29, 76.6% after quality-ru25)",
    ],
    [
      "dialogues12.jsonl",
      0.93,
      "twelfth blind dialogues (first wave), run once on 6bd54d7 in the eighth session (first run 84.1%; 93.7% after dialog34)",
    ],
    [
      "dialogues14.jsonl",
      0.9,
      "fourteenth blind dialogues (first wave), run once on 601f543 in the ninth session (first run 83.8%; 88.8% after dialog17, 90.0% after dialog29)",
    ],
    [
      "dialogues21.jsonl",
      0.83,
      "twenty-first blind dialogues (fourth wave), run once on 42a2a9a at the end of the twelfth session (first run 73.8%; 78.7% after dialog26, and after dialog27; 83.6% with both)",
    ],
    [
      "dialogues22.jsonl",
      0.94,
      "twenty-second blind dialogues (the thirteenth session's wave E), run once on 7510fb1 before its changes (first run 83.3%; 93.1% after dialog26/27/28, dialog28 having read it; 94.4% after dialog32)",
    ],
    [
      "dialogues23.jsonl",
      0.9,
      "twenty-third blind dialogues (wave F), run once on b0b16d6 at the end of the thirteenth session (first run 81.9%; 88.9% after dialog29, which read it; 90.3% after dialog-r3-28)",
    ],
    [
      "dialogues24.jsonl",
      1,
      "twenty-fourth blind dialogues (the fourteenth session's wave G), run once on 897d6a6 before its changes (first run 91.5%; 100% after dialog29, which read it)",
    ],
    [
      "dialogues25.jsonl",
      0.97,
      "twenty-fifth blind dialogues (wave H), run once on b4ee2c2 after the session's first round (first run 84.1%; 92.7% after dialog30, 97.6% after dialog31, both read it)",
    ],
    [
      "dialogues26.jsonl",
      0.96,
      "twenty-sixth blind dialogues (the fifteenth session's wave I), run once on deb1f3c before its changes (first run 94.0%; 96.4% after dialog31, which read it)",
    ],
    [
      "dialogues27.jsonl",
      0.9,
      "twenty-seventh blind dialogues (wave J), run once on a055314 after the session's lanes (first run 82.7%; 85.2% after dialog32, 86.4% after dialog33, 90.1% after dialog35)",
    ],
    [
      "dialogues28.jsonl",
      0.98,
      "twenty-eighth blind dialogues (the sixteenth session's wave K), run once on 91e8510 before its changes (first run 84.8%; 98.7% after dialog32, which read it)",
    ],
    [
      "dialogues29.jsonl",
      0.91,
      "twenty-ninth blind dialogues (wave L), run once on 759af10 after the session's lanes (first run 80.0%; 90.0% after dialog33, 91.3% after dialog35, both read it)",
    ],
    [
      "dialogues30.jsonl",
      0.96,
      "thirtieth blind dialogues (the seventeenth session's wave M), run once on 48a9da4 before its changes (first run 88.8%; 96.3% after dialog34, which read it)",
    ],
    [
      "dialogues31.jsonl",
      0.92,
      "thirty-first blind dialogues (wave N), run once on 4a84f51 after the session's round 1 (first run 81.5%; 92.6% after dialog36 and dialog37, which read it)",
    ],
    [
      "dialogues32.jsonl",
      0.89,
      "thirty-second blind dialogues (the eighteenth session's wave O), run once on 42cd030 before its changes (first run 89.6%; unchanged after round 1)",
    ],
    [
      "dialogues33.jsonl",
      0.87,
      "thirty-third blind dialogues (wave P), run once on 505fed2 after the session's round 1 (first run 87.3%)",
    ],
    [
      "dialogues34.jsonl",
      0.81,
      "thirty-fourth blind dialogues (the nineteenth session's wave Q), run once on 8c7ee6d before its changes (first run 81.5%)",
    ],
    [
      "dialogues35.jsonl",
      0.89,
      "thirty-fifth blind dialogues (wave R), run once on 133785a after the session's round 1 (first run 89.2%)",
    ],
    [
      "dialogues36.jsonl",
      0.8,
      "fresh blind dialogues (the twentieth session's wave S), run once on 0e1d940 (first run 80.5%)",
    ],
    [
      "dialogues37.jsonl",
      0.84,
      "fresh blind dialogues (the twentieth session's wave T), run once on 95dc783 (first run 84.2%)",
    ],
    [
      "dialogues39.jsonl",
      0.8,
      "fresh blind dialogues (the twenty-first session's wave V), run once on 7deeb29 (first run 80.3%)",
    ],
    [
      "dialogues38.jsonl",
      0.8,
      "fresh blind dialogues (the twenty-first session's wave U), run once on e9b42dc (first run 80.8%)",
    ],
    [
      "dialogues41.jsonl",
      0.72,
      "fresh blind dialogues (the twenty-second session's wave X), run once on 9b3e25b after round 1 merged; read by no lane (first run 72.3%)",
    ],
    [
      "dialogues40.jsonl",
      0.82,
      "fresh blind dialogues (the twenty-second session's wave W), run once on 7be17ce before any lane (first run 82.8%)",
    ],
    [
      "dialogues42.jsonl",
      0.78,
      "fresh blind dialogues (the twenty-third session's wave Y), run once on 8328cc7 (first run 78.5%)",
    ],
    [
      "dialogues43.jsonl",
      0.95,
      "fresh blind dialogues (the twenty-third session's wave Z), run once on 089a502 (first run 84.1%; 95.2% after dialog-r2-31)",
    ],
    [
      "dialogues44.jsonl",
      0.81,
      "fresh blind dialogues (the twenty-fourth session's wave AA), run once on bb6a46a (first run 81.0%)",
    ],
    [
      "dialogues45.jsonl",
      0.85,
      "fresh blind dialogues (the twenty-fourth session's wave AB), run once on 1b9bc31 (first run 85.7%)",
    ],
    [
      "dialogues46.jsonl",
      0.84,
      "fresh blind dialogues (the twenty-fifth session's wave AC), run once on 9aa63f2 (first run 84.6%)",
    ],
    [
      "dialogues47.jsonl",
      0.93,
      "fresh blind dialogues (the twenty-fifth session's wave AD), run once on cf19955 (first run 93.3%)",
    ],
    [
      "dialogues48.jsonl",
      0.88,
      "fresh blind dialogues (the twenty-sixth session's wave AE), run once on d64aa0e (first run 88.5%)",
    ],
    [
      "dialogues49.jsonl",
      0.92,
      "fresh blind dialogues (the twenty-sixth session's wave AF), run once on 3f29336 (first run 79.6%; 92.6% after dialog-r2-31b)",
    ],
    [
      "dialogues50.jsonl",
      0.95,
      "fresh blind dialogues (the twenty-seventh session's wave AG), run once on 22506eb (first run 95.3%)",
    ],
    [
      "dialogues51.jsonl",
      0.8,
      "fresh blind dialogues (the twenty-seventh session's wave AH), run once on 1dcc872 (first run 80.8%)",
    ],
    [
      "dialogues52.jsonl",
      0.87,
      "fresh blind dialogues (the twenty-eighth session's wave AI), run once on 77bc4c6 (first run 87.1%)",
    ],
    [
      "dialogues53.jsonl",
      0.9,
      "fresh blind dialogues (the twenty-eighth session's wave AJ), run once on 42d93d6 (first run 80.3%, 87.3% after dialog-r2-28, 90.1% after dialog-r3-28)",
    ],
    [
      "dialogues54.jsonl",
      0.95,
      "fresh blind dialogues (the twenty-ninth session's wave AK), run once on 6fd82e7 (first run 86.2%, 89.2% after dialog29, 95.4% with dialog29b merged)",
    ],
    [
      "dialogues55.jsonl",
      0.89,
      "fresh blind dialogues (the twenty-ninth session's wave AL), run once on 7be83a2 (round 1 merged; first run 79.7%, 81.1% after dialog-r2-29, 89.2% with dialog-r2-29b merged)",
    ],
    [
      "dialogues56.jsonl",
      0.84,
      "fresh blind dialogues (the twenty-ninth session's wave AM), run once on db0f6b1 (round 2 merged; first run 78.9%, 84.2% after dialog-r3-29)",
    ],
    [
      "dialogues57.jsonl",
      0.98,
      "fresh blind dialogues (the thirtieth session's wave AN), run once on b061c9d (the session's start; first run 78.3%, 86.7% after dialog30, 85.0% after dialog30b, 95.0% with both merged, 98.3% after dialog-r2-31)",
    ],
    [
      "dialogues58.jsonl",
      0.95,
      "fresh blind dialogues (the thirtieth session's wave AO), run once on 45ee8bb (round 1 merged; read by no lane; first run 95.4%)",
    ],
    [
      "dialogues59.jsonl",
      0.92,
      "fresh blind dialogues (the thirtieth session's wave AP), run once on 0a2757f (round 2 merged; read by no lane; first run 91.3%; 92.8% after dialog-r2-31)",
    ],
    [
      "dialogues60.jsonl",
      0.9,
      "fresh blind dialogues (the thirtieth session's wave AP), run once on 0a2757f (round 2 merged; read by no lane; first run 83.6%; 88.5% after dialog31b, 90.2% after dialog-r2-31b, 91.8% after dialog-r2-31)",
    ],
    [
      "dialogues61.jsonl",
      0.88,
      "fresh blind dialogues (the thirty-first session's wave AQ), run once on d65573f (read by no lane; first run 79.4%; 85.7% after dialog31b, 82.5% after dialog31, 88.9% merged)",
    ],
    [
      "dialogues62.jsonl",
      0.91,
      "fresh blind dialogues (the thirty-first session's wave AR), run once on fb2e7a0 (read by no lane; first run 88.7%; 90.1% after dialog-r2-31b, 91.5% after dialog32b)",
    ],
    [
      "dialogues63.jsonl",
      0.97,
      "fresh blind dialogues (the thirty-first session's wave AR), run once on fb2e7a0 (read by no lane; first run 91.3%; 97.1% after dialog-r2-31b)",
    ],
    [
      "dialogues64.jsonl",
      0.9,
      "fresh blind dialogues (the thirty-first session's wave AS), run once on 0f886e6 (read by no lane; first run 86.7%; 90.0% after dialog32b)",
    ],
    [
      "dialogues65.jsonl",
      0.96,
      "fresh blind dialogues (the thirty-second session's wave AT), run once on ca8c47a (first run 87.9%; 90.9% after dialog32, 97.0% after dialog-r2-32b)",
    ],
    [
      "dialogues66.jsonl",
      1,
      "fresh blind dialogues (the thirty-second session's wave AT), run once on ca8c47a (first run 98.2%; 100% after dialog32)",
    ],
    [
      "dialogues67.jsonl",
      0.91,
      "fresh blind dialogues (the thirty-second session's wave AU), run once on cfeb461 (read by no lane; first run 89.9%; 91.3% after dialog33b)",
    ],
    [
      "dialogues68.jsonl",
      0.91,
      "fresh blind dialogues (the thirty-second session's wave AV), run once on a8b5b52 (read by no lane; first run 81.0%; 84.5% after dialog33, 86.2% after dialog33b, 89.7% both merged, 87.9% with quality33, 91.4% after dialog-r2-33)",
    ],
    [
      "dialogues69.jsonl",
      0.96,
      "fresh blind dialogues (the thirty-third session's wave AW), run once on 4245593 (read by no lane; first run 93.2%; 96.6% after dialog33b)",
    ],
    [
      "dialogues70.jsonl",
      0.95,
      "fresh blind dialogues (the thirty-third session's wave AW), run once on 4245593 (read by no lane; first run 84.4%; 85.9% after dialog33b, 89.1% after dialog33, 90.6% both merged, 95.3% after dialog-r2-33)",
    ],
    [
      "dialogues71.jsonl",
      0.93,
      "fresh blind dialogues (the thirty-third session's wave AX), run once on ee80fba (read by no lane; first run 82.8%; 93.1% after dialog-r2-33b)",
    ],
    [
      "dialogues72.jsonl",
      0.93,
      "fresh blind dialogues (the thirty-third session's wave AY), run once on a34354a (read by no lane; first run 90.5%, 93.7% after dialog34)",
    ],
    [
      "dialogues73.jsonl",
      0.93,
      "fresh blind dialogues (the thirty-fourth session's wave AZ), run once on ff376a2 (read by no lane; first run 90.5%, 93.7% after dialog34b)",
    ],
    [
      "dialogues74.jsonl",
      0.93,
      "fresh blind dialogues (the thirty-fourth session's wave AZ), run once on ff376a2 (read by no lane; first run 80.6%, 88.1% after dialog34b, 94.0% after dialog-r2-34b)",
    ],
    [
      "dialogues75.jsonl",
      0.91,
      "fresh blind dialogues (the thirty-fourth session's wave BA), run once on cfaa031 (read by no lane; first run 91.2%)",
    ],
    [
      "dialogues76.jsonl",
      0.88,
      "fresh blind dialogues (the thirty-fourth session's wave BB), run once on 600281a (read by no lane; first run 82.4%; 88.2% after dialog35b)",
    ],
    [
      "dialogues77.jsonl",
      0.98,
      "fresh blind dialogues (the thirty-fifth session's wave BC), run once on 449419b (read by no lane; first run 94.1%; 95.6% after dialog35b, 98.5% with dialog35 merged)",
    ],
    [
      "dialogues78.jsonl",
      1,
      "fresh blind dialogues (the thirty-fifth session's wave BC), run once on 449419b (read by no lane; first run 94.9%; 96.6% after dialog35b, 100% with dialog35 merged)",
    ],
    [
      "dialogues79.jsonl",
      0.96,
      "fresh blind dialogues (the thirty-fifth session's wave BD), run once on 3dc9d39 (read by no lane; first run 95.2%; 96.8% after dialog-r2-35b)",
    ],
    [
      "dialogues80.jsonl",
      0.85,
      "fresh blind dialogues (the thirty-fifth session's wave BE), run once on 3fe06bf (read by no lane; first run 85.7%)",
    ],
    [
      "dialogues81.jsonl",
      0.98,
      "fresh blind dialogues (the thirty-sixth session's wave BF), run once on dd0eff3b (read by no lane; first run 88.5%; 98.7% after dialog36b)",
    ],
    [
      "dialogues82.jsonl",
      0.95,
      "fresh blind dialogues (the thirty-sixth session's wave BF), run once on dd0eff3b (read by no lane; first run 89.7%; 91.2% after dialog36, 94.1% after dialog36b, 95.6% on round1s36)",
    ],
    [
      "dialogues83.jsonl",
      0.96,
      "fresh blind dialogues (the thirty-sixth session's wave BG), run once on 6b2d40eb (read by no lane; first run 86.4%; 91.5% after dialog-r2-36b, 91.5% after dialog-r2-36, 96.6% on round2s36)",
    ],
    [
      "dialogues84.jsonl",
      0.92,
      "fresh blind dialogues (the thirty-sixth session's wave BH), run once on 1e92b67c (read by no lane; first run 90.8%; 92.3% after dialog-r3-36, which fixed its false No: 'and a ceasfire?' read as not on the list)",
    ],
    [
      "dialogues85.jsonl",
      0.96,
      "fresh blind dialogues (the thirty-seventh session's wave BI), run once on 7cda591a (read by no lane; first run 87.1%; 91.9% after dialog37b, 96.8% after dialog-r2-37b)",
    ],
    [
      "dialogues86.jsonl",
      0.98,
      "fresh blind dialogues (the thirty-seventh session's wave BI), run once on 7cda591a (read by no lane; first run 88.7%; 93.5% after dialog37b, 96.8% on round1s37, 98.4% after dialog-r2-37b)",
    ],
    [
      "dialogues89.jsonl",
      0.96,
      "fresh blind dialogues (the thirty-seventh session's wave BI), run once on 7cda591a (written blind, then a development set read by the lanes; first run 96.8%)",
    ],
    [
      "dialogues90.jsonl",
      0.9,
      "fresh blind dialogues (the thirty-seventh session's wave BI), run once on 7cda591a (written blind, then a development set read by the lanes; first run 87.9%; 90.9% after dialog37b)",
    ],
    [
      "dialogues91.jsonl",
      0.89,
      "fresh blind dialogues (the thirty-seventh session's wave BI), run once on 7cda591a (written blind, then a development set read by the lanes; first run 87.7%; 89.2% after dialog37b)",
    ],
    [
      "dialogues92.jsonl",
      0.93,
      "fresh blind dialogues (the thirty-seventh session's wave BI), run once on 7cda591a (written blind, then a development set read by the lanes; first run 90.6%; 93.8% after dialog-r2-37b)",
    ],
    [
      "dialogues87.jsonl",
      0.94,
      "fresh blind dialogues (the thirty-seventh session's wave BJ), run once on d1a75533 (read by no lane; first run 93.2%; 94.9% after dialog-r2-37b)",
    ],
    [
      "dialogues88.jsonl",
      0.82,
      "fresh blind dialogues (the thirty-seventh session's wave BK), run once on 75805ca6 (read by no lane; first run 80.7%; 82.5% after dialog38)",
    ],
    [
      "dialogues93.jsonl",
      0.95,
      "fresh blind dialogues (the thirty-eighth session's wave BL), run once on 3e41a3a8 (read by no lane; first run 81.0%; 84.1% after dialog38, 92.1% after dialog38b, 93.7% on round1s38, 95.2% after dialog-r2-38b)",
    ],
    [
      "dialogues94.jsonl",
      0.95,
      "fresh blind dialogues (the thirty-eighth session's wave BL), run once on 3e41a3a8 (read by no lane; first run 92.9%; 95.7% after dialog38, 94.3% after dialog38b, 95.7% on round1s38)",
    ],
    [
      "dialogues95.jsonl",
      0.92,
      "fresh blind dialogues (the thirty-eighth session's wave BM), run once on 9ed8d57b (round 1 merged; read by no lane; first run 90.9%; 92.4% after dialog-r2-38b)",
    ],
    [
      "dialogues96.jsonl",
      0.9,
      "fresh blind dialogues (the thirty-eighth session's wave BN), run once on 41b69d05 (rounds 1 and 2 merged; read by no lane; first run 90.8%)",
    ],
    [
      "dialogues101.jsonl",
      1,
      "fresh blind dialogues (the thirty-ninth session's wave BO), run once on c12d0d24 (written blind, then a development set read by the lanes; first run 93.8%; 100% after dialog39)",
    ],
    [
      "dialogues102.jsonl",
      1,
      "fresh blind dialogues (the thirty-ninth session's wave BO), run once on c12d0d24 (written blind, then a development set read by the lanes; first run 89.2%; 100% after dialog39)",
    ],
    [
      "dialogues103.jsonl",
      0.98,
      "fresh blind dialogues (the thirty-ninth session's wave BP), run once on b4caf17f (the session's round merged; read by no lane; first run 98.5%)",
    ],
    [
      "dialogues104.jsonl",
      1,
      "fresh blind dialogues (the fortieth session's wave BQ), run once on f0b7e8dc (first run 93.8%); 100% after dialog40",
    ],
    [
      "dialogues105.jsonl",
      0.87,
      "fresh blind dialogues (the fortieth session's wave BQ), run once on f0b7e8dc (first run 87.7%)",
    ],
    [
      "dialogues106.jsonl",
      0.89,
      "fresh blind dialogues (the fortieth session's wave BR), run once on 0c153aee (the session's round merged; read by no lane; first run 89.2%)",
    ],
    [
      "dialogues107.jsonl",
      1,
      "fresh blind dialogues (the forty-first session's wave BS), run once on 5773ce65 (first run 86.2%); 100% after dialog43",
    ],
    [
      "dialogues108.jsonl",
      1,
      "fresh blind dialogues (the forty-first session's wave BS), run once on 5773ce65 (first run 90.8%; 100% after dialog43b)",
    ],
    [
      "dialogues109.jsonl",
      1,
      "fresh blind dialogues (the forty-first session's wave BT), run once on 8b8e101e (the session's first round merged; read by no lane; first run 92.3%; 100% after dialog45)",
    ],
    [
      "dialogues110.jsonl",
      0.92,
      "a fresh blind dialogue set (the forty-second session's wave BU), first run on e4c1db5f at the session's start: 92.3% in context",
    ],
    [
      "dialogues111.jsonl",
      0.95,
      "a fresh blind dialogue set (the forty-second session's wave BU), first run on e4c1db5f at the session's start: 95.4% in context",
    ],
    [
      "dialogues112.jsonl",
      0.84,
      "a fresh blind dialogue set (the forty-second session's wave BV), first run on round1s42 ac9f00bc after the first round: 84.6% in context",
    ],
    ["dialogues113.jsonl", 0.95, "wave BW's first run on ba598b1a: in context 95.4%"],
    ["dialogues114.jsonl", 0.96, "wave BW's first run on ba598b1a: in context 96.9%"],
    [
      "dialogues115.jsonl",
      0.96,
      "wave BX's first run on round1s43 503faf54: in context 93.8% (96.9% after quality47ru)",
    ],
    ["dialogues117.jsonl", 0.96, "wave BY's first run on e20862a4: in context 96.9%"],
    ["dialogues118.jsonl", 0.92, "wave BZ's first run on round1s44 62d1579b: in context 92.3%"],
    ["dialogues116.jsonl", 0.93, "wave BY's first run on e20862a4: in context 93.8%"],
    ["dialogues120.jsonl", 0.89, "wave CA's first run on 1f66ae0a: in context 89.2%"],
    ["dialogues119.jsonl", 0.96, "wave CA's first run on 1f66ae0a: in context 96.9%"],
    ["dialogues121.jsonl", 0.95, "wave CB's first run on round1s45 40b4454b: in context 95.4%"],
    [
      "dialogues97.jsonl",
      0.94,
      "fresh blind dialogues (the thirty-eighth session's wave BL), run once on 3e41a3a8 (written blind, then a development set read by the lanes; first run 92.6%; 94.1% after dialog-r2-38)",
    ],
    [
      "dialogues98.jsonl",
      0.96,
      "fresh blind dialogues (the thirty-eighth session's wave BL), run once on 3e41a3a8 (written blind, then a development set read by the lanes; first run 90.6%; 96.9% after dialog-r2-38)",
    ],
    [
      "dialogues99.jsonl",
      0.97,
      "fresh blind dialogues (the thirty-eighth session's wave BL), run once on 3e41a3a8 (written blind, then a development set read by the lanes; first run 94.5%)",
    ],
    [
      "dialogues100.jsonl",
      1,
      "fresh blind dialogues (the thirty-eighth session's wave BL), run once on 3e41a3a8 (written blind, then a development set read by the lanes; first run 96.7%; 100% after dialog-r2-38b)",
    ],
    [
      "dialogues20.jsonl",
      0.9,
      "twentieth blind dialogues (third wave), run once on feed9a1 (the judge's (?-i:…) reading added first: d369c65) in the twelfth session (first run 81.0%; 87.3% after dialog25, 88.9% after dialog28, 90.5% after dialog36)",
    ],
    [
      "dialogues19.jsonl",
      0.96,
      "nineteenth blind dialogues (second wave), run once on 1a70333 at the end of the eleventh session (first run 80.3%; 93.4% after dialog22, 96.7% after dialog24)",
    ],
    [
      "dialogues18.jsonl",
      0.88,
      "eighteenth blind dialogues (first wave), run once on a35bcd1 in the eleventh session (first run 83.6%; 85.2% after dialog22, 86.9% after dialog24, 88.5% after dialog32)",
    ],
    [
      "dialogues15.jsonl",
      0.86,
      "fifteenth blind dialogues (second wave, the widest spread of voices), run once on 763a9f1 at the end of the ninth session (first run 72.1%; 79.1% after dialog18, 82.6% after dialog19, 83.7% after dialog21, 86.0% after dialog29)",
    ],
    [
      "dialogues-own16.jsonl",
      0.98,
      "ours, written before dialog20's fixes: who placed the call, calls not reported, a wish in other words (the fighting to stop immediately), 'why?'/'and the Kremlin?'/'а МИД?' follow-ups, small talk between turns (first run 60.0%; 78.0% with five wh-turns' labels corrected; 98.0% after dialog21)",
    ],
    [
      "dialogues-own18.jsonl",
      0.95,
      "ours, written before dialog22's fixes: 'he' after a who-question (the person the answer gave), an office of another country, the article-says frame, mentions and talk of a thing, a status given as former, a party taking part, 'who then?'/'а кого тогда?', 'what did they get wrong?'/'за что именно?' (first run 40.9%; 95.5% after dialog24)",
    ],
    [
      "dialogues-own26.jsonl",
      0.96,
      "ours, written before dialog26's fixes: a party swap and 'back to X —' (the card says what it understood), 'the bit about washington?'/'а кусок про…', 'а о чём говорили?' with the subject dropped, 'he' after a refused question on that person, 'it' for a group after its list (first run 80.0%)",
    ],
    [
      "dialogues-own21.jsonl",
      0.76,
      "ours, written before dialog25's fixes: another party after a party-specific answer ('and with the palestinians?', 'hamas too?', 'а Россия?'), clarifying choices ('which ministry, russian or turkish?'), 'did X himself say that?', 'shorter' (first run 50.0%)",
    ],
    [
      "dialogues-own19.jsonl",
      1,
      "ours, written before dialog23's fixes: 'did he really say that?' / 'is that a direct quote?' / 'это точная цитата?' (the last answer's voice), two questions in one message, small talk mid-chat, 'back to Putin —' / 'вернёмся к Пескову:', 'more' after a summary, a roster, quotes and a doesn't-say, then more again (first run 80.7%; 63.3% once lax patterns were tightened, still before fixes; 100% after dialog24)",
    ],
    [
      "dialogues-own20.jsonl",
      1,
      "ours, written before dialog24's fixes: 'it'/'that' for the last answer's topic (the Quartet, the talks, the Kremlin's aim, the Palestinians' aspiration), 'why?' after a stance with no curated reason, 'back to Putin — why?', 'они до сих пор граждане?', 'а что сказал Песков?' (first run 64.4%; 100% after dialog27)",
    ],
    [
      "dialogues-own34.jsonl",
      0.8,
      "ours, written before dialog34's fixes: 'он' after 'кто это сказал?', what the article says about the US in Russian, what they should have done, 'а египет участвует?', 'both places?' (first run 38.7%)",
    ],
    [
      "dialogues-own33.jsonl",
      1,
      "ours, written before dialog33's fixes: whose words named ('это путин сказал?'), another person after a yes/no of one ('а эрдоган?'), 'both of them?' (first run 31.3%; 100% after dialog35)",
    ],
    [
      "dialogues-own35.jsonl",
      0.76,
      "ours, written before dialog35's fixes: whose words after several voices, plain Quartet membership, 'so the X link is real?', 'what about <voice>?', 'him' for the last person, a bare 'what does it say then' (first run 56.0%, 76.0% after dialog36)",
    ],
    [
      "dialogues-own36.jsonl",
      0.9,
      "ours, written before dialog36's fixes: whose words after the article's own narration, 'and with palestinians?' after Russia's ties, the Quartet's members, call topic, blame (first run 72.7%; 81.8% with o36-01 relabelled No)",
    ],
    [
      "dialogues-own38.jsonl",
      0.8,
      "ours, written before dialog38's fixes: 'said to who?'/'кому он это сказал?', 'why would they bother' after the Kremlin's contacts, the Quartet as a club, what the article covers after a refusal, the failure he means, yes/no questions after a lead ('X - are they…?', '…: is moscow…?', 'yo,'), 'why is that relevant?', 'а что мид россии?' after the conclusion (first run 80.0%; yes/no 37.5% -> 50.0%)",
    ],
    [
      "dialogues-own40.jsonl",
      0.7,
      "ours, written during dialog39 (after its first fixes): the feared spread asked as done ('has that happened by now?', 'уже расползлось?'), 'isnt' without its apostrophe after 'hm,', 'is it true that he backs one', thanks with 'that helped'/'это помогло', contacts with both sides, a call not a meeting, the Kremlin refusing help, direct talks mentioned (first run 64.7%, 70.6% after dialog39)",
    ],
    [
      "dialogues-own41.jsonl",
      0.95,
      "ours, written during dialog41 (after its first fixes, so not blind): the call's words said to another party, what the call was about, 'they' met in person, 'they' after a refused question on Russia, 'а кремль отказался помогать?', a compromise asked as proposed, mentions in looser words (50.0% on main without dialog41's code, 95.5% after dialog41)",
    ],
    // dialog43 relabelled "not-said" -> "no" (a charge of Putin's put on another target, no "too": "does putin blame
    // hamas?", «а израиль он винит?»; the newest blind waves, dialogues35 d35-2/d35-26 and dialogues36, want No):
    // dialogues6 en-24#2, dialogues7 en-17#1, dialogues15 d15-ru-11#3, dialogues19 en-02#1 ru-02#1, dialogues22
    // en-03#1 ru-04#1, dialogues23 ru-02#3, dialogues24 en-13#1 ru-10#1, dialogues26 ru-04#3, dialogues27 ru-02#3,
    // dialogues29 ru-07#2, dialogues30 ru-13#1, dialogues31 ru-12#1, dialogues32 en-12#2, dialogues33 ru-02#3,
    // own9 o9-en-18#2 o9-ru-15#2, own30 own30-en-17#1 own30-ru-06#1, tidy30 t31#1 t33#1, yesno-own yn38; and the
    // call's way asked as a video call (dialogues36 d36-16 wants No): own16 own16-en-04#2 own16-ru-16#2; «а Иран?» after
    // «Путин обвиняет США?» (the charge swapped): own7 ru-14#2. (A charge asked of Peskov, a voice the article names,
    // stays "doesn't say": own33 en-06#2 and yesno-ru-own «Песков критиковал США?» keep their labels.)
    // dialog36 decided the blame convention the other way (docs/conversation.md, session 36: a charge put on a party
    // the article never has him blame is "doesn't say", as "…too?" already was; No only singled out, for everything,
    // or with the evidence's own charge) and relabelled "no" -> "not-said": own30 own30-en-17#1 own30-ru-06#1; own43
    // o43-en-01#2 o43-en-02#2 o43-ru-01#2; own46 o46-en-03#1 o46-en-04#1 o46-ru-02#1; own54 o54-19#2 o54-23#2; own56
    // own56-09#1; own57 own57-11#1; own77 o77-03#1; own9 o9-en-18#2 o9-ru-15#2; dialogues15 d15-ru-11#3; dialogues19
    // en-02#1 ru-02#1; dialogues22 en-03#1 ru-04#1; dialogues23 ru-02#3; dialogues24 en-13#1 ru-10#1; dialogues26
    // ru-04#3; dialogues27 ru-02#3; dialogues29 ru-07#2; dialogues30 ru-13#1; dialogues31 ru-12#1; dialogues32 en-12#2;
    // dialogues33 ru-02#3; dialogues35 d35-2#1 d35-26#1; dialogues36 d36-26#3 d36-3#3; dialogues37 d37-2#1 d37-26#1;
    // dialogues39 d39-12#1 d39-34#1; dialogues40 d40-21#1 d40-27#1; dialogues41 d41-11#2; dialogues44 d44-15#1
    // d44-35#1; dialogues46 d46-17#1; dialogues47 d47-26#1 d47-39#1; dialogues49 d49-32#1; dialogues51 d51-15#1
    // d51-38#1; dialogues52 d52-22#1; dialogues53 d53-27#3; dialogues56 d56-24#1; dialogues58 d58-37#1; dialogues6
    // en-24#2; dialogues7 en-17#1; dialogues72 d72-03#1 d72-26#1 (57 turns); and yesno-own yn38.
    // dialog-r2-36 relabelled the same way: dialogues83 d83-25#3 «он винит Израиль?» (written No; plain, not singled out).
    [
      "dialogues-own43.jsonl",
      1,
      "ours, written before dialog43's fixes: a charge put on another target after whom Putin blames, a voice the article never names for the last answer's words ('wasn't it X who said that?', «разве это не X сказала?», another ministry), the call's party and way (video), 'which side? only in X?', another party's policy failing, 'noun of what exactly', one more target ('too') (first run 38.5% on round2s20, 100% after dialog43)",
    ],
    [
      "dialogues-own44.jsonl",
      1,
      "ours, dialog44 (written after a first look at wave U's kinds, own wording): who's that again, 'who with then?' after another party, the last answer's words said to another party, 'only' one side, a hearsay claim that Putin wants the war to go on, 'discus', an off-story topic mid-chat, «благодаря чему?» (33.3% in context on e9b42dc, 100% after dialog44)",
    ],
    [
      "dialogues-own45.jsonl",
      1,
      "ours, dialog45 (own wording, after wave V's kinds): '…, remind me' / '… again', where a person is from after a No on the call's party, «куда?», 'what did X add?', 'was that <surname>?', 'is this about <other topic>?' (first run: docs/measurements.md)",
    ],
    [
      "dialogues-own46.jsonl",
      0.78,
      "ours, dialog46 (own wording, after wave W's kinds): a call of Putin's asked of another voice, a party's name mistyped, the call's matter talked over with another party, 'X, not Y?' / 'wasn't it Y?' / «точно не Y?» (47.4% in context on 7be17ce, 78.9% after dialog46)",
    ],
    [
      "dialogues-own47.jsonl",
      0.89,
      "ours, dialog47 (own wording, after wave X's kinds): a phone call with an unnamed leader, 'was it X who made that call?', a non-member 'too'/'там', 'who else is in it? china?', 'who's the other 2', «и с хамасом тоже?», 'why would israel trust them' (52.6% in context on round1s22, 89.5% after dialog47)",
    ],
    [
      "dialogues-own48.jsonl",
      0.86,
      "ours, dialog48 (own wording, after wave Y's kinds): an English message with 'pro' read as English, a criticism of another target, 'and erdogan?' / «а с эрдоганом?» after a call with an unnamed party, 'X's bit', «вместо этого»/«взамен», 'his only complaint…, or others?', 'does that include…' stated in the last quote, 'mention russia's part in it', 'is that also why…', «про X это тоже его слова?», «в статье говорится что…», «с чего израилю ей верить» (50.0% in context on 8328cc7, 86.4% after dialog48)",
    ],
    [
      "dialogues-own50.jsonl",
      0.85,
      "ours, dialog50 (own wording, after wave AA's kinds): 'did he tell that to X?' after the caller's words, 'is he at least worried?', a wrong caller of the reported call ('did the foreign ministry call erdogan?', «песков звонил эрдогану?»), «а X он это говорил?», 'right, but …'/'ok then.' leads, 'is the article about syria?' answered with the summary (60.0% in context on a34d956, 85.0% after dialog50)",
    ],
    [
      "dialogues-own51.jsonl",
      0.81,
      "ours, dialog51 (own wording, after wave AB's kinds): 'an independent one?'/«а за независимое?», 'both sides or just X?', the remedy asked passively and in Russian, «и X тоже?» after Putin's wants, Putin offering Russia as mediator (No), 'did X come up in that conversation?', 'what about hamas?' after the Kremlin's contacts, «а статья вообще про сирию?» mid-dialogue (37.5% in context on e65b18c, 81.3% after dialog51)",
    ],
    [
      "dialogues-own52.jsonl",
      1,
      "ours, dialog52 (own wording, after wave AC's kinds): the call convention (a bare call or talk doesn't say, the call presupposed or by its matter No), 'did he say that in a call with X?', «он это X'у говорил?», 'did he say how exactly…?', «каким образом…?», a meeting agreed (doesn't say) (70.8% in context on 9aa63f2, 100% after dialog52)",
    ],
    [
      "dialogues-own54.jsonl",
      0.96,
      "ours, dialog26 of session 26 (own wording, after wave AE's kinds): requests put to the bot ('can you recommend…', «посоветуй»), 'X too / also?' after a blame, Russia's participation in everyday words, 'so what's it about then' / «о чём говорили то», 'did he mention X too?', 'like to X?' after the feared spread (72.4% in context on d64aa0e, 96.6% after)",
    ],
    [
      "dialogues-own55.jsonl",
      0.82,
      "ours, dialog-r2-26 of session 26 (own wording, after wave AF's kinds): a mention with 'вообще'/'at all' after the thing, a wish asked ('does putin want…', 'in favour of peace talks'), 'he' with a country after an answer on two people, 'speaking for the kremlin' / «от имени кремля», 'on both sides?' (58.8% in context on 30d2faa, 82.4% after)",
    ],
    [
      "dialogues-own56.jsonl",
      0.66,
      "ours, dialog27 of session 27 (own wording, after wave AG's kinds): a doer swapped into a push or a demand ('am I right that X was the one…'), a claim with an article tag ('does the piece back that up?', «в статье правда так написано?»), 'the kremlin's man', the piece's point asked at length, 'does it say who's to blame?' after an institution, an admission of an unquoted party, «в чём конкретно?» after a charge, a voice on the last topic, a meeting with an unnamed leader (58.3% in context on 87001a6, 66.7% after)",
    ],
    [
      "dialogues-own57.jsonl",
      0.62,
      "ours, dialog-r2-27 of session 27 (own wording, after wave AH's kinds): a party 'involved in this', its leader after it, a first name, civilians on the other side too, the Kremlin's readiness, a stance on a bare 'it', the article's view at its close and which side is right, RU direct dialogue, a request or support of Erdogan, Quartet members (50.0% in context on 74e5bec, 62.5% after)",
    ],
    [
      "dialogues-own58.jsonl",
      0.94,
      "ours, dialog28 of session 28 (own wording, after wave AI's kinds): 'is that true, <claim restated>', a sigh before the question after a refusal, a meeting in person after another entry quoting the call, a self-image in sales words, 'did X say that too', an act never named asked as called for, a RU elliptic act after a yes/no (58.8% in context on 5f2c936, 94.1% after)",
    ],
    [
      "dialogues-own60.jsonl",
      0.52,
      "ours, dialog29 of session 29 (own wording, after wave AK's kinds): 'X as well or just Y' / «только Y или X тоже», blame of a party the article is silent on, long rambles ending in a yes/no, 'is X even part of that', tags (', correct?', «, верно?»), force against a ceasefire, 'did he bring up X as well', «…или как?», '…about ukraine? erdogan?' (35.3% in context on 1f187ff, 52.9% after)",
    ],
    [
      "dialogues-own62.jsonl",
      0.69,
      "ours, dialog-r2-29 of session 29 (own wording, after wave AL's verdict kinds): escalation asked in other words, Erdogan as Turkey's leader, the Quartet's purpose, a state of their own, 'Washington to blame' / «виноваты американцы», what Russia did for peace, a reason never given, the MFA's direct talks, a paraphrased tag, a ramble ending in a yes/no (61.5% in context on aa7075c, 69.2% after)",
    ],
    [
      "dialogues-own61.jsonl",
      0.66,
      "ours, dialog29b of session 29 (own wording, after wave AK's reading kinds): 'only the president's view or the leadership's?', 'who else … on the same page?', a scoff after the question ('… ? come on', «… ? ну-ну»), a keyword query of the Foreign Ministry, a guessed name after 'who said it', the call's topic after another question (33.3% in context on 1f187ff, 66.7% after)",
    ],
    [
      "dialogues-own65.jsonl",
      0.92,
      "ours, dialog30 of session 30 (own wording, after wave AN's verdict kinds): a role in the article's words ('the leader of turkey, yeah?', «пресс-секретарь путина»), everyday words for civilians, truth tags without punctuation, 'does everyone accept russia as an honest broker?', force against the ceasefire (EN/RU), a bare call with Netanyahu (the call convention: not said), a ramble ending in a yes/no, «тянули одеяло на себя», «во всём виноват вашингтон?» (38.5% in context on 0102cec, 92.3% after)",
    ],
    [
      "dialogues-own68.jsonl",
      0.87,
      "ours, dialog-r2-30b of session 30 (own wording, after wave AO's kinds): yes/no questions with slips in the subject, verb or object (EN/RU), a party 'being blamed' / «возлагают вину» for the flare-up, a body's role in the Quartet, 'in that group as well?', the Kremlin's pitch as a go-between and its record, Hamas as terrorists in the Kremlin's view (87.5% in context on ea2b0b1, 87.5% after)",
    ],
    [
      "dialogues-own73.jsonl",
      0.66,
      "ours, dialog32 of session 32 (own wording, after wave AT's verdict misses): Moscow's mediator image, the MFA's direct dialogue (EN/RU), blame for the war (EN/RU), the call's partner after a hold-on (EN/RU), a party quoted or not, figures, a claim then 'is that what putin claims', a statement asked back, the article's topic (EN/RU) (44.4% in context on base32, 66.7% after)",
    ],
    [
      "dialogues-own74.jsonl",
      0.95,
      "ours, dialog32b of session 32 (own wording, follow-ups read in context): 'them' after a person's words on a party, 'who failed to deliver that' / «кто им этого не дал», failure in chat words ('blew it', 'screwed up', «всё провалили»), 'in putin's eyes', the call's way with one party named and the other a pronoun, 'X says its ready', a bare 'whats russias take' (63.6% in context on base32 fa0c1db, 86.4% after, 100% after dialog-r2-32b)",
    ],
    [
      "dialogues-own85.jsonl",
      0.57,
      "ours, dialog35 of session 35 (own wording, yes/no verdicts): the violence linked to a failure ('so he puts the spike in bloodshed down to that?', «и он с этим связывает…»), a thing the article says in near words, an involvement asked 'before', «разве не» frames, a speaker's presence, a list member, Putin silent on Russia's role, staying out, a stance against the voice's own wish, an either-or of timing (42.9% in context on base35 38754847, 57.1% after: its context kinds are dialog35b's)",
    ],
    [
      "dialogues-own81.jsonl",
      0.76,
      "ours, dialog34 of session 34 (own wording, yes/no verdicts): a stance of a party no voice speaks for (RU), ties and contact with both warring sides named one by one, a fronted «с хамасом», the call's matter «они обсуждали…» / 'did they discuss…', the conclusion's remedy, the MFA's direct dialogue, «хотя бы», blame of Israel/Hamas, Peskov and Hamas, the Quartet still at work, a call with Netanyahu, the borders, a count asked of the article (76.9% in context on base34 76800f5, 76.9% after: the context kinds in it are dialog34b's)",
    ],
    [
      "dialogues-own80.jsonl",
      0.9,
      "ours, dialog-r2-33b of session 33 (own wording, follow-ups read in context): a forecast of the spread on the fear that it may (EN/RU), a party asked of a list with a bare 'too' (EN/RU), a restriction to a place the evidence names beside another, 'the other guy' / «а тот» after the call, 'is he the president of turkey', 'why is that important', a topic switch after a refusal, what Putin told Erdogan about the fighting (EN/RU) (72.7% in context on round1s33 44d756f, 90.9% after)",
    ],
    [
      "dialogues-own83.jsonl",
      0.88,
      "ours, dialog-r2-34 of session 34 (own wording, yes/no verdicts): a group's membership asked of a country named by reference ('that country', 'his country', «эта страна») after the call or Erdogan, a named party with two words after it ('in it as well'), care asked in everyday words («не всё равно», «жалко», 'care about'), the truce and then the talks (EN/RU), ties with Israel, the reported call asked with Netanyahu (definite, RU genitive caller) and the bare call (60.0% in context on round1s34 afbc754, 90.0% after)",
    ],
    [
      "dialogues-own82.jsonl",
      0.96,
      "ours, dialog34b of session 34 (own wording, follow-ups read in context): «почему»/«за что»/'how come' after the blame, the call's content with «-то», the story's main figure (RU/EN), a voice asked on the last topic («а путин что по этому поводу», «а путин-то что»), the Quartet's purpose, a country's officeholder or facts asked mid-chat (refused, EN/RU), which country 'he' runs or governs after the call, what the US got wrong in his view (72.0% in context on base34 76800f5, 96.0% after)",
    ],
    [
      "dialogues-own84.jsonl",
      0.86,
      "ours, dialog-r2-34b of session 34 (own wording, follow-ups read in context): what Russia proposes to stop the violence (EN/RU), «он» after a card on the Quartet, what the US got wrong in his view with no 'there', Israeli civilians then Gaza's, 'does it also have links with…', what Peskov said about Hamas or Israel (EN/RU), what Putin wants from Israel and Hamas (EN/RU) (60.0% in context on round1s34 afbc754, 86.7% after)",
    ],
    [
      "dialogues-own87.jsonl",
      0.5,
      "ours, dialog-r2-35 of session 35 (own wording): the practice Putin faults asked back as approved or prescribed (EN/RU, follow-ups on his view of Washington) (16.7% (1/6) in context on round1s35 3854a879, 50.0% after)",
    ],
    [
      "dialogues-own86.jsonl",
      0.94,
      "ours, dialog35b of session 35 (own wording, follow-ups read in context): the rest of a list after a member was asked of it (EN/RU), 'is the EU one too?', the absence of the state just asked blamed with a pronoun (EN/RU), a named person's private life or travels mid-chat (refused, EN/RU), the people of a place on the civilians' topic (55.6% in context on base35 3875484, 94.4% after)",
    ],
    [
      "dialogues-own93.jsonl",
      0.58,
      "ours, dialog-r2-36 of session 36 (own wording, yes/no verdicts): the blame cleft ('so it's hamas he is blaming?'), a voice quoted 'as well', the EU in the Quartet, the Foreign Ministry's proposal (RU), when the conflict ends (RU), «…? да или нет», 'the sole reason?', the feared spill-over, Moscow's own Palestinian links, contacts with both sides, a negative tag (the fact owed), the compromises as prescribed (RU), Putin approving US policy (RU), the Americans' disagreement (RU), contact with the Israeli side too (RU) (33.3% (4/12) in context on round1s36 f86ee7e1, 58.3% after)",
    ],
    [
      "dialogues-own89.jsonl",
      0.84,
      "ours, dialog36 of session 36 (own wording, yes/no verdicts): fault framed as his message, ties with the Palestinians 'as well', the feared widening, the Palestinian state after Russia's role (RU), blame of an unnamed party (EN/RU; the decided convention, three turns written No relabelled doesn't say), self-defence, the compromises as his remedy, the call's talks restarted, a negative tag, another voice (RU), the US's stance (RU), 'nothing else behind it?' (76.9% in context on base36 8195be3b as written, 69.2% with the three relabelled, 84.6% after)",
    ],
    [
      "dialogues-own88.jsonl",
      1,
      "ours, dialog-r2-35b of session 35 (own wording, follow-ups read in context): a wrong-doing asked 'about that' / «в этом» after the Palestinian state (EN/RU), a 'favour' stance off the topic, a Russian swap of the object after «за» («а за население сектора газа?»), the Quartet «придумали» / 'dreamed up', «а вместе с кем?» after a membership (50.0% in context on round1s35 3854a87, 100% after)",
    ],
    [
      "dialogues-own91.jsonl",
      0.69,
      "ours, tidy36 of session 36 (own wording): 'just' as the adjective (a just settlement, just and lasting) and as 'only' (just the US, just Hamas, just the Gaza Strip), «лишь», «только», «справедливое урегулирование» after a blame, a list or the close (61.5% (8/13) in context on base36 8195be3b, 69.2% after; o91-03#2 and o91-12#2, a blame of Israel, relabelled No → not-said at the round-1 merge by dialog36's blame convention, their first label)",
    ],
    [
      "dialogues-own92.jsonl",
      1,
      "ours, tidy36 of session 36 (own wording): a call asked of the article itself (an immediate ceasefire, resumed negotiations, direct dialogue, compromises, a Palestinian state: a speaker's; inclusive approaches, a lasting resolution: its own) (100% (3/3) in context on base36 8195be3b, 100% after)",
    ],
    [
      "dialogues-own98.jsonl",
      0.75,
      "ours, dialog-r2-37 of session 37 (own wording): an off-topic name beside a member word (beyonce in the un, messi in europe, «бейонсе входит в оон?»), the call's party asked by 'it' ('hold on, was it macron?'), turning words (alone, give up), negative tags, «эрдоган это президент турции, да?» (50.0% (2/4) in context on round1s37 2670af5d, 75.0% after)",
    ],
    [
      "dialogues-own96.jsonl",
      0.4,
      "ours, dialog37 of session 37 (own wording): a card's point asked yes/no in other words (a bond with Israel, keen to help resolve, the spike in bloodshed from that failure, talks to start again), EN and RU (40.0% (2/5) in context on base37 c6efbe90, 60.0% after)",
    ],
    [
      "dialogues-own95.jsonl",
      0.54,
      "ours, dialog-r3-36 of session 36 (own wording): list members and peace-process words typed with slips (ceasfrie, negotations, перимирие, переговры), Russia's role disputed, Putin's silence on Russia's part in the Quartet (36.4% (4/11) in context on round2s36 1e92b67c, 54.5% after)",
    ],
    [
      "dialogues-own97.jsonl",
      1,
      "ours, dialog37b of session 37 (own wording, follow-ups read in context): the occasion of the last answer's words (a speech, an interview), examples of its point (such as?, «например какие», which palestinians), an either-or on Israel and Gaza, what Putin said after the partner's reply, the warring pair as a topic after a refusal, a party's feeling about the last fact, so or only claimed (EN/RU) (31.3% (5/16) in context on base37 c6efbe90, 100% after)",
    ],
    [
      "dialogues-own100.jsonl",
      0.88,
      "ours, dialog38 of session 38 (own wording, yes/no verdicts): a party of the fighting asked as a party, Russian blame in free word order, Putin's own side blamed, forecast vs fear of the spread, giving up mediation, identity asked back with a tag, whether a voice spoke (EN/RU) (44.4% (4/9) in context on base38 2c4ca576, 88.9% after)",
    ],
    [
      "dialogues-own104.jsonl",
      0.96,
      "ours, dialog39 of session 39 (own wording, follow-ups read in context): negated tag questions answered by the positive fact (the UN isnt a member tho, is it; «ЕС ведь не входит в него?»), a party included in the last card's relation (hamas as well?, «в том числе с хамасом?», and iran too? not said), 'in order to reach what?', the pronoun stabilized, the last answer's verb or omission asked, whom it was discussed with, 'hav … w' (EN/RU) (37.0% (10/27) in context on base 9c776dcb, 96.3% after)",
    ],
    [
      "dialogues-own103.jsonl",
      0.82,
      "ours, dialog-r2-38b of session 38 (own wording, follow-ups read in context): a bare role after an answer that pinned a person (turkey's president right?, «это турецкий президент?»), 'it' for the last question's owned thing, a detail or a reason confirmed in other words (a truce right away?), a party included, the Quartet's members (EN/RU) (47.1% (8/17) in context on base-r2-38 1b35d806, 82.4% after)",
    ],
    [
      "dialogues-own106.jsonl",
      1,
      "ours, dialog40 of session 40 (own wording, follow-ups read in context): the said-by check with 'too' (is that the kremlin's position too?, «это тоже позиция кремля?»), Russia's stance on the escalation, a prospect or an outcome the article never gives (peace possible anytime soon?, «а война скоро кончится?», «и удалось?»), a negated member after the Quartet's list (china isn't, is it?, «а ООН же не входит?»), Peskov's role in the Quartet, a thing with 'too' after Putin's wants (EN/RU) (30.8% (8/26) in context on 9df1e01d, 100% after)",
    ],
    [
      "dialogues-own111.jsonl",
      0.92,
      "ours, dialog44 of session 41 (own wording, follow-ups read in context): another voice 'too' after a card of other voices (the kremlin too?, «и МИД тоже?»), a long story's final question, who voiced that, why they bother («зачем москве это?»), direct talks between the sides («а прямые переговоры сторон он поддерживает?») (36.0% (9/25) in context on base 236f6b52, 92.0% after)",
    ],
    [
      "dialogues-own109.jsonl",
      1,
      "ours, dialog43 of session 41 (own wording, follow-ups read in context): figures asked without a determiner (did he cite figures?, «он приводил цифры?»), a concessive adverb (nonetheless, «тем не менее»), whom he was speakin to, an outlook on a prospect (is the writer confident a ceasefire will hold?, «автор надеется, что мир скоро наступит?»), a party 'there too' (is the UN in there too?, «а ЕС там тоже?»), the Kremlin 'too' or 'it' after Peskov's words, who took part in the call («кто в нём участвовал?»), the group after a party's membership (EN/RU) (52.4% (11/21) in context on base 45166ac9, 100% after)",
    ],
    [
      "dialogues-own108.jsonl",
      0.85,
      "ours, dialog41 of session 40 (own wording, follow-ups read in context): who made the call asked after it (did erdogan make the call?, «а звонок сделал путин?»), the ministry's direct dialogue asked as the sides negotiating directly or as direct negotiations favoured, a bare detail of the ceasefire call (an urgent one?, «немедленному?»), the country of the person just answered, who voiced the Kremlin's aim, whether the ministry's call will work (EN/RU) (35.7% (5/14) in context on base 80f20a3a, 71.4% after; 85.7% after dialog43b)",
    ],
    [
      "dialogues-own120.jsonl",
      1,
      "ours, quality47 of session 43 (own wording, follow-ups read in context): a process pointed at by a demonstrative noun after Washington's monopoly (is moscow itself part of those efforts?: Yes, the Quartet; the Kremlin's own: doesn't say), Putin's remedy asked yes/no (did he propose a remedy?, does he offer any solution?, a way out on that call: Yes, his ceasefire call; a two-state solution, Peskov: doesn't say) (EN) (first run 46.2% (6/13) in context, yes/no 40.0% (6/15) on base 65a5a1b2; 100% after)",
    ],
    [
      "dialogues-own121.jsonl",
      1,
      "ours, quality47ru of session 43 (own wording, follow-ups read in context): «ну а про израиль что сказал?» after a question on one voice (what that voice said of it), «и что путин говорит о роли россии в нём?» after the Quartet (his silence) (RU) (50.0% (3/6) in context on base 65a5a1b2, 100% after)",
    ],
    [
      "dialogues-own119.jsonl",
      1,
      "ours, dialog49ru of session 43 (own wording, follow-ups read in context): a particle glued to a party in a list follow-up («а евросоюз разве не входит?», «а сша ведь входят?», «а ЕС вообще входит?»: was a false «Нет»), the ties with Hamas doubted («а с хамасом разве нет?»), «а хамас? с ним тоже?», «он за него?» after a topic (the Palestinian state, the ceasefire, direct dialogue, US policy) (RU) (first run of its 17 dialogues 42.1% (8/19) in context on base b4b963a0; 3 more written after the first fixes, 36.4% (8/22) on base; 100% (22/22) after)",
    ],
    [
      "dialogues-own115.jsonl",
      0.8,
      "ours, dialog47 of session 42 (own wording, follow-ups read in context): a maker guessed for the Quartet (was it set up by the EU?: doesn't say), 'why does that stand out?' after Putin's silence on Russia's role, 'and the US?' after the Palestinian state, 'what part of that policy…' after US policy, the ceasefire's time frame (when should it start? → immediate), 'only' after the casualties, 'it' as the Kremlin on a Palestinian state (EN) (53.3% (8/15) in context on base 9114fda4, 80.0% after)",
    ],
    [
      "dialogues-own114.jsonl",
      1,
      "ours, dialog46b of session 42 (own wording, follow-ups read in context): a feeling asked about what the last answer reports (is he upset about that?, «путина это злит?»: doesn't say), whose 'growing concerns' (who says so, the foreign ministry?: doesn't say), the Kremlin's contact with a side asked without a subject (talks to hamas too, really?, «и с израилем общается?»), other charges asked as a yes/no (does he blame the us for anything else?), the US and a Palestinian state (EN/RU) (34.8% (8/23) in context on base 51b27fd4, 100% after)",
    ],
    [
      "dialogues-own117.jsonl",
      0.93,
      "ours, dialog48 of session 42 (own wording, follow-ups read in context): the Kremlin's stance asked yes/no ('does it back a palestinian state?' after the Kremlin, «кремль за палестинское государство?»: Russia's Yes), 'only in gaza?' / «только в газе?» after a voice's quotes (No), Turkey asked alone as a mediator after the call or the Kremlin (doesn't say) (62.5% (10/16) in context on base a0753e17, 93.8% (15/16) after)",
    ],
    [
      "dialogues-own123.jsonl",
      0.92,
      "ours, dialog51 of session 44 (own wording): who dialled asked as 'place / make the call to X' (doesn't say), Peskov's readiness to help (Yes), what was missing from Washington's efforts, how Moscow backs up its image, 'topic?' / «о чём?» after a question on the call (EN/RU) (61.5% (8/13) in context on base 3dffda4d, 92.3% (12/13) after)",
    ],
    [
      "dialogues-own122.jsonl",
      0.92,
      "ours, dialog50 of session 43 (own wording): a warring side after a casualty count then 'is putin worried about it?', 'and for new talks?' / «а к новым переговорам?» after a call's Yes, a pronoun object of support after a topic turn ('does he support them?', «он их поддерживает?») (56.0% (14/25) in context on base 65a5a1b2, 92.0% (23/25) after)",
    ],
    [
      "dialogues-own129.jsonl",
      1.0,
      "ours, dialog54 of session 45 (own wording, EN/RU): an aim of the card's voice asked by a verb of advocacy ('does it advocate direct negotiations between israel and the palestinians?', 'did he propose a ceasefire?' after Putin's wishes: Yes), 'why not' / «а почему нет?» after a No (the last question's why), whether Peskov said anything about the US with «про США» before the verb («а про америку он что-то сказал?»: не сказано), the Kremlin in the peace process («кремль участвует в мирном процессе?», 'is the kremlin involved in the peace process?': Yes) (72.2% (13/18) in context on base 10b0689d, 100% (18/18) after)",
    ],
    [
      "dialogues-own128.jsonl",
      1.0,
      "ours, dialog53ru of session 45 (own wording): a list's member negated with no verb («а ООН же не в нём?», «китай ведь не среди них, да?»: the positive fact) or asked verb first («а туда тоже входят США?», «а среди них есть евросоюз?»), «а/и это вызывает споры?» after a wh-answer (a clause of its own: Да), a prospect asked with no subject («а закончится ли скоро?», «скоро утихнет?»: doesn't say), Russia's involvement asked by a relation word («значит, москва имеет отношение к урегулированию?»: Да) (52.9% (9/17) in context on base 430da243, 100% (17/17) after)",
    ],
    [
      "dialogues-own126.jsonl",
      0.87,
      "ours, dialog52ru of session 44 (own wording): a conclusion drawn as a check after the ties («значит, и с хамасом?», «получается, с хамасом тоже?»: Да), a restriction after a question word and a dash or colon («где — только в израиле?», 'where: just in gaza?': No), a place swapped into a question the article gives no figure for («сколько жертв в газе?» → «а в израиле?»: the same no-figure card); left open: «и к новым переговорам тоже?», «а туда входят США?» (31.3% (5/16) in context on base 5329c575, 87.5% (14/16) after)",
    ],
    [
      "dialogues-own124.jsonl",
      0.9,
      "ours, dialog51ru of session 44 (own wording): a bare «из-за чего?» / «с чем это связано?» after an answer that gives a reason (the ties with Israel, Putin's blame), an unquoted person's proposal, promise or demand asked yes/no («а эрдоган что-то предлагал?»: doesn't say), the article's closing part asked as «заключительная / завершающая / финальная часть» (40.0% (4/10) in context on base 3dffda4d, 90.0% (9/10) after)",
    ],
    [
      "dialogues-own127.jsonl",
      1.0,
      "ours, dialog53 of session 45 (own wording): the declarative cleft with a tag on who placed the call ('it was putin who phoned, right?', 'erdogan was the one who called, верно?': doesn't say), a stance of a party the article gives none ('is washington against it?', 'does hamas support it?': doesn't say), Putin blaming Russia ('did he blame moscow as well?': No), what a fact is for ('why is that important to the kremlin?': the mediator card), a detail the article lacks ('did he outline concrete borders for it?': doesn't say), 'what about washington, did he criticise it?' (the topic as the object: Yes) 'and talks?' after a wish card ('what is putin after?': Yes) (56.3% (9/16) in context on base 430da243, 100% (16/16) after)",
    ],
    [
      "dialogues-own125.jsonl",
      0.88,
      "ours, dialog52 of session 44 (own wording): a thing put first then a wh-question taking it up ('a truce: who is asking for one?'), 'and the negotiation process?' after a yes/no card that answered a wh-question (Yes), a negated statement with a pronoun object and a positive tag ('putin doesn't mention that, does he?': No), a report tag after the clause ('…, he said?', «…, говорит он?») (44.4% (4/9) in context on base 5329c575, 88.9% (8/9) after)",
    ],
    [
      "dialogues-own118.jsonl",
      0.9,
      "ours, dialog49 of session 43 (own wording, follow-ups read in context): a meeting in person asked of the phone call ('was it an in-person meeting w erdogan', «он виделся с эрдоганом лично?», «путин ездил к эрдогану?»: No), a voice as a tag after a claim ('…, putin says?'), kind words of Putin about the US (No), a typo'd topic's 'it', the group Russia is part of, 'and for X as well?' after a call's Yes (EN/RU) (60.0% (6/10) in context on base b4b963a0, 90.0% (9/10) after)",
    ],
    [
      "dialogues-own116.jsonl",
      0.75,
      "ours, dialog47ru of session 42 (own wording, follow-ups read in context): who placed the call asked by «сам», «первым», «лично», 'himself' after the one phoned (a false Да/Yes), a party the article never quotes agreeing after the call («а эрдоган с ним согласен?», «что,» as a particle), the negotiations after the ceasefire (mixed language too), Turkey as a mediator, the EU and UN blamed, ties with a side (EN/RU) (66.7% (8/12) in context on base 9114fda4, 75.0% (9/12) after)",
    ],
    [
      "dialogues-own113.jsonl",
      0.91,
      "ours, dialog46 of session 42 (own wording, follow-ups read in context): a bare party switch before the question naming it by a pronoun (and the EU? did he blame them too?, «а израиль? его он тоже винит?»), a bare voice after an answer whose commas are clauses (and peskov? after direct talks), 'he' after a group voice (whats the kremlin spokesmans name → what did he say?), the ceasefire's time frame (EN/RU) (first run of its 17 dialogues 61.9% (13/21) in context on base 51b27fd4; 2 more written after the first fixes, 60.9% (14/23) on base; 91.3% (21/23) after)",
    ],
    [
      "dialogues-own112.jsonl",
      1,
      "ours, dialog45 of session 41 (own wording, follow-ups read in context): the call's way asked without an auxiliary (putin and erdogan had an in-person meeting?), a list follow-up with a confirming tag («а оон тоже, да?», and the EU as well, right?, also after the Quartet's purpose), a Russian hedge before a statement asked back («в смысле они всё монополизировали?»), the voice's other charges (anything else he accuses them of?, «а в чём ещё он их обвиняет?»), the bare goal after the conclusion (and the aim?, «а цель?»), the outcome with «думаешь» (EN/RU) (first run of its 15 dialogues 41.7% (5/12) in context on base 2d0b11dd; 2 more written after the first fixes; 100% (16/16) after)",
    ],
    [
      "dialogues-own110.jsonl",
      1,
      "ours, dialog43b of session 41 (own wording, follow-ups read in context): a wish Putin's evidence never names added with «тоже» («и санкций тоже?»), a party asked 'separately' after an 'only' No («а с хамасом отдельно?»), the Quartet asked with a tag («турция же в квартете, да?», turkey's in the quartet, right?), the feared spread asked with a modal, Putin's concern over 'that', support of 'that' state, who calls for 'one' after a forecast, 'that role', who said so, an outcome ahead («а получится?», will that work?) (EN/RU) (58.6% (17/29) in context on base 45166ac9, 100% after)",
    ],
    [
      "dialogues-own107.jsonl",
      1,
      "ours, dialog40b of session 40 (own wording, follow-ups read in context): ties asked of a pair (russia and hamas have ties??, «у москвы и палестинцев есть связи?»), why Moscow stresses its ties, 'them' for the one party just asked of, «ему» before a named voice in the dative, how old the ties with the Palestinians are, short forms of 'impartial' («беспристрастен»), what a voice thinks would help, another party on the last card's matter («а США что по этому поводу?») (EN/RU) (45.5% (10/22) in context on base 9df1e01d, 100% after)",
    ],
    [
      "dialogues-own105.jsonl",
      1,
      "ours, dialog39b of session 39 (own wording, false verdicts): Russia said to stay out of the conflict (sit this one out, «остаться в стороне»), a role asked of the UN or the EU, all sides' interests to be taken into account («учитывать интересы всех сторон»), a matter asked to have come up in the call (there, «в том разговоре»), a negated result after 'is that why' («поэтому … не …») (EN/RU) (33.3% (6/18) in context on 9c776dcb, 100% after)",
    ],
    [
      "dialogues-own101.jsonl",
      0.85,
      "ours, dialog38b of session 38 (own wording, follow-ups read in context): the last answer's point put back as its voice's view (so he thinks…, «он прям назвал…», the author says…), a mention asked of the chat's speaker without 'also', a party made the subject and a negated view left alone (EN/RU) (57.1% (8/14) in context on base38 2c4ca576, 85.7% after)",
    ],
    [
      "dialogues-own102.jsonl",
      0.71,
      "ours, dialog-r2-38 of session 38 (own wording, false yes/no verdicts): is that true? after a doesn't say, the call's partner asked to have said something, a done spread, a time asked, «учитывать интересы», a negated tag (EN/RU) (42.9% (6/14) in context on base-r2-38 1b35d806, 71.4% after)",
    ],
    [
      "dialogues-own99.jsonl",
      0.77,
      "ours, dialog-r2-37b of session 37 (own wording, follow-ups read in context, round 2): a voice's state on the last point («а путина это беспокоит?»), a doubted predicate with its subject dropped, a party asked as included, a bare switch before its question, «по его словам» after another party, a party's feeling after a refused 'since when', borders, the call's outcome (EN/RU) (50.0% (9/18) in context on round1s37 2670af5d, 77.8% after)",
    ],
    [
      "dialogues-own94.jsonl",
      0.92,
      "ours, dialog-r2-36b of session 36 (own wording, follow-ups read in context): 'he' kept as the asked voice after another's quote led the answer, «по его мнению/словам» after Putin's charge, «её роль» after Russia's, why Russia can talk to both sides, «путин и сша что сказал» then «почему он так считает», «в смысле?», a promise asked of Turkey, Peskov's call (EN/RU) (78.6% in context on round1s36 f86ee7e1, 92.9% after)",
    ],
    [
      "dialogues-own90.jsonl",
      0.96,
      "ours, dialog36b of session 36 (own wording, follow-ups read in context): an either-or on when after the ceasefire call, who 'both' are, a body put in another country, Russia's remedy for the spread said the long way, «в смысле X?», a party swapped after doesn't say, whom the call's words were said to, the call partner's deed, Peskov as 'he', 'not X?' after a who-question, 'in israel too?' after the casualties, «где?» after the figures gap (EN/RU) (52.0% in context on base36 8195be3b, 96.0% after)",
    ],
    [
      "dialogues-own78.jsonl",
      0.94,
      "ours, dialog33b of session 33 (own wording, follow-ups read in context): 'why does having both matter' after the ties with each side (EN/RU), the country of the person a speakerless card named (EN/RU), 'who is that guy' / «а кто он вообще такой», which countries the spread would reach (EN/RU), a restriction after 'where,' (EN/RU), an off-story first turn (oil, petrol), China's position refused by name (EN/RU), 'is X mentioned at least', 'mainly putin's view', 'palestinians more broadly' (64.7% in context on base33 91cbd8a, 94.1% after)",
    ],
    [
      "dialogues-own76.jsonl",
      0.92,
      "ours, dialog-r2-32b of session 32 (own wording, follow-ups read in context, round 2): the ministry's remedy asked with a bare plural («и что советуют») after the feared spread, a stance on 'the idea of X', a promise as readiness (EN/RU), 'they' beside a failure after the charge against the US, good terms with both sides, 'they' after a refused turn, «там» (78.6% in context on round1s32 875c2ee, 100% after)",
    ],
    [
      "dialogues-own72.jsonl",
      0.6,
      "ours, dialog-r2-31b of session 31 (own wording, after wave AR's verdict misses): the asker's degree words ('at least', 'whole', 'basically'), 'according to putin', a negative question asking a mention the article denies ('didnt he bring up…', 'does he acknowledge…'), «а путин обеспокоен …?» after a refusal (28.6% in context on round1s31, 40.0% with the three Russian lines added after; 60.0% after)",
    ],
    [
      "dialogues-own70.jsonl",
      0.94,
      "ours, dialog31b of session 31 (own wording, after wave AQ's reading kinds): a party or 'потом' put before «что» («а Вашингтон что», «и потом что»), the grounds asked as 'how' ('how do they back that up', «чем она это обосновывает»), «с кем ещё» / 'who else then' after a membership asked without a verb, a remedy 'to do about it' after the feared spread, a bare past talk with a leader never named, a follow-up after 'not sure which' with nothing before (44.4% in context on pins31, 100% after)",
    ],
    [
      "dialogues-own69.jsonl",
      0.83,
      "ours, dialog31 of session 31 (own wording, after wave AQ's yes/no misses): a yes/no whose every word the entry backs, with the asker's chat words ('for this war', 'at all', 'actually', 'as well as'), 'mediate' against the article's 'immediate', 'holding … responsible', a fronted 'and with hamas, does it…', a voice's words asked back by name ('peskov said …??'); guards: another party, an extra deed (16.7% in context on pins31, 83.3% after)",
    ],
    [
      "dialogues-own71.jsonl",
      0.85,
      "ours, dialog-r2-31 of session 31 (own wording, round 2 of the reading kinds): «туда» after a topic that names no place, an either-or whose second side is 'only Y' (EN/RU), another party's role switched in, 'anything in there about X' for a party never named, 'he' after 'is this about syria? — No', a 'doesn't say' gap that keeps the Quartet as the topic (57.1% in context on round1s31 with the labels as first written, 71.4% with the two mention labels set to 'no' by the repo's convention; 85.7% after)",
    ],
    [
      "dialogues-own66.jsonl",
      0.94,
      "ours, dialog30b of session 30 (own wording, after wave AN's reading kinds): whose side Russia takes in chat words ('who is moscow rooting for', «за кого она болеет»), a voice switched in after a yes/no ('how about peskov'), the voice check as 'is that what X claims?' / «это X так считает?», a call-for refused then 'what then', figures offered as verb-less fragments, 'that guy' (64.7% in context on 0102cec, 94.1% after)",
    ],
    [
      "dialogues-own67.jsonl",
      0.81,
      "ours, dialog-r2-30 of session 30 (own wording, the chat's verdicts and their evidence): 'he' after a question of Putin's or the summary, a Yes on contacts with Hamas shown on the quote naming Hamas (EN/RU), force in other words ('a military way out', «силовое решение», 'the army settle it'), another office of Peskov, what Russia itself did for peace (EN/RU), the MFA's direct dialogue, Peskov on the settlement (RU) (72.7% in context on 8d4eecb, 81.8% after)",
    ],
    [
      "dialogues-own64.jsonl",
      1,
      "ours, dialog-r3-29 of session 29 (own wording, after wave AM's figure kinds): a figure, amount, date or time the article never gives asked yes/no after an answer ('more than a thousand people have died?', «жертв больше ста?», 'did they speak last week?', «разговор был в понедельник?») (58.3% in context on 9153616, 83.3% after; 100% after dialog30b's verb-less figure fragments)",
    ],
    [
      "dialogues-own77.jsonl",
      0.75,
      "ours, dialog33 of session 33 (own wording, verdict kinds): a party switched into a yes/no's subject ('and the us?' after Putin's Yes), whether the article reports someone's words, 'is X the one who…', Russia's role asked of Peskov or the Kremlin, stated absences, Yes in other words (50.0% in context on base33 91cbd8a, 55.0% after; 75.0% after dialog-r2-33)",
    ],
    [
      "dialogues-own79.jsonl",
      0.68,
      "ours, dialog-r2-33 of session 33 (own wording, verdict kinds round 2): Yes in other words (the surge as proof, compromises suiting both sides, an unbiased mediator), everyone's approval of Russia's part against 'not without controversy' (EN/RU), one side asked as the only one, the US and a Palestinian state as Putin tells it, a call asked as face to face (43.8% in context on round1s33 44d756f, 68.8% after)",
    ],
    [
      "dialogues-own63.jsonl",
      0.72,
      "ours, dialog-r2-29b of session 29 (own wording, after wave AL's guess and reading kinds): the call's party asked with a comma-joined guess ('…, X maybe?', «…, с X?»), a stranger guessed as the last answer's doer ('is it X calling for that?', «это X за него выступает?»), «он ведь из …?», the story asked for after an off-topic turn (27.3% in context on aa7075c, 72.7% after)",
    ],
    [
      "dialogues-own59.jsonl",
      1,
      "ours, dialog-r2-28 of session 28 (own wording, after wave AJ's kinds): a keyword string asked yes/no, 'and restarting talks?' after a Yes, a hedged near-role ('basically putin's press guy?', «что-то вроде пресс-секретаря»), a party's own deed asked as its words, a call with a wrong party, a summary after a refusal, 'is X part of the story' (77.8% in context on c362207, 100% after)",
    ],
    [
      "dialogues-own53.jsonl",
      0.94,
      "ours, dialog53 (own wording, after wave AD's kinds): blame asked of 'anyone'/«кого-то», 'and Peskov?' after Putin's words, «X тоже это говорил?»/'did X say that too?' with X's own words, «там написано, когда…?» (66.7% in context on dialog53's first fixes, 94.4% after)",
    ],
    [
      "dialogues-own37.jsonl",
      0.88,
      "ours, written before dialog37's fixes (Russian): praise 'за что-нибудь', a wish asked 'прямо сейчас', another voice 'тоже против', 'слышь', 'с чего бы это?', 'кто по его мнению этому мешал' (first run 58.8%)",
    ],
    [
      "dialogues-own32.jsonl",
      0.96,
      "ours, written before dialog32's fixes: 'who did then' after a voice's doesn't say, the group's others, whose words, 'is he the one who called…', the gist of the call, a thing another voice said, a party 'involved in that', a forecast inside 'does it say', glue before a yes/no (first run 48.3%)",
    ],
    [
      "dialogues-own31.jsonl",
      0.85,
      "ours, written before dialog31's fixes: a party asked of a voice whose quotes never name it, contentment with a party, 'what did he forget to mention', 'а Китай там есть?', 'it' after the UN, 'like I'm 12', a Russian yes/no without '?', what is said about the casualties after the figures gap (first run 66.7%)",
    ],
    [
      "dialogues-own30.jsonl",
      0.94,
      "ours, written before dialog30's fixes: a guilt asked of a party, 'r there fears…', contentment asked of Putin, 'where' after what is said about the victims, a first name, 'longer pls', 'ну тогда про что статья', 'и что надо делать' (first run 89.5%)",
    ],
    [
      "dialogues-own29.jsonl",
      0.92,
      "ours, written before dialog29's fixes: bare follow-ups ('to whom', 'what was discussed', 'с кем вместе'), a reader introducing themself, figures asked of a voice, fears of the crisis spreading, 'and the EU, is it mentioned?', 'who's hurt, civilians?', 'а Россия в нём участвует?', a second voice confirming the first (first run 64.3%)",
    ],
    [
      "dialogues-own28.jsonl",
      0.69,
      "ours, written before dialog28's fixes: a swapped doer or target in a yes/no ('so it's russia that monopolises…?', 'это Израиль хочет…?'), verdicts the entry settles ('… or what', 'any…?', 'или нет'), 'still' in a group, 'who is he exactly?', follow-ups after a refusal (first run 53.8%)",
    ],
    [
      "dialogues-own27.jsonl",
      1,
      "ours, written before dialog27's fixes: an accusation asked in the passive, a stance of a party the article never quotes ('did the US back that?', 'а Израиль с этим согласен?'), forecasts ('переговоры возобновят?'), 'did Putin say the same thing?' (first run 25.0%)",
    ],
    [
      "dialogues-own17.jsonl",
      0.87,
      "ours, written before dialog21's fixes: loaded and negated yes/no, follow-ups after a refusal, a summary or a list of voices ('which part is Peskov's?', 'the second one'), typos, 'X again', three-turn speaker switches (first run 54.2%; 60.4% with Russian patterns taking the English verbatim quotes)",
    ],
    [
      "dialogues-own15.jsonl",
      1,
      "ours, written before dialog19's fixes: near-word tags, a person's country, who-questions with the answer offered, a meeting or another party for the call, unnamed parties after a refusal, transliteration, asides (first run 62.9%)",
    ],
    [
      "dialogues-own9.jsonl",
      0.86,
      "ours, written before dialog13's fixes: approval of the criticized, Russian identity, who else spoke, both sides, after a refusal (first run 60.5%)",
    ],
    [
      "dialogues-own10.jsonl",
      0.9,
      "ours, written before dialog14's fixes: another office, the call's wrong party, a reason offered back, an unmentioned point (first run 50.0%)",
    ],
    [
      "dialogues-own12.jsonl",
      0.86,
      "ours, written before dialog16's fixes: purpose/basis/context follow-ups, the only point, figures, quotes of the unquoted, a member said to have left (first run 45.5%)",
    ],
    [
      "dialogues-own13.jsonl",
      0.62,
      "ours, written before dialog17's fixes: a called-for act, blame with a scope word, the self-image in near words, the call's party on the phone (first run 45.7%; 60.0% after dialog20, two turns relabelled to the blind majority's 'doesn't say' for a call not reported; 62.9% after quality-ru20's mixed-script reading)",
    ],
    [
      "dialogues-own14.jsonl",
      0.84,
      "ours, written before dialog18's fixes: a claim put as a quiz or doubted in slang, membership on a full list, tag questions, short follow-ups (first run 30.8%)",
    ],
    [
      "dialogues-own3.jsonl",
      0.92,
      "ours, written before dialog3's fixes: elliptical parties, said-claims, alternatives, mentions (first run 50.0%; 92.9% after dialog27)",
    ],
    [
      "dialogues-own4.jsonl",
      1,
      "ours, written before dialog5's fixes: call parties, contact mode, claims in chatter, tags (first run 65.9%)",
    ],
    [
      "dialogues-own5.jsonl",
      0.96,
      "ours, a second wave written after dialog5's first fixes, to test them on new words (first run 70.0%; 96.2% after quality-ru29)",
    ],
    [
      "dialogues-ru30.jsonl",
      0.92,
      "ours (quality-ru30): judgements asked in Russian ('путин прав?'), since-when questions; first run 14.3%",
    ],
    [
      "dialogues-own6.jsonl",
      0.87,
      "ours, dialog8's new follow-up shapes ('so?', 'who else', 'same for the EU?', 'и что дальше?') (first run 71.8%)",
    ],
    [
      "dialogues-own7.jsonl",
      0.83,
      "ours, written before dialog11's fixes: refusals, tags, lone parties, learners, whose view, not only (first run 54.2%)",
    ],
    [
      "dialogues-own8.jsonl",
      0.76,
      "ours, written before dialog12's fixes: missing verdicts, identity, go on, back-to-the-article (first run 65.4%)",
    ],
  ])(
    "%s: follow-ups in context >= %d (%s)",
    (file, floor) => {
      const v = judgeDialogues(
        readDialogues(resolve(import.meta.dirname, "../questions", file)),
        dialogue,
        kb.article.text,
      );
      expect(v.inContext.passed / v.inContext.total, describeDialogueVerdict(v)).toBeGreaterThanOrEqual(
        floor,
      );
      expect(v.badQuotes).toBe(0);
      // A hang guard, not a speed test: the largest files take ~7 s alone and over 20 s beside other jobs.
    },
    60_000,
  );

  // dialog42 relabels (yes/no "not-said" -> "no", the lead's call on issue 11: a call asked with another party is
  // No, the reported call being with Erdogan; "too"/"also"/"ever" ones stay doesn't say): dialogues3 ru-11#3,
  // dialogues6 en-12#1, dialogues32 ru-09#1, dialogues-own8 en-32#1, dialogues-own13 o13-ru-08#1, dialogues-own15
  // own15-en-11#2 and own15-ru-07#2, dialogues-own16 own16-en-10#2 and own16-ru-09#2, yesno-own yn42#1, yesno-ru-own
  // (Нетаньяху, Байдену). A charge asked of the wrong voice ("did peskov criticize the US?") stays "doesn't say"
  // with Putin's passage as evidence: the article reports no such words, and says nothing of Peskov's view of the US.
  // Session 22 (quality-ru46 made the Russian "говорил/разговаривал с X" read as the call, as the English and
  // «звонил» already were): dialogues-own12 o12-ru-02#2, dialogues-own13 o13-ru-09#1, dialogues-own44 o44-ru-02#1,
  // dialogues20 ru-11#1, dialogues8 ru-14#1, relabelled the same way ("not-said" -> "no", pattern Erdogan).
  // dialog52 settled the convention the other way for a bare call or talk ("did putin call netanyahu?", «Путин
  // говорил с Нетаньяху?»: doesn't say, the writers' majority; presupposed or by its matter it stays No) and
  // relabelled those turns back, "no" -> "not-said" (the list is in docs/conversation.md, dialog52), yn42 and
  // yesno-ru-own's two among them.
  it("own yes/no set: every verdict right (97.7% before dialog20)", () => {
    const v = judgeDialogues(
      readDialogues(resolve(import.meta.dirname, "../questions/yesno-own.jsonl")),
      dialogue,
      kb.article.text,
    );
    expect(v.yesNo.passed / v.yesNo.total, describeDialogueVerdict(v)).toBeGreaterThanOrEqual(1);
  });

  it.each([
    ["dialogues5.jsonl", 0.9, "first run 45.2%"],
    [
      "dialogues7.jsonl",
      0.93,
      "first run 71.9%, 75.0% after dialog7, 78.1% after dialog8, 87.5% after dialog11, 93.8% after dialog33",
    ],
    ["dialogues-own6.jsonl", 0.86, "first run 69.6%"],
    ["dialogues-own7.jsonl", 0.93, "first run 48.4%"],
    ["dialogues9.jsonl", 0.58, "first run 47.1%, 58.8% after dialog11"],
    ["dialogues10.jsonl", 0.94, "first run 75.0%, 86.1% after dialog12, 94.4% after dialog13"],
    ["dialogues-own12.jsonl", 0.66, "ours (dialog16), first run 28.6%"],
    ["dialogues-own13.jsonl", 0.64, "ours (dialog17), first run 39.3%, 64.3% after dialog20"],
    ["dialogues-own10.jsonl", 0.92, "first run 57.1%"],
    ["dialogues-own53.jsonl", 0.94, "ours (dialog53), 88.9% on dialog53's first fixes, 94.4% after"],
    [
      "dialogues-own54.jsonl",
      1,
      "ours (dialog26, session 26), 91.4% on d64aa0e (two labels set to dialog43's convention), 100% after",
    ],
    ["dialogues-own55.jsonl", 0.82, "ours (dialog-r2-26, session 26): 58.8% on 30d2faa, 82.4% after"],
    [
      "dialogues-own56.jsonl",
      0.86,
      "ours (dialog27, session 27): 33.3% on 87001a6 (40.0% with own56-09#1 set to the blame convention), 86.7% after",
    ],
    ["dialogues-own57.jsonl", 0.53, "ours (dialog-r2-27, session 27): 46.7% on 74e5bec, 53.3% after"],
    [
      "dialogues-own58.jsonl",
      0.89,
      "ours (dialog28, session 28): 63.2% on 5f2c936 (52.6% before two labels were set to the 'say the same' convention), 89.5% after",
    ],
    ["dialogues-own59.jsonl", 0.93, "ours (dialog-r2-28, session 28): 68.8% on c362207, 93.8% after"],
    ["dialogues-own60.jsonl", 0.52, "ours (dialog29, session 29): 36.8% on 1f187ff, 52.6% after"],
    ["dialogues-own61.jsonl", 0.61, "ours (dialog29b, session 29): 46.2% on 1f187ff, 61.5% after"],
    ["dialogues-own62.jsonl", 0.62, "ours (dialog-r2-29, session 29): 56.3% on aa7075c, 62.5% after"],
    ["dialogues-own63.jsonl", 0.72, "ours (dialog-r2-29b, session 29): 18.2% on aa7075c, 72.7% after"],
    [
      "dialogues-own64.jsonl",
      1,
      "ours (dialog-r3-29, session 29): 66.7% on 9153616, 86.7% after; 100% after dialog30b",
    ],
    [
      "dialogues-own65.jsonl",
      0.95,
      "ours (dialog30, session 30): 28.6% on 0102cec (38.1% with the two Netanyahu-call lines set to the call convention's not-said after that run), 95.2% after",
    ],
    ["dialogues-own66.jsonl", 0.85, "ours (dialog30b, session 30): 75.0% on 0102cec, 85.0% after"],
    ["dialogues-own67.jsonl", 0.82, "ours (dialog-r2-30, session 30): 70.6% on 8d4eecb, 82.4% after"],
    ["dialogues-own68.jsonl", 0.88, "ours (dialog-r2-30b, session 30): 83.3% on ea2b0b1, 88.9% after"],
    ["dialogues-own69.jsonl", 0.9, "ours (dialog31, session 31): 45.0% on pins31 (5addd9b), 90.0% after"],
    ["dialogues-own44.jsonl", 1, "ours (dialog44): 55.6% on e9b42dc"],
    ["dialogues-own45.jsonl", 1, "ours (dialog45): docs/measurements.md for round1s21"],
    ["dialogues-own46.jsonl", 0.89, "ours (dialog46): 26.3% on 7be17ce, 89.5% after dialog46"],
    ["dialogues-own47.jsonl", 0.94, "ours (dialog47): 55.6% on round1s22, 94.4% after dialog47"],
    ["dialogues-own48.jsonl", 0.75, "ours (dialog48): 50.0% on 8328cc7, 75.0% after dialog48"],
    [
      "dialogues-own11.jsonl",
      0.7,
      "ours (dialog15): tag, hearsay, learner and slang yes/no (first run 60.0%)",
    ],
    [
      "yesno-ru12.jsonl",
      0.83,
      "ours (quality-ru12): misattributions asked with же/ведь/разве не (first run 33.3%, 83.3% after dialog28)",
    ],
    [
      "yesno-ru13.jsonl",
      0.75,
      "ours (quality-ru13): only-checks and hearsay asked in Russian (first run 50.0%)",
    ],
    ["dialogues-own9.jsonl", 0.88, "first run 56.0%"],
    [
      "dialogues11.jsonl",
      0.7,
      "first run 58.8%, 61.8% after dialog13, 67.6% after dialog16, 70.6% after dialog19",
    ],
    [
      "dialogues12.jsonl",
      0.88,
      "first run 66.7%, 72.2% after dialog16, 80.6% after dialog28, 83.3% after dialog34, 88.9% after dialog-r3-28",
    ],
    ["dialogues14.jsonl", 0.85, "first run 73.8%, 85.7% after dialog17"],
    ["dialogues21.jsonl", 0.85, "first run 70.4%, 85.2% after dialog27"],
    ["dialogues22.jsonl", 0.9, "first run 75.8%, 90.9% after dialog28 (which read it)"],
    ["dialogues23.jsonl", 0.9, "first run 75.0%, 90.6% after dialog29 (which read it)"],
    ["dialogues24.jsonl", 1, "first run 89.7%, 100% after dialog29 (which read it)"],
    ["dialogues25.jsonl", 0.96, "first run 75.9%, 82.8% after dialog30, 96.6% after dialog31 (both read it)"],
    ["dialogues26.jsonl", 0.87, "first run 87.5% (wave I)"],
    ["dialogues27.jsonl", 0.9, "first run 78.1% (wave J), 81.3% after dialog32, 90.6% after dialog35"],
    ["dialogues28.jsonl", 0.94, "first run 75.0% (wave K), 94.4% after dialog32"],
    ["dialogues29.jsonl", 0.91, "first run 67.6% (wave L), 89.2% after dialog33, 91.9% after dialog35"],
    ["dialogues30.jsonl", 0.96, "first run 83.9% (wave M), 96.8% after dialog34"],
    [
      "dialogues31.jsonl",
      0.94,
      "first run 75.7% (wave N), 89.2% after dialog36 and dialog37, 94.6% after dialog38",
    ],
    ["dialogues32.jsonl", 0.84, "first run 84.2% (wave O), unchanged after round 1"],
    ["dialogues33.jsonl", 0.77, "first run 77.8% (wave P, on 505fed2)"],
    ["dialogues34.jsonl", 0.71, "first run 71.4% (wave Q, on 8c7ee6d)"],
    ["dialogues35.jsonl", 0.74, "first run 74.3% (wave R, on 133785a)"],
    ["dialogues36.jsonl", 0.58, "first run 58.3% (the twentieth session's wave S, on 0e1d940)"],
    ["dialogues37.jsonl", 0.69, "first run 69.4% (the twentieth session's wave T, on 95dc783)"],
    ["dialogues39.jsonl", 0.8, "first run 80.0% (the twenty-first session's wave V, on 7deeb29)"],
    [
      "dialogues38.jsonl",
      0.97,
      "first run 74.3% (the twenty-first session's wave U, on e9b42dc), 97.1% after dialog31",
    ],
    [
      "dialogues41.jsonl",
      0.59,
      "first run 59.5% (the twenty-second session's wave X, on 9b3e25b after round 1 merged; read by no lane)",
    ],
    [
      "dialogues40.jsonl",
      0.8,
      "first run 80.0% (the twenty-second session's wave W, on 7be17ce before any lane)",
    ],
    ["dialogues42.jsonl", 0.74, "first run 74.3% (the twenty-third session's wave Y, on 8328cc7)"],
    [
      "dialogues43.jsonl",
      0.91,
      "first run 83.3% (the twenty-third session's wave Z, on 089a502), 91.7% after dialog-r2-31",
    ],
    ["dialogues44.jsonl", 0.77, "first run 77.8% (the twenty-fourth session's wave AA, on bb6a46a)"],
    ["dialogues45.jsonl", 0.83, "first run 83.8% (the twenty-fourth session's wave AB, on 1b9bc31)"],
    ["dialogues46.jsonl", 0.83, "first run 83.1% (the twenty-fifth session's wave AC, on 9aa63f2)"],
    ["dialogues47.jsonl", 0.85, "first run 85.1% (the twenty-fifth session's wave AD, on cf19955)"],
    ["dialogues48.jsonl", 0.85, "first run 85.5% (the twenty-sixth session's wave AE, on d64aa0e)"],
    [
      "dialogues49.jsonl",
      0.85,
      "first run 70.2% (the twenty-sixth session's wave AF, on 3f29336), 85.1% after dialog-r2-31b",
    ],
    ["dialogues50.jsonl", 0.86, "first run 86.5% (the twenty-seventh session's wave AG, on 22506eb)"],
    [
      "dialogues51.jsonl",
      0.86,
      "first run 77.4% (the twenty-seventh session's wave AH, on 1dcc872), 86.8% after dialog-r2-32",
    ],
    ["dialogues52.jsonl", 0.84, "first run 84.0% (the twenty-eighth session's wave AI, on 77bc4c6)"],
    [
      "dialogues53.jsonl",
      0.88,
      "first run 70.4% (the twenty-eighth session's wave AJ, on 42d93d6), 85.2% after dialog-r2-28, 88.9% after dialog-r3-28",
    ],
    [
      "dialogues54.jsonl",
      0.9,
      "first run 82.0% (the twenty-ninth session's wave AK, on 6fd82e7), 86.0% after dialog29, 90.0% with dialog29b merged",
    ],
    [
      "dialogues55.jsonl",
      0.87,
      "first run 75.0% (the twenty-ninth session's wave AL, on 7be83a2), 78.6% after dialog-r2-29, 87.5% with dialog-r2-29b merged",
    ],
    [
      "dialogues56.jsonl",
      0.77,
      "first run 70.8% (the twenty-ninth session's wave AM, on db0f6b1), 77.1% after dialog-r3-29",
    ],
    [
      "dialogues57.jsonl",
      0.94,
      "first run 76.0% (the thirtieth session's wave AN, on b061c9d), 90.0% after dialog30, 94.0% after dialog-r2-31",
    ],
    ["dialogues58.jsonl", 0.88, "first run 88.0% (the thirtieth session's wave AO, on 45ee8bb)"],
    ["dialogues59.jsonl", 0.9, "first run 90.4% (the thirtieth session's wave AP, on 0a2757f)"],
    [
      "dialogues60.jsonl",
      0.79,
      "first run 75.5% (the thirtieth session's wave AP, on 0a2757f), 77.6% after dialog31, 79.6% after dialog-r2-31b (and after dialog-r2-31)",
    ],
    [
      "dialogues61.jsonl",
      0.89,
      "first run 78.7% (the thirty-first session's wave AQ, on d65573f), 89.4% after dialog31",
    ],
    [
      "dialogues62.jsonl",
      0.91,
      "first run 84.8% (the thirty-first session's wave AR, on fb2e7a0), 87.0% after dialog-r2-31b, 91.3% after dialog32b",
    ],
    [
      "dialogues63.jsonl",
      0.95,
      "first run 86.7% (the thirty-first session's wave AR, on fb2e7a0), 95.6% after dialog-r2-31b",
    ],
    [
      "dialogues64.jsonl",
      0.88,
      "first run 86.7% (the thirty-first session's wave AS, on 0f886e6), 88.9% after dialog-r2-32",
    ],
    [
      "dialogues65.jsonl",
      0.95,
      "first run 88.9% (the thirty-second session's wave AT, on ca8c47a), 93.3% after dialog32, 95.6% after dialog-r2-32, 97.8% after dialog-r2-32b",
    ],
    [
      "dialogues66.jsonl",
      1,
      "first run 91.1% (the thirty-second session's wave AT, on ca8c47a), 97.8% after dialog32, 100% after dialog-r2-32",
    ],
    [
      "dialogues-own74.jsonl",
      0.81,
      "ours (dialog32b, session 32): 59.1% on base32 (fa0c1db), 72.7% after, 81.8% after dialog-r2-32b",
    ],
    [
      "dialogues-own75.jsonl",
      0.95,
      "ours (dialog-r2-32, session 32): 50.0% on round1s32 (875c2ee), 95.0% after",
    ],
    [
      "dialogues-own76.jsonl",
      0.9,
      "ours (dialog-r2-32b, session 32): 63.6% on round1s32 (875c2ee), 100% after",
    ],
    ["dialogues-own78.jsonl", 0.86, "ours (dialog33b, session 33): 60.0% on base33 (91cbd8a), 86.7% after"],
    [
      "dialogues67.jsonl",
      0.89,
      "first run 87.2% (the thirty-second session's wave AU, on cfeb461), 89.4% after quality-r2-32",
    ],
    [
      "dialogues68.jsonl",
      0.88,
      "first run 82.2% (the thirty-second session's wave AV, on a8b5b52), 86.7% after dialog33, 84.4% with quality33 merged (a verdict lost: «и в израиле тоже?», for round 2), 88.9% after dialog-r2-33",
    ],
    [
      "dialogues69.jsonl",
      0.95,
      "first run 93.3% (the thirty-third session's wave AW, on 4245593), 95.6% after dialog-r2-33",
    ],
    [
      "dialogues70.jsonl",
      0.93,
      "first run 77.3% (the thirty-third session's wave AW, on 4245593), 79.5% after dialog33b, 84.1% after dialog33, 86.4% both merged, 93.2% after dialog-r2-33",
    ],
    [
      "dialogues71.jsonl",
      0.88,
      "first run 77.8% (the thirty-third session's wave AX, on ee80fba), 88.9% after dialog-r2-33b",
    ],
    [
      "dialogues72.jsonl",
      0.95,
      "first run 91.1% (the thirty-third session's wave AY, on a34354a), 95.6% after dialog34",
    ],
    [
      "dialogues73.jsonl",
      0.95,
      "first run 91.1% (the thirty-fourth session's wave AZ, on ff376a2), 95.6% after dialog34",
    ],
    [
      "dialogues74.jsonl",
      0.93,
      "first run 84.4% (the thirty-fourth session's wave AZ, on ff376a2), 93.3% after dialog34",
    ],
    [
      "dialogues75.jsonl",
      0.85,
      "first run 83.0% (39/47) (the thirty-fourth session's wave BA, on cfaa031), 85.1% after dialog-r2-34",
    ],
    [
      "dialogues76.jsonl",
      0.82,
      "first run 78.3% (the thirty-fourth session's wave BB, on 600281a), 82.6% after dialog35b",
    ],
    [
      "dialogues77.jsonl",
      1,
      "first run 93.6% (the thirty-fifth session's wave BC, on 449419b), 100% after dialog35",
    ],
    [
      "dialogues78.jsonl",
      1,
      "first run 93.5% (the thirty-fifth session's wave BC, on 449419b), 100% after dialog35",
    ],
    [
      "dialogues79.jsonl",
      0.91,
      "first run 89.1% (the thirty-fifth session's wave BD, on 3dc9d39); 91.3% after dialog-r2-35 (the false Yes d79-13#1 now No)",
    ],
    [
      "dialogues80.jsonl",
      0.86,
      "first run 82.6% (the thirty-fifth session's wave BE, on 3fe06bf); 87.0% after dialog-r3-35",
    ],
    [
      "dialogues81.jsonl",
      0.97,
      "first run 91.7% (the thirty-sixth session's wave BF, on dd0eff3b); 93.8% after dialog36, 95.8% after dialog36b, 97.9% on round1s36",
    ],
    [
      "dialogues82.jsonl",
      0.93,
      "first run 91.5% (the thirty-sixth session's wave BF, on dd0eff3b); 93.6% after dialog36",
    ],
    [
      "dialogues83.jsonl",
      0.95,
      "first run 86.7% (the thirty-sixth session's wave BG, on 6b2d40eb; 88.9% with d83-25#3 relabelled to the blame convention); 95.6% after dialog-r2-36",
    ],
    [
      "dialogues84.jsonl",
      0.88,
      "first run 86.7% (the thirty-sixth session's wave BH, on 1e92b67c); 88.9% after dialog-r3-36",
    ],
    [
      "dialogues85.jsonl",
      0.95,
      "first run 88.6% (the thirty-seventh session's wave BI, on 7cda591a); 95.5% after dialog-r2-37b",
    ],
    [
      "dialogues86.jsonl",
      0.95,
      "first run 88.9% (the thirty-seventh session's wave BI, on 7cda591a); 93.3% on round1s37, 95.6% after dialog-r2-37b",
    ],
    ["dialogues89.jsonl", 1.0, "first run 100% (the thirty-seventh session's wave BI, on 7cda591a)"],
    [
      "dialogues90.jsonl",
      0.84,
      "first run 82.6% (the thirty-seventh session's wave BI, on 7cda591a); 84.8% after dialog37b",
    ],
    [
      "dialogues91.jsonl",
      0.84,
      "first run 82.2% (the thirty-seventh session's wave BI, on 7cda591a); 84.4% after dialog37b",
    ],
    [
      "dialogues92.jsonl",
      0.86,
      "first run 84.4% (the thirty-seventh session's wave BI, on 7cda591a); 86.7% after dialog-r2-37b",
    ],
    [
      "dialogues87.jsonl",
      0.89,
      "first run 87.2% (the thirty-seventh session's wave BJ, on d1a75533); 89.4% after dialog-r2-37b",
    ],
    [
      "dialogues88.jsonl",
      0.82,
      "first run 73.3% (the thirty-seventh session's wave BK, on 75805ca6); 82.2% after dialog38",
    ],
    [
      "dialogues93.jsonl",
      0.95,
      "first run 84.8% (the thirty-eighth session's wave BL, on 3e41a3a8); 89.1% after dialog38, 91.3% after dialog38b, 93.5% on round1s38, 95.7% after dialog-r2-38b",
    ],
    [
      "dialogues94.jsonl",
      0.95,
      "first run 90.9% (the thirty-eighth session's wave BL, on 3e41a3a8); 95.5% after dialog38, 93.2% after dialog38b, 95.5% on round1s38",
    ],
    ["dialogues95.jsonl", 0.91, "first run 91.3% (the thirty-eighth session's wave BM, on 9ed8d57b)"],
    ["dialogues96.jsonl", 0.91, "first run 91.7% (the thirty-eighth session's wave BN, on 41b69d05)"],
    [
      "dialogues101.jsonl",
      1,
      "first run 87.1% (the thirty-ninth session's wave BO, on c12d0d24); 100% after dialog39",
    ],
    [
      "dialogues102.jsonl",
      1,
      "first run 89.7% (the thirty-ninth session's wave BO, on c12d0d24); 100% after dialog39",
    ],
    ["dialogues103.jsonl", 0.96, "first run 96.9% (the thirty-ninth session's wave BP, on b4caf17f)"],
    [
      "dialogues104.jsonl",
      1,
      "first run 90.0% (the fortieth session's wave BQ, on f0b7e8dc); 100% after dialog40",
    ],
    ["dialogues105.jsonl", 0.89, "first run 89.2% (the fortieth session's wave BQ, on f0b7e8dc)"],
    ["dialogues106.jsonl", 0.89, "first run 89.7% (the fortieth session's wave BR, on 0c153aee)"],
    [
      "dialogues107.jsonl",
      1,
      "first run 81.1% (the forty-first session's wave BS, on 5773ce65); 100% after dialog43",
    ],
    [
      "dialogues108.jsonl",
      1,
      "first run 89.5% (the forty-first session's wave BS, on 5773ce65); 100% after dialog43b",
    ],
    [
      "dialogues109.jsonl",
      1,
      "first run 90.0% (the forty-first session's wave BT, on 8b8e101e); 100% after dialog45",
    ],
    ["dialogues110.jsonl", 0.95, "wave BU's first run on e4c1db5f: yes/no 95.1%"],
    ["dialogues111.jsonl", 0.94, "wave BU's first run on e4c1db5f: yes/no 94.6%"],
    [
      "dialogues112.jsonl",
      0.78,
      "wave BV's first run on ac9f00bc: yes/no 78.9% ('Was the Quartet set up by the UN?' a false Yes, «путин звонил эрдогану сам?» a false «Да»)",
    ],
    [
      "dialogues113.jsonl",
      0.9,
      "wave BW's first run on ba598b1a: yes/no 90.2% (a false «Да» on a meeting in person)",
    ],
    [
      "dialogues114.jsonl",
      0.94,
      "wave BW's first run on ba598b1a: yes/no 94.9% (a false «Нет» on the EU in the Quartet)",
    ],
    ["dialogues115.jsonl", 0.94, "wave BX's first run on round1s43 503faf54: yes/no 94.3%"],
    [
      "dialogues117.jsonl",
      0.94,
      "wave BY's first run on e20862a4: yes/no 94.6% (a false Yes on who placed the call, a false No on Russia ready to help)",
    ],
    [
      "dialogues118.jsonl",
      0.85,
      "wave BZ's first run on round1s44 62d1579b: yes/no 85.7% (no false Yes; a No where the writer wants doesn't say on the call's date)",
    ],
    ["dialogues116.jsonl", 0.97, "wave BY's first run on e20862a4: yes/no 97.5%"],
    [
      "dialogues120.jsonl",
      0.84,
      "wave CA's first run on 1f66ae0a: yes/no 84.4% (a false Yes on 'it was erdogan who called, да?', a false No on the US opposing a Palestinian state)",
    ],
    ["dialogues119.jsonl", 0.95, "wave CA's first run on 1f66ae0a: yes/no 95.2%"],
    [
      "dialogues121.jsonl",
      0.95,
      "wave CB's first run on round1s45 40b4454b: yes/no 95.1% (the Foreign Ministry's direct dialogue: doesn't say where Yes is owed)",
    ],
    [
      "dialogues97.jsonl",
      0.91,
      "first run 89.1% (the thirty-eighth session's wave BL, on 3e41a3a8); 91.3% after dialog-r2-38",
    ],
    [
      "dialogues98.jsonl",
      0.97,
      "first run 89.1% (the thirty-eighth session's wave BL, on 3e41a3a8); 95.7% after dialog38b, 97.8% after dialog-r2-38",
    ],
    [
      "dialogues99.jsonl",
      0.91,
      "first run 86.7% (the thirty-eighth session's wave BL, on 3e41a3a8); 91.1% after dialog38b",
    ],
    [
      "dialogues100.jsonl",
      0.97,
      "first run 93.3% (the thirty-eighth session's wave BL, on 3e41a3a8); 95.6% after dialog38b, 97.8% after dialog-r2-38b",
    ],
    [
      "dialogues-own93.jsonl",
      0.56,
      "ours (dialog-r2-36, session 36): 31.3% (5/16) on round1s36 (f86ee7e1), 56.3% after",
    ],
    [
      "dialogues-own89.jsonl",
      0.84,
      "ours (dialog36, session 36): 63.2% (12/19) on base36 (8195be3b) as written; with three blame turns relabelled to the decided convention 57.9% (11/19) on base36, 84.2% after",
    ],
    [
      "dialogues-own87.jsonl",
      0.73,
      "ours (dialog-r2-35, session 35): 33.3% (5/15, two false Yes) on round1s35 (3854a879), 73.3% after",
    ],
    ["dialogues-own85.jsonl", 0.8, "ours (dialog35, session 35): 55.0% on base35 (38754847), 80.0% after"],
    ["dialogues-own81.jsonl", 0.79, "ours (dialog34, session 34): 75.0% on base34 (76800f5), 79.2% after"],
    ["dialogues-own82.jsonl", 1, "ours (dialog34b, session 34): 100% on base34 (76800f5), 100% after"],
    [
      "dialogues-own84.jsonl",
      0.75,
      "ours (dialog-r2-34b, session 34): 62.5% (5/8) on round1s34 (afbc754), 75.0% after",
    ],
    [
      "dialogues-own86.jsonl",
      0.91,
      "ours (dialog35b, session 35): 75.0% (9/12) on base35 (3875484), 91.7% after",
    ],
    [
      "dialogues-own88.jsonl",
      1,
      "ours (dialog-r2-35b, session 35): 93.3% (14/15) on round1s35 (3854a87), 100% after",
    ],
    [
      "dialogues-own91.jsonl",
      0.68,
      "ours (tidy36, session 36): 62.5% (10/16) on base36 (8195be3b), 68.8% (11/16) after",
    ],
    [
      "dialogues-own92.jsonl",
      1,
      "ours (tidy36, session 36): 70.0% (7/10, three false Yes: a speaker's call as the article's) on base36 (8195be3b), 100% after",
    ],
    [
      "dialogues-own98.jsonl",
      0.61,
      "ours (dialog-r2-37, session 37): 53.8% (7/13) on round1s37 (2670af5d), 61.5% (8/13) after; left: negative tags, a forecast asked (may the war spread), 'give up' (a curated Yes)",
    ],
    [
      "dialogues-own96.jsonl",
      0.7,
      "ours (dialog37, session 37): 70.0% (14/20) on base37 (c6efbe90), 75.0% after",
    ],
    [
      "dialogues-own95.jsonl",
      0.64,
      "ours (dialog-r3-36, session 36): 52.9% (9/17, one false No: a slip of a list word) on round2s36 (1e92b67c), 64.7% after",
    ],
    [
      "dialogues-own97.jsonl",
      1,
      "ours (dialog37b, session 37): 70.0% (7/10) on base37 (c6efbe90), 100% after",
    ],
    [
      "dialogues-own104.jsonl",
      0.95,
      "ours (dialog39, session 39): 23.8% (5/21) on base 9c776dcb, 95.2% after",
    ],
    [
      "dialogues-own103.jsonl",
      0.84,
      "ours (dialog-r2-38b, session 38): 52.6% (10/19) on base-r2-38 (1b35d806), 84.2% after",
    ],
    ["dialogues-own106.jsonl", 1, "ours (dialog40, session 40): 32.0% (8/25) on 9df1e01d, 100% after"],
    ["dialogues-own109.jsonl", 1, "ours (dialog43, session 41): 61.9% (13/21) on base 45166ac9, 100% after"],
    [
      "dialogues-own111.jsonl",
      0.89,
      "ours (dialog44, session 41): 51.7% (15/29) on base 236f6b52, 89.7% after",
    ],
    [
      "dialogues-own108.jsonl",
      0.91,
      "ours (dialog41, session 40): 33.3% (4/12) on base 80f20a3a, 75.0% after; 91.7% after dialog43b",
    ],
    [
      "dialogues-own115.jsonl",
      0.8,
      "ours (dialog47, session 42): 66.7% (10/15) on base 9114fda4, 86.7% after",
    ],
    ["dialogues-own114.jsonl", 1, "ours (dialog46b, session 42): 58.1% (18/31) on base 51b27fd4, 100% after"],
    [
      "dialogues-own117.jsonl",
      0.92,
      "ours (dialog48, session 42): yes/no 64.3% (9/14) on base a0753e17, 92.9% (13/14) after",
    ],
    [
      "dialogues-own123.jsonl",
      0.83,
      "ours (dialog51, session 44): yes/no 33.3% (2/6) on base 3dffda4d, 83.3% (5/6) after",
    ],
    [
      "dialogues-own129.jsonl",
      1.0,
      "ours (dialog54, session 45): yes/no 81.0% (17/21) on base 10b0689d, 100% (21/21) after",
    ],
    [
      "dialogues-own128.jsonl",
      1.0,
      "ours (dialog53ru, session 45): yes/no 55.6% (10/18) on base 430da243, 100% (18/18) after",
    ],
    [
      "dialogues-own126.jsonl",
      0.85,
      "ours (dialog52ru, session 44): yes/no 35.7% (5/14) on base 5329c575, 85.7% (12/14) after",
    ],
    [
      "dialogues-own124.jsonl",
      0.87,
      "ours (dialog51ru, session 44): yes/no 62.5% (5/8) on base 3dffda4d, 87.5% (7/8) after",
    ],
    [
      "dialogues-own127.jsonl",
      1.0,
      "ours (dialog53, session 45): yes/no 61.1% (11/18) on base 430da243, 100% (18/18) after",
    ],
    [
      "dialogues-own125.jsonl",
      0.9,
      "ours (dialog52, session 44): yes/no 54.5% (6/11) on base 5329c575, 90.9% (10/11) after",
    ],
    [
      "dialogues-own122.jsonl",
      0.91,
      "ours (dialog50, session 43): yes/no 62.5% (15/24) on base 65a5a1b2, 91.7% (22/24) after",
    ],
    [
      "dialogues-own118.jsonl",
      0.94,
      "ours (dialog49, session 43): yes/no 50.0% (9/18) on base b4b963a0, 94.4% (17/18) after",
    ],
    [
      "dialogues-own116.jsonl",
      0.83,
      "ours (dialog47ru, session 42): yes/no 70.8% (17/24) on base 9114fda4, 83.3% (20/24) after",
    ],
    [
      "dialogues-own113.jsonl",
      1,
      "ours (dialog46, session 42): yes/no 78.6% (11/14) on base 51b27fd4, 100% (14/14) after",
    ],
    [
      "dialogues-own112.jsonl",
      1,
      "ours (dialog45, session 41): yes/no 66.7% (8/12) on base 2d0b11dd (15 dialogues; 2 added after), 100% (14/14) after",
    ],
    ["dialogues-own110.jsonl", 1, "ours (dialog43b, session 41): 63.0% (17/27) on base 45166ac9, 100% after"],
    ["dialogues-own107.jsonl", 1, "ours (dialog40b, session 40): 62.5% (10/16) on base 9df1e01d, 100% after"],
    ["dialogues-own105.jsonl", 1, "ours (dialog39b, session 39): 32.0% (8/25) on 9c776dcb, 100% after"],
    [
      "dialogues-own101.jsonl",
      0.84,
      "ours (dialog38b, session 38): 53.8% (7/13) on base38 (2c4ca576), 84.6% after",
    ],
    [
      "dialogues-own102.jsonl",
      0.76,
      "ours (dialog-r2-38, session 38): 52.9% (9/17) on base-r2-38 (1b35d806), 76.5% after",
    ],
    [
      "dialogues-own99.jsonl",
      0.83,
      "ours (dialog-r2-37b, session 37): 55.6% (10/18) on round1s37 (2670af5d), 83.3% after",
    ],
    [
      "dialogues-own100.jsonl",
      0.85,
      "ours (dialog38, session 38): 52.4% (11/21) on base38 (2c4ca576), 85.7% after",
    ],
    [
      "dialogues-own94.jsonl",
      0.83,
      "ours (dialog-r2-36b, session 36): 83.3% (5/6) on round1s36 (f86ee7e1), 83.3% after (o94-05#2 No on Peskov's call: the verdict lane's)",
    ],
    [
      "dialogues-own90.jsonl",
      0.95,
      "ours (dialog36b, session 36): 71.4% (15/21) on base36 (8195be3b), 95.2% after",
    ],
    [
      "dialogues-own83.jsonl",
      0.9,
      "ours (dialog-r2-34, session 34): 60.0% (12/20) on round1s34 (afbc754), 90.0% after",
    ],
    [
      "dialogues-own80.jsonl",
      0.86,
      "ours (dialog-r2-33b, session 33): 64.7% on round1s33 (44d756f; 2 wh-turns' yes/no expectations dropped since), 86.7% after",
    ],
    [
      "dialogues-own77.jsonl",
      0.77,
      "ours (dialog33, session 33): 59.3% on base33 (91cbd8a), 63.0% after, 77.8% after dialog-r2-33",
    ],
    [
      "dialogues-own79.jsonl",
      0.78,
      "ours (dialog-r2-33, session 33): 60.9% on round1s33 (44d756f), 78.3% after",
    ],
    ["dialogues-own73.jsonl", 0.65, "ours (dialog32, session 32): 55.0% on base32 (fa0c1db), 65.0% after"],
    [
      "dialogues-own72.jsonl",
      0.68,
      "ours (dialog-r2-31b, session 31): 50.0% on round1s31 (24784ca; 52.6% with the three Russian lines added after), 68.4% after",
    ],
    ["dialogues-own38.jsonl", 0.5, "ours (dialog38), first run 37.5%"],
    ["dialogues-own40.jsonl", 0.6, "ours (dialog39), first run 53.3%, 60.0% after dialog39"],
    ["dialogues-own41.jsonl", 0.95, "ours (dialog41), 50.0% on main without its code, 95.8% after dialog41"],
    ["dialogues-own43.jsonl", 1, "ours (dialog43), 35.7% on round2s20 without its code, 100% after dialog43"],
    [
      "dialogues20.jsonl",
      0.93,
      "first run 79.3%, 82.8% after dialog25, 89.7% after dialog27, 93.1% after dialog36",
    ],
    [
      "dialogues-own21.jsonl",
      0.81,
      "ours (dialog25), first run 54.5%, 77.3% after dialog27, 81.8% after dialog37",
    ],
    ["dialogues-own27.jsonl", 0.95, "ours (dialog27), first run 45.0%"],
    ["dialogues-own28.jsonl", 0.65, "ours (dialog28), first run 38.5%"],
    ["dialogues-own29.jsonl", 0.81, "ours (dialog29), first run 54.5%"],
    ["dialogues-own30.jsonl", 0.94, "ours (dialog30), first run 70.6%"],
    ["dialogues-own31.jsonl", 0.94, "ours (dialog31), first run 64.7%"],
    ["dialogues-own32.jsonl", 0.96, "ours (dialog32), first run 66.7%"],
    ["dialogues-own33.jsonl", 1, "ours (dialog33), first run 50.0%, 100% after dialog35"],
    ["dialogues-own34.jsonl", 0.76, "ours (dialog34), first run 47.6%, 76.2% after dialog37"],
    ["dialogues-own35.jsonl", 0.96, "ours (dialog35), first run 82.1%"],
    [
      "dialogues-own36.jsonl",
      0.81,
      "ours (dialog36), first run 54.5% (63.6% with o36-01 relabelled No), 81.8% after dialog31",
    ],
    ["dialogues-own37.jsonl", 0.9, "ours (dialog37), first run 75.0%"],
    [
      "dialogues-tidy30.jsonl",
      0.89,
      "ours (tidy30): a party's self-image, swapped and unquoted parties (first run 84.2% on main, 89.5% after tidy30)",
    ],
    [
      "dialogues19.jsonl",
      1,
      "first run 68.0%, 88.0% after dialog22, 96.0% after dialog24, 100% after dialog28",
    ],
    ["dialogues-own19.jsonl", 1, "ours (dialog23), first run 29.4% (31.3% with a wh-turn's label corrected)"],
    ["dialogues18.jsonl", 0.88, "first run 76.9%, 80.8% after dialog24, 88.5% after dialog31"],
    ["dialogues-own20.jsonl", 1, "ours (dialog24), first run 61.5%, 100% after dialog27"],
    [
      "dialogues15.jsonl",
      0.75,
      "first run 52.3%, 63.6% after dialog18, 72.7% after dialog19, 75.0% after dialog21",
    ],
    ["dialogues-own14.jsonl", 0.83, "ours (dialog18), first run 25.0%, 83.3% after dialog19"],
    ["dialogues-own15.jsonl", 1, "ours (dialog19), first run 51.7%"],
    [
      "dialogues-own16.jsonl",
      1,
      "ours (dialog20), first run 43.3% (59.1% with the wh-turns' labels corrected), 100% after dialog21",
    ],
    ["dialogues-own17.jsonl", 0.86, "ours (dialog21), first run 50.0%"],
    ["dialogues-own18.jsonl", 0.96, "ours (dialog22), first run 38.5%, 96.2% after dialog24"],
    [
      "dialogues13.jsonl",
      0.63,
      "first run 30.6%, 55.6% after dialog16, 58.3% after dialog17, 61.1% after dialog19, 63.9% after quality-ru23",
    ],
    ["dialogues-own8.jsonl", 0.9, "first run 76.2%, 90.5% after dialog20"],
    ["dialogues8.jsonl", 0.92, "first run 82.1%, 92.9% after dialog9"],
    ["dialogues6.jsonl", 1, "first run 83.3%, 95.8% after dialog6, 100% after dialog20"],
    ["dialogues-own4.jsonl", 1, "first run 56.5%, 100% after dialog37"],
    ["dialogues-own5.jsonl", 0.94, "first run 66.7%, 88.9% after dialog20, 94.4% after quality-ru29"],
    ["dialogues-ru30.jsonl", 0.85, "ours (quality-ru30), first run 30.0%"],
  ])(
    "%s: yes/no verdicts >= %d (%s)",
    (file, floor) => {
      const v = judgeDialogues(
        readDialogues(resolve(import.meta.dirname, "../questions", file)),
        dialogue,
        kb.article.text,
      );
      expect(v.yesNo.passed / v.yesNo.total, describeDialogueVerdict(v)).toBeGreaterThanOrEqual(floor);
    },
    60_000,
  );

  it("has at least 40 dialogues of two or three turns, in English and Russian", () => {
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(new Set(all.map((d) => d.lang))).toEqual(new Set(["en", "ru"]));
  });
});
