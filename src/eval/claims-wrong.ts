// The misjudged claims of a labelled set, one block each, for `npm run claims -- --wrong FILE`: the claim as
// labelled and as judged, where the label and the checker put it, and the checker's evidence — the list the next
// engineer starts from. A false claim confirmed is flagged first on its line.
import { type ClaimChecker, type ClaimVerdict, confirms } from "../claims/index.js";
import { isFalseClaim, type LabelledClaim } from "./claims.js";

export interface WrongClaim {
  /** 1-based position of the claim in its set. */
  n: number;
  labelled: LabelledClaim;
  judged: ClaimVerdict;
  /** A false claim (altered, misattributed, not in the article) judged verbatim or paraphrase. */
  falseConfirmed: boolean;
}

export function wrongClaims(labelled: readonly LabelledClaim[], check: ClaimChecker): WrongClaim[] {
  return labelled.flatMap((l, i) => {
    const judged = check(l.claim);
    if (judged.verdict === l.expect) return [];
    return [
      { n: i + 1, labelled: l, judged, falseConfirmed: isFalseClaim(l.expect) && confirms(judged.verdict) },
    ];
  });
}

export function formatWrongClaim(w: WrongClaim): string {
  const { labelled: l, judged: v } = w;
  const where = `¶${l.paragraph ?? "-"} ${l.speaker ?? "-"} → ¶${v.span?.paragraph ?? "-"} ${v.sources.map((s) => s.speakerId).join("+") || "-"}`;
  const head = `${w.falseConfirmed ? "FALSE CONFIRMED " : ""}#${w.n} ${l.lang ?? "en"} ${l.expect} → ${v.verdict} (${where})`;
  const changes = v.changes.map((c) => `${c.kind}:${c.claimed}/${c.article}`).join(", ");
  return [
    head,
    `  claim: ${l.claim}`,
    `  span:  ${v.span?.text ?? "-"}`,
    `  containment ${v.similarity.containment.toFixed(3)}, coverage ${v.similarity.coverage.toFixed(3)}; changes [${changes}]; unbacked [${v.unbacked.join(", ")}]`,
  ].join("\n");
}
