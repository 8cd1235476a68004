import type { LocatedFinding } from "@planbook/core";
import { describe, expect, it } from "vitest";
import { failedMessage, validatedMessage } from "./messages";

const finding = (severity: LocatedFinding["severity"]): LocatedFinding => ({
  rule: "goal.target.missing",
  severity,
  smart: "M",
  sheet: "Goals",
  table: "tblGoals",
  cell: "J4",
  ref: "G1",
  message: "Target is missing",
});

describe("ribbon command messages", () => {
  it("summarises findings and points to the pane", () => {
    expect(validatedMessage([finding("error"), finding("error"), finding("warning")], "en")).toEqual({
      lang: "en",
      title: "Goals validated",
      lines: [
        "Validation finished: 2 errors, 1 warning, 0 notes.",
        "Open the Planbook pane (Home › Planbook) to see the list and jump to each cell.",
      ],
      tone: "info",
    });
    expect(validatedMessage([], "zh-CN").lines).toEqual(["未发现问题：所有目标均通过校验。"]);
  });

  it("turns a failure into an error message", () => {
    expect(failedMessage({ code: "tables.missing", tables: ["tblGoals"] }, "en")).toEqual({
      lang: "en",
      title: "Planbook could not finish",
      lines: [
        "This workbook has no Planbook tables yet (missing: tblGoals). Create the plan sheets to start.",
      ],
      tone: "error",
    });
  });
});
