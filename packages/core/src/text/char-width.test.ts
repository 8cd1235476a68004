import { describe, expect, it } from "vitest";
import { charWidth, textWidth } from "./char-width";

describe("charWidth", () => {
  it.each([
    ["ASCII letter", "a", 1],
    ["ASCII digit", "7", 1],
    ["space", " ", 1],
    ["Latin-1 letter", "é", 1],
    ["ambiguous middle dot (narrow, as Western fonts draw it)", "·", 1],
    ["ambiguous em dash", "—", 1],
    ["Greek", "Ω", 1],
    ["Cyrillic", "Ж", 1],
    ["CJK ideograph", "目", 2],
    ["CJK extension A", "㐀", 2],
    ["CJK extension B (astral)", "𠀀", 2],
    ["CJK punctuation", "。", 2],
    ["hiragana", "あ", 2],
    ["katakana", "カ", 2],
    ["Hangul syllable", "한", 2],
    ["Hangul leading jamo", "\u1100", 2],
    ["fullwidth digit", "１", 2],
    ["fullwidth parenthesis", "（", 2],
    ["fullwidth yen sign", "￥", 2],
    ["halfwidth katakana", "ｶ", 1],
    ["emoji (grinning face)", "😀", 2],
    ["emoji (rocket)", "🚀", 2],
    ["emoji (party popper)", "🎉", 2],
    ["emoji (supplemental: brain)", "🧠", 2],
    ["emoji in the BMP (watch)", "⌚", 2],
    ["text-presentation symbol (thermometer)", "🌡", 1],
    ["Yijing hexagram (wide since Unicode 16)", "䷀", 2],
    ["combining acute accent", "\u0301", 0],
    ["combining mark in Devanagari", "\u093f", 0],
    ["variation selector 16 (emoji presentation)", "\ufe0f", 0],
    ["variation selector 15 (text presentation)", "\ufe0e", 0],
    ["zero-width space", "\u200b", 0],
    ["zero-width non-joiner", "\u200c", 0],
    ["zero-width joiner", "\u200d", 0],
    ["left-to-right mark", "\u200e", 0],
    ["word joiner", "\u2060", 0],
    ["zero-width no-break space", "\ufeff", 0],
    ["tab", "\t", 0],
    ["newline", "\n", 0],
    ["escape", "\x1b", 0],
    ["delete", "\x7f", 0],
    ["C1 control", "\x85", 0],
  ])("%s %j takes %i", (_name, ch, width) => {
    expect(charWidth(ch)).toBe(width);
  });
});

describe("textWidth", () => {
  it.each([
    ["", 0],
    ["Goal ID", 7],
    ["目标编号", 8],
    ["Q1 预算", 7],
    ["１２３", 6],
    ["café", 4],
    ["cafe\u0301", 4],
    ["👍\ufe0f", 2],
    ["粉丝数（全渠道）", 16],
    ["a\tb", 2],
  ])("%j takes %i", (text, width) => {
    expect(textWidth(text)).toBe(width);
  });
});
