// The generated claims judged by kind: how many right, how many false claims confirmed, and the misses.
import type { ClaimChecker } from "../claims/index.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { confirms, isFalseClaim } from "./claims.js";
import { adversarialClaims } from "./claims-adversarial.js";

export function reportAdversarial(
  kb: KnowledgeBase,
  check: ClaimChecker,
  allMisses: boolean,
): { text: string; falseConfirmed: number } {
  const results = adversarialClaims(kb).map((g) => ({ g, v: check(g.claim) }));
  const kinds = [...new Set(results.map((r) => r.g.kind))];
  const lines: string[] = ["kind                 right        false confirmed  got"];
  let falseConfirmed = 0;
  for (const kind of kinds) {
    const of = results.filter((r) => r.g.kind === kind);
    const right = of.filter((r) => r.v.verdict === r.g.expect).length;
    const wrongWay = of.filter((r) => isFalseClaim(r.g.expect) && confirms(r.v.verdict)).length;
    falseConfirmed += wrongWay;
    const got = new Map<string, number>();
    for (const r of of) got.set(r.v.verdict, (got.get(r.v.verdict) ?? 0) + 1);
    lines.push(
      `${kind.padEnd(20)} ${`${right}/${of.length}`.padStart(8)} ${`${Math.round((100 * right) / of.length)}%`.padStart(5)}  ${String(wrongWay).padStart(8)}        ${[...got].map(([v, n]) => `${v} ${n}`).join(", ")}`,
    );
  }
  const right = results.filter((r) => r.v.verdict === r.g.expect).length;
  lines.push(
    `all                  ${right}/${results.length} (${Math.round((100 * right) / results.length)}%), false claims confirmed: ${falseConfirmed}`,
  );
  const misses = results.filter(
    (r) => r.v.verdict !== r.g.expect && (allMisses || (isFalseClaim(r.g.expect) && confirms(r.v.verdict))),
  );
  lines.push(allMisses ? "\nmisses:" : "\nfalse claims confirmed:");
  for (const r of misses)
    lines.push(
      `  ${r.g.kind}: expected ${r.g.expect}, got ${r.v.verdict} | ${r.g.claim} | c ${r.v.similarity.containment} ¶${r.v.span?.paragraph ?? "-"} [${r.v.changes.map((c) => `${c.kind}:${c.claimed}/${c.article}`).join(", ")}] unbacked [${r.v.unbacked.join(", ")}]`,
    );
  return { text: lines.join("\n"), falseConfirmed };
}
