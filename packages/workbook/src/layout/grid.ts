/** Header row of the tables on table sheets: caption and how-to sit in the two rows above. */
export const TABLE_HEADER_ROW = 4;
/** Rows below a table's data that still get dropdowns and number checks (bounded ranges). */
export const SPARE_ROWS = 500;
/** Excel's table style of every plan table. */
export const TABLE_STYLE = "TableStyleLight9";
