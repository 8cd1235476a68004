export * from "./i18n/labels";
export * from "./model";
export * from "./progress/types";
export * from "./validation/rules";
