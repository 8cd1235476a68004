import { ENUM_LABELS, type GoalStatus } from "@planbook/core";

/**
 * Colours as 6-digit RGB hex, so each renderer spells them its own way (exceljs `FFRRGGBB`,
 * Office.js `#RRGGBB`) from one source.
 */
export type RgbHex = string;

/** Fill of each status (conditional formats on Status cells, Guide legend). */
export const STATUS_COLOURS: Record<GoalStatus, RgbHex> = {
  achieved: "C6EFCE",
  on_track: "DDEBF7",
  at_risk: "FFEB9C",
  off_track: "FFC7CE",
  not_started: "F2F2F2",
  /** Violet: not a band of good or bad, but "this row's inputs need fixing". */
  check: "D9D2E9",
};

/** Tool-owned cells: grey, so operators see at a glance what not to type over. */
export const TOOL_COLOUR: RgbHex = "E7E6E6";
export const HEADER_COLOUR: RgbHex = "1F4E79";
export const TOOL_HEADER_COLOUR: RgbHex = "595959";
/**
 * Captions and titles: the header blue, under the name of its use so a renderer says what it
 * colours (`@alias` tells knip the second name is meant).
 * @alias
 */
export const CAPTION_COLOUR: RgbHex = HEADER_COLOUR;
/**
 * Help text: the tool-header grey, named for its use (`@alias`: the second name is meant).
 * @alias
 */
export const HELP_COLOUR: RgbHex = TOOL_HEADER_COLOUR;

/** exceljs / OOXML colour: opaque ARGB. */
export const argb = (rgb: RgbHex): string => `FF${rgb}`;
/** Office.js colour. */
export const cssHex = (rgb: RgbHex): string => `#${rgb}`;

/**
 * The status colours as conditional formats, defined once for both renderers (exceljs in
 * packages/xlsx, Office.js in the add-in), which only spell them: a Status cell showing one of
 * `texts` is filled with `colour`.
 */
export function statusFormats(): { status: GoalStatus; texts: [en: string, zh: string]; colour: RgbHex }[] {
  return (Object.keys(STATUS_COLOURS) as GoalStatus[]).map((status) => ({
    status,
    texts: statusTexts(status),
    colour: STATUS_COLOURS[status],
  }));
}

/** A count of `check` goals (Dashboard) above 0 is filled with the check colour. */
export const CHECK_COUNT_FORMAT = { above: 0, colour: STATUS_COLOURS.check } as const;

/** Texts a Status cell shows for `status`: both languages, as a workbook may mix them. */
export function statusTexts(status: GoalStatus): [en: string, zh: string] {
  const labels = ENUM_LABELS.goalStatus[status];
  return [labels.en, labels["zh-CN"]];
}
