import { describe, expect, it } from "vitest";
import { STRINGS } from "../i18n/strings";
import { describeError, toPaneError } from "./pane-error";

describe("toPaneError", () => {
  it("keeps the binding's missing-tables value", () => {
    expect(toPaneError({ code: "tables.missing", tables: ["tblGoals", "tblActuals"] })).toEqual({
      code: "tables.missing",
      tables: ["tblGoals", "tblActuals"],
    });
  });

  it("keeps the binding's own message and its refusals", () => {
    expect(
      toPaneError({ code: "tables.missing", tables: ["tblGoals"], message: "missing: tblGoals" }),
    ).toEqual({
      code: "tables.missing",
      tables: ["tblGoals"],
      message: "missing: tblGoals",
    });
    const refused = {
      code: "sheets.exist",
      tables: ["Goals"],
      message: "Sheets with the plan's names exist (Goals)",
    };
    expect(toPaneError(refused)).toEqual({
      code: "refused",
      reason: "sheets.exist",
      message: refused.message,
    });
    expect(describeError(toPaneError(refused), STRINGS.en)).toBe(refused.message);
    const timeout = Object.assign(new Error("Excel did not respond within 30 s while reading"), {
      code: "sync.timeout",
      timeoutMs: 30_000,
    });
    expect(describeError(toPaneError(timeout), STRINGS.en)).toBe(
      "Excel did not respond within 30 s while reading",
    );
  });

  it("reads a sync timeout in milliseconds or seconds", () => {
    expect(toPaneError({ code: "sync.timeout", timeoutMs: 30_000 })).toEqual({
      code: "sync.timeout",
      seconds: 30,
    });
    expect(toPaneError({ code: "timeout", seconds: 45 })).toEqual({ code: "sync.timeout", seconds: 45 });
  });

  it("keeps the text of Office errors and plain errors", () => {
    expect(toPaneError({ code: "InvalidArgument", message: "The argument is invalid" })).toEqual({
      code: "unexpected",
      detail: "InvalidArgument: The argument is invalid",
    });
    expect(toPaneError(new Error("boom"))).toEqual({ code: "unexpected", detail: "boom" });
    expect(toPaneError("plain text")).toEqual({ code: "unexpected", detail: "plain text" });
    expect(toPaneError(undefined)).toEqual({ code: "unexpected", detail: "undefined" });
  });
});

describe("describeError", () => {
  it("says what is missing and what to do, in both languages", () => {
    const e = { code: "tables.missing", tables: ["tblGoals", "tblActuals"] } as const;
    expect(describeError(e, STRINGS.en)).toBe(
      "This workbook has no Planbook tables yet (missing: tblGoals, tblActuals). Create the plan sheets to start.",
    );
    expect(describeError(e, STRINGS["zh-CN"])).toBe(
      "此工作簿还没有 Planbook 表格（缺少：tblGoals, tblActuals）。请先创建计划工作表。",
    );
    expect(describeError({ code: "sync.timeout", seconds: 30 }, STRINGS.en)).toBe(
      "Excel did not answer within 30 seconds. Check your connection, then try again.",
    );
  });
});
