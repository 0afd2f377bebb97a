// Checks HTML the way Telegram parses it (parse_mode HTML), for the tags this bot may use: b, i, blockquote,
// a, code. Anything Telegram would reject, or show as raw markup, is a problem.

export const ALLOWED_TAGS = new Set(["b", "i", "blockquote", "a", "code"]);
const ENTITY = /^&(lt|gt|amp|quot|#\d{1,7}|#x[0-9a-fA-F]{1,6});/;

export interface ParsedHtml {
  /** The text a user sees, entities decoded, tags gone. */
  text: string;
  problems: string[];
}

export function parseTelegramHtml(html: string): ParsedHtml {
  const problems: string[] = [];
  const open: string[] = [];
  let text = "";
  let i = 0;
  while (i < html.length) {
    const ch = html[i]!;
    if (ch === "<") {
      const end = html.indexOf(">", i);
      if (end < 0) {
        problems.push(`raw "<" at ${i}`);
        break;
      }
      const tag = /^<(\/?)([a-z-]+)((?:\s+[a-z-]+="[^"<>]*")*)\s*>$/.exec(html.slice(i, end + 1));
      if (!tag) {
        problems.push(`malformed tag ${JSON.stringify(html.slice(i, end + 1))} at ${i}`);
      } else {
        const [, closing, name, attrs] = tag;
        if (!ALLOWED_TAGS.has(name!)) problems.push(`tag <${name}> is not allowed`);
        if (closing) {
          const top = open.pop();
          if (top !== name) problems.push(`</${name}> closes <${top ?? "nothing"}>`);
        } else {
          const attrNames = [...(attrs ?? "").matchAll(/\s([a-z-]+)="/g)].map((m) => m[1]);
          const allowedAttrs = name === "a" ? ["href"] : [];
          for (const a of attrNames)
            if (!allowedAttrs.includes(a!)) problems.push(`<${name}> has attribute ${a}`);
          if (name === "a" && !attrNames.includes("href")) problems.push("<a> without href");
          if (open.includes(name!)) problems.push(`<${name}> nested in itself`);
          open.push(name!);
        }
      }
      i = end + 1;
    } else if (ch === "&") {
      const entity = ENTITY.exec(html.slice(i));
      if (!entity) {
        problems.push(`raw "&" at ${i}`);
        text += ch;
        i++;
      } else {
        text += decode(entity[1]!);
        i += entity[0].length;
      }
    } else {
      if (ch === ">") problems.push(`raw ">" at ${i}`);
      text += ch;
      i++;
    }
  }
  for (const tag of open) problems.push(`<${tag}> is never closed`);
  if (text.trim() === "") problems.push("the message has no visible text");
  if (text.length > 4096) problems.push(`the text is ${text.length} characters; Telegram allows 4096`);
  return { text, problems };
}

function decode(name: string): string {
  if (name === "lt") return "<";
  if (name === "gt") return ">";
  if (name === "amp") return "&";
  if (name === "quot") return '"';
  return String.fromCodePoint(
    name.startsWith("#x") ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1)),
  );
}
