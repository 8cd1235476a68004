export {
  formatNumber,
  formatPercent,
  formatValue,
  type LocalisedMessage,
  type MessageParam,
  type MessageParams,
  type MessageText,
  type NumberStyle,
} from "./format";
export * from "./labels";
export * from "./messages";
export * from "./number-style";
