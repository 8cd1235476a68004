export * from "./dashboard";
export { asOfMonthExpr, bandStatus, goalRowFormulas, type ToolFormulaId } from "./goal";
export * from "./refs";
export { isOneOf, MARKER, OK_MARK } from "./words";
