export { type RenderOptions, renderPlanWorkbook } from "./render-plan";
export { type RollupRenderOptions, renderRollupWorkbook } from "./rollup";
