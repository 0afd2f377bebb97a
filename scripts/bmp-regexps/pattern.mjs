// The pattern-level half of the BMP-only rewrite (scripts/bmp-regexps.mjs; source.mjs finds the literals): splits
// one literal's text into regex units, rewrites each Unicode property escape to a form that matches no code point
// beyond U+FFFF, and checks every distinct rewritten atom or class against the original over all 65,536 code units
// under the literal's flags (both /u and /iu when they are not known). What does not check out is left and listed.
//   \p{L} → [^\P{L}\u{10000}-\u{10ffff}]      \P{L} → [\P{L}\u{10000}-\u{10ffff}]
//   [x\p{L}] → (?:[^\P{L}\u{10000}-\u{10ffff}]|[x])      [^x\p{L}] → (?:(?![^\P{L}\u{10000}-\u{10ffff}])[^x])
// Under /iu case folding ties U+0345 to ι, so there \p{L} gets `|[\u0399\u03b9\u1fbe]` and `[^\p{L}]` a lookahead;
// a form that does not check out (\p{Lu} under /iu) is left as it was.

/** A unit of a pattern: its regex-level text (re), its text in the source (raw), what it is. */
export const unit = (kind, re, raw, extra = {}) => ({ kind, re, raw, ...extra });

/** Cooks one string escape (after the backslash) at raw[i]: [cooked char, raw length], or null when unsure. */
function cookEscape(raw, i) {
  const c = raw[i];
  const simple = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f", v: "\v", 0: "\0" };
  if (c in simple && !(c === "0" && /[0-9]/.test(raw[i + 1] ?? ""))) return [simple[c], 1];
  if (c === "x") return [String.fromCharCode(Number.parseInt(raw.slice(i + 1, i + 3), 16)), 3];
  if (c === "u" && raw[i + 1] === "{") {
    const end = raw.indexOf("}", i);
    return [String.fromCodePoint(Number.parseInt(raw.slice(i + 2, end), 16)), end - i + 1];
  }
  if (c === "u") return [String.fromCharCode(Number.parseInt(raw.slice(i + 1, i + 5), 16)), 5];
  if (c === "\n" || c === "\r" || /[0-9]/.test(c)) return null;
  return [c, 1];
}

/**
 * Splits a literal's raw text into units. bs is how a regex backslash is written there: "\\" in a regex literal,
 * "\\\\" in a string or template. Returns null when the text is unsure (a bracket or backslash written as a
 * string escape other than \\).
 */
export function units(raw, bs) {
  const out = [];
  let i = 0;
  /** One regex-level character at raw[i]: [char, raw length] (a string escape cooked), or null. */
  const charAt = (j) => {
    if (bs === "\\" || raw[j] !== "\\") return [raw[j], 1];
    if (raw[j + 1] === "\\") return ["\\", 2];
    const cooked = cookEscape(raw, j + 1);
    if (!cooked || "[]\\^".includes(cooked[0])) return null;
    return [cooked[0], cooked[1] + 1];
  };
  while (i < raw.length) {
    if (raw.startsWith(bs, i)) {
      const next = charAt(i + bs.length);
      if (!next) return null;
      const [c, len] = next;
      const j = i + bs.length + len;
      // \p{…} or \u{…} whose closing brace is not in this text (its name a template substitution): the rest of
      // the piece is kept as it is, unread (indexOf's -1 once restarted the scan at 0, for ever).
      if ((c === "p" || c === "P" || c === "u") && raw[j] === "{" && !raw.includes("}", j)) {
        out.push(unit("unread", `\\${c}{`, raw.slice(i), { prop: c !== "u" }));
        break;
      }
      if ((c === "p" || c === "P") && raw[j] === "{") {
        const end = raw.indexOf("}", j);
        const name = raw.slice(j + 1, end);
        out.push(unit("prop", `\\${c}{${name}}`, raw.slice(i, end + 1), { name, negated: c === "P" }));
        i = end + 1;
        continue;
      }
      if (c === "u" && raw[j] === "{") {
        const end = raw.indexOf("}", j);
        out.push(unit("esc", `\\u${raw.slice(j, end + 1)}`, raw.slice(i, end + 1)));
        i = end + 1;
        continue;
      }
      if (c === "u" || c === "x") {
        const n = c === "u" ? 4 : 2;
        out.push(unit("esc", `\\${c}${raw.slice(j, j + n)}`, raw.slice(i, j + n)));
        i = j + n;
        continue;
      }
      out.push(unit("esc", `\\${c}`, raw.slice(i, j)));
      i = j;
      continue;
    }
    const next = charAt(i);
    if (!next) return null;
    out.push(unit("char", next[0], raw.slice(i, i + next[1])));
    i += next[1];
  }
  return out;
}

const ASTRAL = (bs) => `${bs}u{10000}-${bs}u{10ffff}`;
/** The BMP-only class for \p{name} (or \P{name} when negated), written with backslash bs. */
const bmpClass = (name, negated, bs) => `[${negated ? "" : "^"}${bs}P{${name}}${ASTRAL(bs)}]`;
/** Letters case folding ties to U+0345 (a mark): a negated class loses them under /iu. */
const IOTA = (bs) => `[${bs}u0399${bs}u03b9${bs}u1fbe]`;

/** Candidate BMP forms of \p{name} / \P{name}, in order of preference. */
function atomForms(name, negated, bs) {
  const plain = bmpClass(name, negated, bs);
  if (!negated) return [plain, `(?:${plain}|${IOTA(bs)})`];
  return [plain, `(?:(?!${bmpClass(name, false, bs)}|${IOTA(bs)})[^])`];
}

const FLAG_SETS = { u: ["u"], string: ["u", "iu"], iu: ["iu"] };
const verified = new Map();
/** Whether the pattern texts a and b (regex level) match the same single code units, and emoji, under flags. */
function sameOnBmp(a, b, flagSet) {
  const key = `${a}\0${b}\0${flagSet}`;
  if (verified.has(key)) return verified.get(key);
  let same = true;
  for (const flags of FLAG_SETS[flagSet]) {
    let ra;
    let rb;
    try {
      ra = new RegExp(`^(?:${a})$`, flags);
      rb = new RegExp(`^(?:${b})$`, flags);
    } catch {
      same = false;
      break;
    }
    for (let c = 0; c < 0x10000 && same; c++) {
      const s = String.fromCharCode(c);
      same = ra.test(s) === rb.test(s);
    }
    for (const s of ["\u{1f600}", "\u{1f1f7}", "\u{e0041}"]) same &&= ra.test(s) === rb.test(s);
  }
  verified.set(key, same);
  return same;
}
/** The regex-level text of a rewrite written with bs. */
const reLevel = (text, bs) => (bs === "\\" ? text : text.replaceAll(bs, "\\"));

/** The first atom form that matches as `original` does, or null. */
function atom(name, negated, original, flagSet, bs) {
  for (const form of atomForms(name, negated, bs))
    if (sameOnBmp(original, reLevel(form, bs), flagSet)) return form;
  return null;
}

/** A class already in BMP form: [^?\p{X}\u{10000}-\u{10ffff}]. */
const isBmpForm = (items) =>
  items.length === 4 &&
  items[0].kind === "prop" &&
  items[1].re === "\\u{10000}" &&
  items[2].re === "-" &&
  items[3].re === "\\u{10ffff}";

/** Why an unread \\p{ (its name a template substitution) is left. */
const unreadWhy = (u) => ({
  escape: `${u.re}…}`,
  why: "its name is not in the literal (a template substitution)",
});

/**
 * Rewrites the units of one literal. Returns { text, left: [{ escape, why }], changed }. Opaque units (template
 * substitutions) have kind "hole".
 */
export function rewrite(list, bs, flagSet) {
  let text = "";
  let changed = 0;
  const left = [];
  for (let i = 0; i < list.length; i++) {
    const u = list[i];
    if (u.kind === "prop") {
      const form = atom(u.name, u.negated, u.re, flagSet, bs);
      if (form) {
        text += form;
        changed++;
      } else {
        text += u.raw;
        left.push({
          escape: u.re,
          why: `no BMP form matches as it does under ${FLAG_SETS[flagSet].join(", ")}`,
        });
      }
      continue;
    }
    if (u.kind === "unread") {
      text += u.raw;
      if (u.prop) left.push(unreadWhy(u));
      continue;
    }
    if (u.kind === "hole" || u.kind === "esc" || u.re !== "[") {
      if (u.kind === "char" && u.re === "]")
        return { text: null, left: [{ escape: "", why: "starts inside a class" }] };
      text += u.raw;
      continue;
    }
    // A class: collect its items up to the closing bracket.
    let j = i + 1;
    const negated = list[j]?.kind === "char" && list[j].re === "^";
    if (negated) j++;
    const items = [];
    while (j < list.length && !(list[j].kind === "char" && list[j].re === "]")) items.push(list[j++]);
    const props = items.filter((x) => x.kind === "prop");
    const rawClass = list
      .slice(i, j + 1)
      .map((x) => x.raw)
      .join("");
    if (j >= list.length)
      return props.length > 0
        ? {
            text: null,
            left: props.map((p) => ({ escape: p.re, why: "in a class this literal leaves open" })),
          }
        : {
            text:
              text +
              list
                .slice(i)
                .map((x) => x.raw)
                .join(""),
            left,
            changed,
          };
    i = j;
    for (const p of items.filter((x) => x.kind === "unread" && x.prop)) left.push(unreadWhy(p));
    if (props.length === 0 || isBmpForm(items)) {
      text += rawClass;
      continue;
    }
    if (items.some((x) => x.kind === "hole")) {
      text += rawClass;
      for (const p of props) left.push({ escape: p.re, why: "in a class holding a template substitution" });
      continue;
    }
    const rest = items.filter((x) => x.kind !== "prop");
    if (rest[0]?.kind === "char" && rest[0].re === "^") rest[0] = unit("esc", "\\^", `${bs}^`);
    const restRaw = rest.map((x) => x.raw).join("");
    const originalRe = `[${negated ? "^" : ""}${items.map((x) => x.re).join("")}]`;
    const forms = props.map((p) => atom(p.name, p.negated, p.re, flagSet, bs));
    const candidates = [];
    if (forms.every(Boolean)) {
      const alternatives = [...forms, ...(rest.length ? [`[${restRaw}]`] : [])];
      if (!negated)
        candidates.push(alternatives.length === 1 ? alternatives[0] : `(?:${alternatives.join("|")})`);
      else {
        if (props.length === 1 && rest.length === 0) {
          const p = props[0];
          const complement = atom(p.name, !p.negated, `\\${p.negated ? "p" : "P"}{${p.name}}`, flagSet, bs);
          if (complement) candidates.push(complement);
        }
        candidates.push(`(?:(?!${forms.join("|")})[^${restRaw}])`);
      }
    }
    const chosen = candidates.find((c) => sameOnBmp(originalRe, reLevel(c, bs), flagSet));
    if (chosen) {
      text += chosen;
      changed += props.length;
    } else {
      text += rawClass;
      for (const p of props)
        left.push({ escape: p.re, why: `in ${originalRe}: no rewrite matches as it does` });
    }
  }
  return { text, left, changed };
}
