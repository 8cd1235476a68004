/**
 * A1 addresses, rectangles and the R1C1 <-> A1 rewriting of formula text. Rows and columns are
 * 1-based. The simulator has its own address code on purpose: it is the oracle the add-in's
 * tests run against, and an oracle that shared the add-in's A1 helpers (@planbook/workbook) would
 * agree with their bugs. It imports no package of the repository.
 */

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** Excel's grid: 1,048,576 rows × 16,384 columns (XFD). */
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

/** 1 → A, 27 → AA, 16384 → XFD. */
export function columnLetters(column: number): string {
  let out = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** A → 1, AA → 27 (either case). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const COLS = /^\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d{1,7})$/;

/**
 * `B5` / `$b$5` → row and column, scanned by hand: loading a generated workbook reads 41,000 cell
 * addresses (one per validated cell), and two regular expressions each were a fifth of the load.
 * Null when it is not a cell address (1–3 letters, 1–7 digits, optional `$`s).
 */
function parseCell(text: string): { r: number; c: number } | null {
  let i = text.charCodeAt(0) === 36 ? 1 : 0; // $
  const letters = i;
  let c = 0;
  for (; i < text.length; i++) {
    const ch = text.charCodeAt(i) & ~32; // upper case
    if (ch < 65 || ch > 90) break;
    c = c * 26 + (ch - 64);
  }
  if (i === letters || i - letters > 3) return null;
  if (text.charCodeAt(i) === 36) i++;
  const digits = i;
  let r = 0;
  for (; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch < 48 || ch > 57) return null;
    r = r * 10 + (ch - 48);
  }
  return i === digits || i - digits > 7 ? null : { r, c };
}

/** Parses `B5`, `A1:C9`, `A:C` or `3:5` (no sheet part); null when it is not an address. */
export function parseRect(text: string): Rect | null {
  const t = text.trim();
  const colon = t.indexOf(":");
  const a = colon < 0 ? t : t.slice(0, colon);
  const b = colon < 0 ? undefined : t.slice(colon + 1);
  if (b?.includes(":")) return null;
  const ca = parseCell(a);
  const cb = b === undefined ? ca : parseCell(b);
  if (ca && cb) {
    const rect = {
      r0: Math.min(ca.r, cb.r),
      c0: Math.min(ca.c, cb.c),
      r1: Math.max(ca.r, cb.r),
      c1: Math.max(ca.c, cb.c),
    };
    return inGrid(rect) ? rect : null;
  }
  if (b !== undefined) {
    const colA = COLS.exec(a);
    const colB = COLS.exec(b);
    if (colA && colB)
      return normalise({ r0: 1, c0: columnNumber(colA[1]!), r1: MAX_ROWS, c1: columnNumber(colB[1]!) });
    const rowA = ROWS.exec(a);
    const rowB = ROWS.exec(b);
    if (rowA && rowB) return normalise({ r0: Number(rowA[1]), c0: 1, r1: Number(rowB[1]), c1: MAX_COLS });
  }
  return null;
}

function normalise(r: Rect): Rect {
  return {
    r0: Math.min(r.r0, r.r1),
    c0: Math.min(r.c0, r.c1),
    r1: Math.max(r.r0, r.r1),
    c1: Math.max(r.c0, r.c1),
  };
}

function inGrid(r: Rect): boolean {
  return r.r0 >= 1 && r.c0 >= 1 && r.r1 <= MAX_ROWS && r.c1 <= MAX_COLS;
}

/** Splits `Goals!A5:C9` / `'My sheet'!A5` into sheet and local address; sheet null when absent. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

/** Excel quotes a sheet name in an address unless it is a plain identifier. */
export function quoteSheet(name: string): string {
  const plain = /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/.test(name) && parseCell(name) === null;
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function localAddress(r: Rect): string {
  const a = `${columnLetters(r.c0)}${r.r0}`;
  if (r.r0 === r.r1 && r.c0 === r.c1) return a;
  return `${a}:${columnLetters(r.c1)}${r.r1}`;
}

export function fullAddress(sheet: string, r: Rect): string {
  return `${quoteSheet(sheet)}!${localAddress(r)}`;
}

export function cellCount(r: Rect): number {
  return (r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1);
}

/**
 * Rewrites the cell references of a formula outside string literals, quoted sheet names and
 * structured references (`tbl[@Col]`), which are the same in both notations.
 */
function rewriteRefs(formula: string, pattern: RegExp, replace: (m: string[]) => string): string {
  let out = "";
  let i = 0;
  const n = formula.length;
  let plain = "";
  const flush = () => {
    out += plain.replace(pattern, (...args: unknown[]) => {
      const groups = args.slice(0, -2).map((g) => (typeof g === "string" ? g : ""));
      return replace(groups);
    });
    plain = "";
  };
  while (i < n) {
    const ch = formula[i]!;
    // R[2] / C[-1] are R1C1 offsets, not structured references.
    const offset = ch === "[" && /[RC]$/.test(plain) && /^\[-?\d+\]/.test(formula.slice(i));
    if (!offset && (ch === '"' || ch === "'" || ch === "[")) {
      flush();
      const close = ch === "[" ? "]" : ch;
      let j = i + 1;
      let depth = 1;
      while (j < n) {
        const cj = formula[j]!;
        if (ch === "[" && cj === "[") depth++;
        else if (cj === close) {
          if (ch !== "[" && formula[j + 1] === close) {
            j += 2;
            continue;
          }
          depth--;
          if (depth === 0) break;
        }
        j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    plain += ch;
    i++;
  }
  flush();
  return out;
}

const A1_REF = /(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(!])/g;
const R1C1_REF = /(?<![A-Za-z0-9_.])R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?![A-Za-z0-9_(!])/g;

/** `=B5*2` written in C5 → `=RC[-1]*2`. */
export function a1ToR1C1(formula: string, row: number, col: number): string {
  return rewriteRefs(formula, A1_REF, (m) => {
    const [whole = "", colAbs, letters = "", rowAbs, digits] = m;
    const c = columnNumber(letters);
    const r = Number(digits);
    if (c > MAX_COLS || r > MAX_ROWS || r < 1) return whole;
    const rPart = rowAbs ? `R${r}` : r === row ? "R" : `R[${r - row}]`;
    const cPart = colAbs ? `C${c}` : c === col ? "C" : `C[${c - col}]`;
    return rPart + cPart;
  });
}

/**
 * `=RC[-1]*2` written in C5 → `=B5*2`. Writing one R1C1 formula to a whole column converts the
 * same text for every row, so the parsed form of recent formulas is kept.
 */
export function r1c1ToA1(formula: string, row: number, col: number): string {
  let parts = compiled.get(formula);
  if (!parts) {
    parts = compileR1C1(formula);
    if (compiled.size >= 256) compiled.clear();
    compiled.set(formula, parts);
  }
  let out = "";
  for (const p of parts) out += typeof p === "string" ? p : p(row, col);
  return out;
}

type Part = string | ((row: number, col: number) => string);
const compiled = new Map<string, Part[]>();

/** Splits a formula into literal text and R1C1 references (rendered per cell). */
function compileR1C1(formula: string): Part[] {
  const refs: Array<(row: number, col: number) => string> = [];
  const marker = "\u0000";
  const template = r1c1ToA1Slow(formula, (render) => {
    refs.push(render);
    return marker;
  });
  const pieces = template.split(marker);
  const parts: Part[] = [];
  pieces.forEach((piece, i) => {
    if (piece !== "") parts.push(piece);
    const ref = refs[i];
    if (i < pieces.length - 1 && ref) parts.push(ref);
  });
  return parts;
}

function r1c1ToA1Slow(
  formula: string,
  emit: (render: (row: number, col: number) => string) => string,
): string {
  return rewriteRefs(formula, R1C1_REF, (m) => {
    const [, rs, cs] = m;
    const part = (s: string | undefined, base: number): { n: number; abs: boolean } => {
      if (s === undefined || s === "") return { n: base, abs: false };
      if (s.startsWith("[")) return { n: base + Number(s.slice(1, -1)), abs: false };
      return { n: Number(s), abs: true };
    };
    return emit((row, col) => {
      const r = part(rs, row);
      const c = part(cs, col);
      if (r.n < 1 || c.n < 1 || r.n > MAX_ROWS || c.n > MAX_COLS) return "#REF!";
      return `${c.abs ? "$" : ""}${columnLetters(c.n)}${r.abs ? "$" : ""}${r.n}`;
    });
  });
}
