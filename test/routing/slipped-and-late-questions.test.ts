// A question without its question mark whose wh-word has one slip ("whta", "wich"), or whose Russian question word
// comes late ("… когда встречались") or carries «что ли»: asked, not claimed (session 24, from blind49 and
// blind-ru45). Real words one slip from a wh-word ("That …", "There …") still open statements.
import { describe, expect, it } from "vitest";
import { looksLikeClaim, looksLikeQuestion } from "../../src/routing/index.js";
import { isMistypedWhWord } from "../../src/routing/starters.js";

describe("questions the router reads despite a slip or a late question word", () => {
  it.each([
    "whta did the spokesman say abuot moscow's part",
    "wich leader did the russian president phone",
    "wehre does the kremlin stand on the talks",
    "whcih side does moscow keep talking to in all this",
    "путин и эрдоган когда созванивались",
    "бывшие граждане россии по статье где живут",
    "кремль с хамасом дружит что ли по этой статье",
    "песков чтоли сказал про конструктивную роль кремля",
  ])("%j is a question", (q) => {
    expect(looksLikeQuestion(q)).toBe(true);
    expect(looksLikeClaim(q)).toBe(false);
  });

  it.each([
    "That Putin blamed the United States for the failed policy in the region is reported",
    "There is no word from Putin about Russia's own role in the conflict",
    "Whole countries are dragged into the conflict according to the ministry",
    "Путин сказал, когда переговоры возобновятся, их надо вести всерьёз и без посредников",
  ])("%j is still a claim", (c) => expect(looksLikeClaim(c)).toBe(true));

  it("takes one slip of what/which/where/whose (a swap of neighbours is one), not two, and not a real word", () => {
    expect(["whta", "wich", "waht", "wehre", "whihc"].map(isMistypedWhWord)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(["that", "there", "whole", "with", "wihhc", "wh"].map(isMistypedWhWord)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
