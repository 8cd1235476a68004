/** Error codes as Excel reports them in `OfficeExtension.Error.code`. */
export type SimErrorCode =
  | "PropertyNotLoaded"
  | "InvalidObjectPath"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidReference"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "GeneralException";

/** Mirrors OfficeExtension.Error: `code`, `message` and `debugInfo.errorLocation`. */
export class SimError extends Error {
  readonly code: SimErrorCode;
  readonly debugInfo: { code: SimErrorCode; message: string; errorLocation: string };

  constructor(code: SimErrorCode, message: string, errorLocation = "") {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}
