import { type SaxesAttributeNS, SaxesParser, type SaxesTagNS } from "saxes";
import { WorkbookFileError } from "../errors";

export interface XmlHandlers {
  open?: (tag: SaxesTagNS) => void;
  close?: (tag: SaxesTagNS) => void;
  text?: (text: string) => void;
}

/** Where a parse runs: the file (for errors) and the part being read. */
export interface PartContext {
  file: string;
  part: string;
}

export function corruptPart(ctx: PartContext, detail: string): WorkbookFileError {
  return new WorkbookFileError({ code: "file.corrupt", file: ctx.file, part: ctx.part, detail });
}

/**
 * XML parts are UTF-8 or UTF-16 (OPC §8.1.4), with or without a byte-order mark. Decoding is done
 * here, once, rather than trusting a declaration the parser would have to act on.
 */
export function decodeXml(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString("utf16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return swapped.toString("utf16le");
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString("utf8");
  return bytes.toString("utf8");
}

/**
 * One part streamed through saxes with namespaces resolved, fed text by `write` as it is inflated.
 * A part that is not well-formed XML (or breaks a handler's expectations) becomes file.corrupt
 * naming the part — the parser's own wording stays out of it: the position goes into `detail`, in
 * our words.
 */
export class XmlStream {
  private readonly parser = new SaxesParser({ xmlns: true, position: true });
  private failure: string | null = null;

  constructor(
    private readonly ctx: PartContext,
    handlers: XmlHandlers,
  ) {
    const parser = this.parser;
    parser.on("error", () => {
      // remember only the first error: saxes continues after reporting one
      this.failure ??= `not well-formed XML near line ${parser.line}, column ${parser.column}`;
    });
    if (handlers.open) parser.on("opentag", handlers.open);
    if (handlers.close) parser.on("closetag", handlers.close);
    if (handlers.text) {
      const text = handlers.text;
      parser.on("text", text);
      parser.on("cdata", text);
    }
  }

  write(text: string): void {
    if (this.failure !== null) return;
    this.guard(() => this.parser.write(text));
  }

  close(): void {
    if (this.failure === null) this.guard(() => this.parser.close());
    if (this.failure !== null) throw corruptPart(this.ctx, this.failure);
  }

  private guard(step: () => void): void {
    try {
      step();
    } catch (e) {
      if (e instanceof WorkbookFileError) throw e;
      this.failure ??= "not well-formed XML";
    }
    if (this.failure !== null) throw corruptPart(this.ctx, this.failure);
  }
}

/** Parses a whole part held in memory (the small parts: workbook, rels, tables, styles, strings). */
export function parseXml(bytes: Buffer, ctx: PartContext, handlers: XmlHandlers): void {
  const xml = new XmlStream(ctx, handlers);
  xml.write(decodeXml(bytes));
  xml.close();
}

/** An attribute's value by local name and namespace (`""` = no namespace, as unprefixed attributes are). */
export function attr(
  tag: SaxesTagNS,
  local: string,
  ns: (uri: string) => boolean = isNoNamespace,
): string | undefined {
  const attrs = tag.attributes as Record<string, SaxesAttributeNS>;
  // the usual case first: an unprefixed attribute is keyed by its local name
  const direct = attrs[local];
  if (direct && direct.local === local && ns(direct.uri)) return direct.value;
  for (const key in attrs) {
    const a = attrs[key];
    if (a && a.local === local && ns(a.uri)) return a.value;
  }
  return undefined;
}

const isNoNamespace = (uri: string) => uri === "";
