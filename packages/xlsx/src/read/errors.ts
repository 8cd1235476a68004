/**
 * Why a file could not be read at all. These are values with stable codes: the edge (CLI, roll-up)
 * turns them into a message in the user's language with `fileErrorText`; `detail` is technical
 * English for reports and JSON, written by this package (never a library's message).
 */
export type WorkbookFileErrorCode =
  | "file.not-found"
  | "file.unreadable"
  | "file.too-large"
  | "file.zip-bomb"
  | "file.not-xlsx"
  | "file.legacy-xls"
  | "file.encrypted"
  | "file.corrupt";

export const WORKBOOK_FILE_ERROR_CODES: readonly WorkbookFileErrorCode[] = [
  "file.not-found",
  "file.unreadable",
  "file.too-large",
  "file.zip-bomb",
  "file.not-xlsx",
  "file.legacy-xls",
  "file.encrypted",
  "file.corrupt",
];

export interface WorkbookFileErrorValue {
  code: WorkbookFileErrorCode;
  /** The path (or label) of the file as the caller named it. */
  file: string;
  /** Technical detail (sizes, the damaged part) for the report; English, not localised. */
  detail: string;
  /** The package part where the damage is (`xl/worksheets/sheet2.xml`), when known. */
  part?: string;
  /** Sizes for file.too-large (bytes) and file.zip-bomb. */
  size?: number;
  limit?: number;
}

/** Thrown by the readers so callers can `catch` once; carries the typed value. */
export class WorkbookFileError extends Error {
  readonly code: WorkbookFileErrorCode;
  readonly file: string;
  readonly detail: string;
  readonly part: string | undefined;
  readonly size: number | undefined;
  readonly limit: number | undefined;

  constructor(value: WorkbookFileErrorValue) {
    super(`${value.code}: ${value.file}: ${value.detail}`);
    this.name = "WorkbookFileError";
    this.code = value.code;
    this.file = value.file;
    this.detail = value.detail;
    this.part = value.part;
    this.size = value.size;
    this.limit = value.limit;
  }

  toValue(): WorkbookFileErrorValue {
    const v: WorkbookFileErrorValue = { code: this.code, file: this.file, detail: this.detail };
    if (this.part !== undefined) v.part = this.part;
    if (this.size !== undefined) v.size = this.size;
    if (this.limit !== undefined) v.limit = this.limit;
    return v;
  }
}

export function isWorkbookFileError(e: unknown): e is WorkbookFileError {
  return e instanceof WorkbookFileError;
}
