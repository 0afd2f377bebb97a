// The report as a person reads it in a terminal: the figures, the most asked entries with their votes, and the
// failed questions with the command that fixes each one where a phrasing would.
import { addPhrasingCommand } from "./meaning.js";
import type { ReportDetails } from "./report.js";

/** How many entries and failed groups the table shows (the JSON has them all). */
export const TABLE_ENTRIES = 10;
export const TABLE_FAILED = 20;

const percent = (part: number, whole: number) =>
  whole === 0 ? "—" : `${((100 * part) / whole).toFixed(1)}%`;
const day = (t: number) => new Date(t).toISOString().slice(0, 10);

export function formatReportTable(details: ReportDetails): string {
  const { report: r, askedByEntry, actions } = details;
  const lines: string[] = [];
  lines.push(
    `Report: the last ${r.days} day${r.days === 1 ? "" : "s"} (${day(details.from)} to ${day(details.to)})`,
  );
  lines.push("");
  lines.push(`Questions asked: ${r.asked}`);
  const outcomes: [string, number][] = [
    ["answered", r.answered],
    ["did you mean", r.didYouMean],
    ["doesn't say", r.doesntSay],
    ["refused", r.refused],
  ];
  const width = String(r.asked).length;
  for (const [label, n] of outcomes) {
    lines.push(`  ${label.padEnd(13)} ${String(n).padStart(width)}  ${percent(n, r.asked).padStart(6)}`);
  }
  const languages = Object.entries(r.byLanguage).sort((a, b) => b[1] - a[1]);
  lines.push(
    `By language: ${languages.length === 0 ? "—" : languages.map(([l, n]) => `${l} ${n}`).join(" · ")}`,
  );

  lines.push("");
  if (r.feedback.length === 0) {
    lines.push("Most asked entries: none yet.");
  } else {
    const shown = r.feedback.slice(0, TABLE_ENTRIES);
    const idWidth = Math.max(20, ...shown.map((f) => f.entry.length));
    lines.push(`${"Most asked entries".padEnd(idWidth + 3)}asked    👍    👎`);
    for (const f of shown) {
      const asked = String(askedByEntry.get(f.entry) ?? 0);
      lines.push(
        `  ${f.entry.padEnd(idWidth)} ${asked.padStart(5)} ${String(f.up).padStart(5)} ${String(f.down).padStart(5)}`,
      );
    }
    if (r.feedback.length > shown.length)
      lines.push(`  … and ${r.feedback.length - shown.length} more (--json)`);
  }

  lines.push("");
  if (r.failed.length === 0) {
    lines.push("Failed questions: none.");
  } else {
    lines.push("Failed questions, grouped by meaning, most frequent first:");
    r.failed.slice(0, TABLE_FAILED).forEach((g, i) => {
      lines.push(`  ${String(g.count).padStart(4)}×  "${g.question}"`);
      lines.push(`         ${g.reason}; nearest: ${g.nearest ?? "—"}`);
      const action = actions[i];
      if (action?.kind === "add-phrasing") {
        lines.push(`         → add as a phrasing of ${action.entry}:`);
        lines.push(`           ${addPhrasingCommand(action.entry, g.question)}`);
      } else {
        lines.push(`         → ${g.action}`);
      }
    });
    if (r.failed.length > TABLE_FAILED) lines.push(`  … and ${r.failed.length - TABLE_FAILED} more (--json)`);
  }
  return `${lines.join("\n")}\n`;
}
