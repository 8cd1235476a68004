export * from "./cells";
export * from "./formulas";
export * from "./grid";
export * from "./layout";
export * from "./placement";
export * from "./read";
export * from "./rollup";
export * from "./write";
