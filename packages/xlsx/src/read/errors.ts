/**
 * Why a file could not be read at all. These are values with stable codes: the CLI turns them
 * into a message in the user's language (exit 2); nothing here is user-facing text.
 */
export type WorkbookFileErrorCode = "file.too-large" | "file.zip-bomb" | "file.not-xlsx" | "file.unreadable";

export interface WorkbookFileErrorValue {
  code: WorkbookFileErrorCode;
  /** The path (or label) of the file as the caller named it. */
  file: string;
  /** Technical detail (sizes, the library's message) for the report; English, not localised. */
  detail: string;
}

/** Thrown by the readers so callers can `catch` once; carries the typed value. */
export class WorkbookFileError extends Error {
  readonly code: WorkbookFileErrorCode;
  readonly file: string;
  readonly detail: string;

  constructor(value: WorkbookFileErrorValue) {
    super(`${value.code}: ${value.file}: ${value.detail}`);
    this.name = "WorkbookFileError";
    this.code = value.code;
    this.file = value.file;
    this.detail = value.detail;
  }

  toValue(): WorkbookFileErrorValue {
    return { code: this.code, file: this.file, detail: this.detail };
  }
}

export function isWorkbookFileError(e: unknown): e is WorkbookFileError {
  return e instanceof WorkbookFileError;
}
