export * from "./a1";
export * from "./raw";
export * from "./table-names";
