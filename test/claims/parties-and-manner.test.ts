// Who a statement is about (parties.ts), how it was done (manner.ts), and a Russian claim opening with a name the
// article does not know (russian-opener.ts): the readers alone on written text, then the checker on claims written
// for this test.
import { describe, expect, it } from "vitest";
import { addedManner } from "../../src/claims/manner.js";
import { changedBlame, changedParty, partiesIn } from "../../src/claims/parties.js";
import { check } from "../helpers/claims.js";

describe("a party narrowed, widened or blamed in another's place", () => {
  it("reads the parties a text names, the US by its capitals", () => {
    expect([...partiesIn("the US and the Israelis")].sort()).toEqual(["Israel", "United States"]);
    expect(partiesIn("help us understand").size).toBe(0);
    expect([...partiesIn("чаяния палестинцев")]).toEqual(["Palestinians"]);
  });

  it("finds a collective narrowed to one party and one party widened to all", () => {
    const all = "prioritize the interests of all parties involved";
    expect(changedParty("prioritize the interests of the Israelis", all)?.claimed).toBe("Israel");
    expect(
      changedParty("ставить во главу угла интересы израильтян", "интересы и чаяния всех сторон"),
    ).not.toBeNull();
    expect(
      changedParty("it ignored what everyone wanted", "it overlooked the aspirations of Palestinians"),
    ).toEqual({
      kind: "replaced",
      claimed: "everyone",
      article: "Palestinians",
    });
  });

  it("leaves a collective kept, or two parties named for both sides", () => {
    expect(changedParty("compromises both sides accept", "compromises acceptable to both sides")).toBeNull();
    expect(
      changedParty("ties with both Israel and the Palestinians", "talks with both warring sides"),
    ).toBeNull();
  });

  it("finds the one blamed changed, and a sole fault the passage never gives", () => {
    const clause =
      "he also directs blame towards the United States for its failed policy, which overlooked Palestinians";
    expect(changedBlame("Putin is blaming the Palestinians", clause)?.claimed).toBe("Palestinians");
    expect(changedBlame("Putin blames Washington for its policy", clause)).toBeNull();
    expect(changedBlame("the US alone is at fault", "the failure of US policy")?.kind).toBe("added");
  });
});

describe("a means or manner added", () => {
  it("finds a means or manner word the passage does not back", () => {
    const clause = "МИД России подчёркивает важность координации региональных игроков";
    expect(addedManner("МИД подчёркивает важность координации через посредников", clause)?.claimed).toBe(
      "через посредников",
    );
    expect(addedManner("МИД тайно подчёркивает важность координации", clause)?.claimed).toBe("тайно");
    expect(
      addedManner("the ministry secretly stresses coordination", "stresses the importance")?.claimed,
    ).toBe("secretly");
    expect(addedManner("МИД подчёркивает важность координации", clause)).toBeNull();
  });
});

describe("the checker on claims of these kinds", () => {
  it("never confirms a party narrowed, a blame target changed or a manner added", () => {
    for (const claim of [
      "Inclusive approaches should put first the interests and aspirations of the Israelis involved.",
      "Putin says Washington monopolized peace efforts without weighing compromises acceptable to Hamas.",
      "Putin puts the blame on Israel for the failed Middle East policy.",
      "Кремль тайно поддерживает открытую связь с обеими воюющими сторонами",
      "МИД России подчёркивает важность координации региональных игроков путём переговоров в Женеве",
    ])
      expect(check(claim).verdict, claim).toBe("altered");
  });

  it("still confirms the collective kept and the US blamed", () => {
    for (const claim of [
      "Such approaches should prioritize the interests and aspirations of all the parties involved.",
      "Putin lays the blame on the United States for its failed policy in the Middle East.",
    ])
      expect(check(claim).verdict, claim).toBe("paraphrase");
  });

  it("reads a Russian surname opening the claim as a speaker the article does not give the words to", () => {
    const v = check("Громов подчеркнул необходимость немедленного прекращения огня в разговоре с Эрдоганом");
    expect(v.claimedSpeaker).toEqual({ id: null, name: "Громов" });
    expect(v.verdict).toBe("misattributed");
  });
});
