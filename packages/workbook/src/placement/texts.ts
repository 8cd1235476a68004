import type { CellFont } from "../layout/fonts";

/** A text in one cell. */
export interface CellText {
  row: number;
  column: number;
  text: string;
}

/** A text in one cell, in its own font (captions, help). */
export interface StyledText extends CellText {
  font: CellFont;
}
