import type { Language, Plan } from "@planbook/core";
import { HEADER_COLOUR, type RgbHex } from "../layout/colours";
import { CAPTION_CELL_FONT, type CellFont, HEADER_CELL_FONT, HELP_CELL_FONT } from "../layout/fonts";
import { settingFormat } from "../layout/formats";
import { PHASING_LIST_COLUMN, phasingListCells } from "../layout/lists";
import {
  SEASONALITY_HEADER_ROW,
  SETTINGS_FIRST_ROW,
  SETTINGS_TEXT,
  settingBounds,
  settingValue,
} from "../layout/settings";
import { SETTINGS } from "../layout/spec";
import type { SettingSpec } from "../layout/types";
import type { CellText, StyledText } from "./texts";

/**
 * A setting's bounds: a value outside them is refused, not only warned about (formulas divide by
 * the settings), with this alert.
 */
export interface SettingCheck {
  type: "whole" | "decimal";
  min: number;
  max: number;
  title: string;
  message: string;
}

/** One setting's row: label, value (the cell its workbook-level defined name points at) and help. */
interface SettingPlacement {
  name: SettingSpec["name"];
  row: number;
  label: CellText;
  value: {
    column: number;
    /** The operator's to change: unlocked, so protecting the sheet still lets it be edited. */
    unlocked: boolean;
    value: string | number | null;
    format: string | undefined;
    check: SettingCheck | null;
  };
  help: StyledText;
}

/** The named settings at the top of the Settings sheet and the Phasing dropdown's helper column. */
export interface SettingsPlacement {
  title: StyledText;
  help: StyledText;
  /** Label | Value | Help over the settings, header-styled (no table: the cells are named one by one). */
  headers: { row: number; firstColumn: number; texts: readonly string[]; font: CellFont; fill: RgbHex };
  rows: SettingPlacement[];
  /**
   * The Phasing dropdown's helper column (lstPhasing spans it), from tblSeasonality's header row
   * down: a caption in `captionFont`, the fixed labels, then formulas picking each profile.
   */
  phasingList: {
    column: number;
    firstRow: number;
    cells: (string | { formula: string })[];
    captionFont: CellFont;
  };
}

/** Label, value and help of every setting, in `lang`, the values from `plan`. */
export function placeSettings(plan: Plan, lang: Language): SettingsPlacement {
  const text = SETTINGS_TEXT[lang];
  return {
    title: { row: 1, column: 1, text: text.title, font: CAPTION_CELL_FONT },
    help: { row: 2, column: 1, text: text.help, font: HELP_CELL_FONT },
    headers: {
      row: SETTINGS_FIRST_ROW - 1,
      firstColumn: 1,
      texts: text.headers,
      font: HEADER_CELL_FONT,
      fill: HEADER_COLOUR,
    },
    rows: SETTINGS.map((setting, i) => {
      const row = SETTINGS_FIRST_ROW + i;
      const bounds = settingBounds(setting.kind);
      return {
        name: setting.name,
        row,
        label: { row, column: 1, text: setting.label[lang] },
        value: {
          column: 2,
          unlocked: true,
          value: settingValue(setting.name, plan),
          format: settingFormat(setting.kind),
          check: bounds
            ? {
                type: bounds.type,
                min: bounds.min,
                max: bounds.max,
                title: text.invalidTitle,
                message: bounds.error[lang],
              }
            : null,
        },
        help: { row, column: 3, text: setting.help[lang], font: HELP_CELL_FONT },
      };
    }),
    phasingList: {
      column: PHASING_LIST_COLUMN,
      firstRow: SEASONALITY_HEADER_ROW,
      cells: phasingListCells(lang),
      captionFont: HELP_CELL_FONT,
    },
  };
}
