import pkg from "../package.json" with { type: "json" };

/** Stamped into generated workbooks' meta sheet. */
export const GENERATOR = { name: "planbook", version: pkg.version } as const;
