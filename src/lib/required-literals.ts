// What a regexp cannot match without: a set of literal strings one of which every match contains (the prefilters of
// RE2 and Hyperscan, read from the pattern's syntax). prefiltered-regexp.ts skips a regexp whose literals are all
// absent from the subject: irregexp compiles a pattern on its first run, so a pattern never run on a message that
// could not match compiles no machine code, and costs no time. Under the i flag the literals and the subject are
// compared case-folded (foldCase). Sound, not complete: anything this reader is unsure of counts as unknown text,
// which requires nothing, so at worst a pattern gets no literals (null: always run). This file reads the pattern's
// syntax; the literal sets it builds, and how they combine, are literal-pieces.ts.
import { foldCase } from "./fold-case.js";
import {
  asRequired,
  better,
  commonEnd,
  cross,
  EMPTY,
  MAX_LENGTH,
  MAX_SET,
  type Piece,
  UNKNOWN,
} from "./literal-pieces.js";

export { foldCase };

/** A parse failure: the pattern gets no literals. */
class Unsure extends Error {}

/** The literals one of which every match of the regexp (source, flags) contains, folded under i; null: none known. */
export function requiredLiterals(source: string, flags: string): string[] | null {
  if (flags.includes("v")) return null;
  try {
    const piece = new Reader(source, flags.includes("i"), flags.includes("u")).pattern();
    return asRequired(better(piece.required, asRequired(piece.exact)));
  } catch (e) {
    if (e instanceof Unsure) return null;
    throw e;
  }
}

const CLASS_ESCAPES = "dDwWsS";
const CONTROL: Readonly<Record<string, string>> = { n: "\n", t: "\t", r: "\r", f: "\f", v: "\v" };

class Reader {
  private at = 0;
  constructor(
    private readonly src: string,
    private readonly fold: boolean,
    private readonly unicode: boolean,
  ) {}

  pattern(): Piece {
    const piece = this.alternation();
    if (this.at < this.src.length) throw new Unsure();
    return piece;
  }

  /** One character of the pattern as a piece, folded under i (a fold that is not one character: unknown). */
  private char(c: string): Piece {
    if (!this.fold) return { exact: [c], required: null };
    const f = foldCase(c);
    return f.length === 1 && c.length === 1 ? { exact: [f], required: null } : UNKNOWN;
  }

  private alternation(): Piece {
    const ways = [this.sequence()];
    while (this.src[this.at] === "|") {
      this.at++;
      ways.push(this.sequence());
    }
    if (ways.length === 1) return ways[0]!;
    const exact = ways.every((w) => w.exact) ? [...new Set(ways.flatMap((w) => w.exact!))] : null;
    const each = ways.map((w) => better(w.required, asRequired(w.exact)));
    const required = each.every(Boolean) ? asRequired(each.flatMap((r) => r!)) : null;
    return { exact: exact && exact.length <= MAX_SET ? exact : null, required };
  }

  private sequence(): Piece {
    let run: string[] = [""];
    let whole = true;
    let required: string[] | null = null;
    const close = () => {
      required = better(required, asRequired(run));
      // What all of the run's strings end with (`(?:is|are|was) not ` → " not "), one literal instead of several.
      if (run.length > 1) required = better(required, asRequired([commonEnd(run)]));
      run = [""];
      whole = false;
    };
    while (this.at < this.src.length && this.src[this.at] !== "|" && this.src[this.at] !== ")") {
      const term = this.term();
      required = better(required, term.required);
      const joined = term.exact && cross(run, term.exact);
      if (joined) {
        run = joined;
        // Every string as long as a literal is kept: the run is complete as a literal.
        if (run.every((r) => r.length >= MAX_LENGTH)) close();
      } else {
        close();
        if (term.exact) run = term.exact.length <= MAX_SET ? term.exact : [""];
      }
    }
    if (whole) return { exact: run, required };
    close();
    return { exact: null, required };
  }

  private term(): Piece {
    const atom = this.atom();
    const next = this.src[this.at];
    if (next !== "*" && next !== "+" && next !== "?" && next !== "{") return atom;
    const q = /^(?:[*+?]|\{(\d+)(?:(,)(\d*))?\})/.exec(this.src.slice(this.at, this.at + 24));
    if (!q) return atom;
    this.at += q[0].length;
    if (this.src[this.at] === "?") this.at++;
    const min = q[0] === "+" ? 1 : q[0] === "*" || q[0] === "?" ? 0 : Number(q[1]);
    const max = q[0] === "?" ? 1 : q[1] !== undefined && !q[2] ? Number(q[1]) : Number.POSITIVE_INFINITY;
    const required = better(atom.required, asRequired(atom.exact));
    if (min === 0)
      return { exact: max === 1 && atom.exact ? [...new Set(["", ...atom.exact])] : null, required: null };
    return { exact: min === 1 && max === 1 ? atom.exact : null, required };
  }

  private atom(): Piece {
    const c = this.src[this.at++]!;
    if (c === "(") return this.group();
    if (c === "[") return this.charClass();
    if (c === ".") return UNKNOWN;
    if (c === "^" || c === "$") return EMPTY;
    if (c === "\\") return this.escape();
    if ("*+?".includes(c)) throw new Unsure();
    if ((c === "{" || c === "}" || c === "]") && this.unicode) throw new Unsure();
    const point = this.unicode ? this.src.codePointAt(this.at - 1)! : c.charCodeAt(0);
    if (point > 0xffff) this.at++;
    return this.char(String.fromCodePoint(point));
  }

  private depth = 0;

  private group(): Piece {
    // Groups nested deeper than any of ours: unsure (the reader recurses once per group).
    if (++this.depth > 64) throw new Unsure();
    let kind = "";
    if (this.src[this.at] === "?") {
      const m = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(this.src.slice(this.at, this.at + 64));
      if (!m) throw new Unsure();
      this.at += m[0].length;
      kind = m[0];
    }
    const inner = this.alternation();
    if (this.src[this.at++] !== ")") throw new Unsure();
    this.depth--;
    if (kind === "?=" || kind === "?<=")
      return { exact: [""], required: better(inner.required, asRequired(inner.exact)) };
    if (kind === "?!" || kind === "?<!") return EMPTY;
    return inner;
  }

  /** After a backslash outside a class. */
  private escape(): Piece {
    const c = this.src[this.at++];
    if (c === undefined) throw new Unsure();
    if (c === "b" || c === "B") return EMPTY;
    if (CLASS_ESCAPES.includes(c)) return UNKNOWN;
    if (c === "p" || c === "P" || c === "k") {
      const end = this.src.indexOf(c === "k" ? ">" : "}", this.at);
      if (end < 0 || (c === "k" && !this.src.startsWith("<", this.at))) throw new Unsure();
      this.at = end + 1;
      return UNKNOWN;
    }
    if (c === "c" && /[A-Za-z]/.test(this.src[this.at] ?? "")) {
      this.at++;
      return UNKNOWN;
    }
    if (c >= "0" && c <= "9" && (c !== "0" || /[0-9]/.test(this.src[this.at] ?? ""))) {
      // A back reference (or, without u and with fewer groups, an octal escape): unknown text either way.
      while (/[0-9]/.test(this.src[this.at] ?? "")) this.at++;
      return UNKNOWN;
    }
    const cooked = this.cooked(c);
    return cooked === null ? UNKNOWN : this.char(cooked);
  }

  /** The character an escape (after the backslash, its first character c read) stands for; null when unsure. */
  private cooked(c: string): string | null {
    if (c in CONTROL) return CONTROL[c]!;
    if (c === "0") return /[0-9]/.test(this.src[this.at] ?? "") ? null : "\0";
    if (c === "x" && /^[0-9a-fA-F]{2}/.test(this.src.slice(this.at, this.at + 2))) {
      this.at += 2;
      return String.fromCharCode(Number.parseInt(this.src.slice(this.at - 2, this.at), 16));
    }
    if (c === "u") {
      const braced = /^\{([0-9a-fA-F]+)\}/.exec(this.src.slice(this.at, this.at + 10));
      if (braced && this.unicode) {
        this.at += braced[0].length;
        return String.fromCodePoint(Number.parseInt(braced[1]!, 16));
      }
      if (/^[0-9a-fA-F]{4}/.test(this.src.slice(this.at, this.at + 4))) {
        this.at += 4;
        return String.fromCharCode(Number.parseInt(this.src.slice(this.at - 4, this.at), 16));
      }
      return null;
    }
    if (c === "c" || /[A-Za-z0-9]/.test(c)) return null;
    return c;
  }

  /** After `[`: a small set of known characters, else unknown. */
  private charClass(): Piece {
    const negated = this.src[this.at] === "^";
    if (negated) this.at++;
    const chars = new Set<string>();
    let known = !negated;
    while (this.at < this.src.length && this.src[this.at] !== "]") {
      const item = this.classChar();
      if (item === null) {
        known = false;
        continue;
      }
      if (this.src[this.at] === "-" && this.src[this.at + 1] !== "]" && this.at + 1 < this.src.length) {
        this.at++;
        const to = this.classChar();
        if (to === null || item.length !== 1 || to.length !== 1 || to.charCodeAt(0) - item.charCodeAt(0) > 8)
          known = false;
        else for (let p = item.charCodeAt(0); p <= to.charCodeAt(0); p++) chars.add(String.fromCharCode(p));
        continue;
      }
      chars.add(item);
    }
    if (this.src[this.at++] !== "]") throw new Unsure();
    if (!known || chars.size === 0 || chars.size > 8) return UNKNOWN;
    const pieces = [...chars].map((ch) => this.char(ch));
    return pieces.every((p) => p.exact)
      ? { exact: [...new Set(pieces.flatMap((p) => p.exact!))], required: null }
      : UNKNOWN;
  }

  /** One character of a class (an escape cooked); null for a class escape or one this reader is unsure of. */
  private classChar(): string | null {
    const c = this.src[this.at++]!;
    if (c !== "\\") {
      const point = this.unicode ? this.src.codePointAt(this.at - 1)! : c.charCodeAt(0);
      if (point > 0xffff) {
        this.at++;
        return null;
      }
      return c;
    }
    const e = this.src[this.at++];
    if (e === undefined) throw new Unsure();
    if (e === "b") return "\b";
    if (e === "p" || e === "P") {
      const end = this.src.indexOf("}", this.at);
      if (end < 0) throw new Unsure();
      this.at = end + 1;
      return null;
    }
    if (CLASS_ESCAPES.includes(e) || e === "-") return e === "-" ? "-" : null;
    const cooked = this.cooked(e);
    return cooked !== null && cooked.length === 1 ? cooked : null;
  }
}
