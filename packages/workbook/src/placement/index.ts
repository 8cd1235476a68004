export * from "./placement";
export * from "./widths";
