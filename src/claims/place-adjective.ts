// (claims-r2-35) An adjective of a place the passage names in words of its own: «их ближневосточная политика» of
// «провальную политику на Ближнем Востоке», "its mideast policy" of "its failed policy in the Middle East". The
// adjective said where the passage says, not what it said of the policy: read beside the passage's qualifier
// («провальную», "failed") it was taken for a word put in its place, and a faithful paraphrase was altered
// (claims35's leftover). A claim's word of its own that qualifies ("successful mideast policy") still stands apart.
// Bounded expressions: word lists, no nested repetition.

/** A place adjective's stem and the passage's words for the place. */
const PLACES: readonly [RegExp, RegExp][] = [
  [
    /^(?:ближневосточн\p{L}*|mideast|middle-eastern)$/iu,
    /(?:^|[^\p{L}])(?:ближн\p{L}{1,4}\s{1,3}восток\p{L}{0,3}|middle\s{1,3}east)(?![\p{L}])/iu,
  ],
];

/** The claim's word is an adjective of a place the passage names: no word put in the place of another. */
export function namesPassagePlace(claimWord: string, passage: string): boolean {
  return PLACES.some(([adjective, place]) => adjective.test(claimWord) && place.test(passage));
}
