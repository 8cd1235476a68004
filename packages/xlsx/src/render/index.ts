export { type RenderOptions, renderPlanWorkbook } from "./render-plan";
