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
};

/** Tool-owned cells: grey, so operators see at a glance what not to type over. */
export const TOOL_COLOUR: RgbHex = "E7E6E6";
export const HEADER_COLOUR: RgbHex = "1F4E79";
export const TOOL_HEADER_COLOUR: RgbHex = "595959";
/** Captions and titles (the header blue) and help text (the tool-header grey). */
export const CAPTION_COLOUR: RgbHex = HEADER_COLOUR;
export const HELP_COLOUR: RgbHex = TOOL_HEADER_COLOUR;

/** exceljs / OOXML colour: opaque ARGB. */
export const argb = (rgb: RgbHex): string => `FF${rgb}`;
/** Office.js colour. */
export const cssHex = (rgb: RgbHex): string => `#${rgb}`;

/** Texts a Status cell shows for `status`: both languages, as a workbook may mix them. */
export function statusTexts(status: GoalStatus): [en: string, zh: string] {
  const labels = ENUM_LABELS.goalStatus[status];
  return [labels.en, labels["zh-CN"]];
}
