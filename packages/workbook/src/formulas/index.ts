export * from "./dashboard";
export { asOfMonthExpr, bandStatus, goalRowFormulas } from "./goal";
export * from "./refs";
export { isOneOf, MARKER, OK_MARK } from "./words";
