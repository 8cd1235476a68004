import { describe, expect, it } from "vitest";
import { type DialogMessage, dialogUrl, parseDialogHash } from "./dialog-message";

describe("dialog message URL", () => {
  const message: DialogMessage = {
    lang: "zh-CN",
    title: "目标校验完成",
    lines: ["2 个错误 #1 & 100%"],
    tone: "info",
  };

  it("puts the message in the fragment next to the function file and reads it back", () => {
    const url = new URL(dialogUrl("https://addin.example.com/planbook/commands.html?x=1", message));
    expect(url.origin + url.pathname).toBe("https://addin.example.com/planbook/dialog.html");
    expect(url.search).toBe("");
    expect(parseDialogHash(url.hash)).toEqual(message);
  });

  it("rejects fragments that are not a message", () => {
    expect(parseDialogHash("")).toBeNull();
    expect(parseDialogHash("#%7Bbroken")).toBeNull();
    expect(
      parseDialogHash(`#${encodeURIComponent(JSON.stringify({ lang: "fr", title: "x", lines: [] }))}`),
    ).toBeNull();
    expect(
      parseDialogHash(`#${encodeURIComponent(JSON.stringify({ lang: "en", title: "x", lines: [1] }))}`),
    ).toBeNull();
  });
});
