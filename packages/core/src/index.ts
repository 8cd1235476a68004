export * from "./calendar";
export * from "./i18n";
export * from "./metrics";
export * from "./model";
export * from "./phasing";
export * from "./portfolio";
export * from "./progress";
export * from "./validation";
