import type { LocatedFinding, PlanProgress } from "@planbook/core";

interface ValidateResult {
  findings: LocatedFinding[];
}

export interface RefreshResult {
  progress: PlanProgress;
  /** The workbook's Brand setting, when it has one. */
  brand: string | null;
  /** Goal the Dashboard's monthly chart shows, null when the plan has no goal. */
  chartGoalId: string | null;
  /** Something the user should know about the refresh (e.g. formula columns left alone), localised. */
  notice: string | null;
}

interface CreateSheetsInput {
  brand: string;
  year: number;
  /** Kept in the workbook's meta sheet as the plan's brand.industry; null: none. */
  industry?: string | null;
}

/**
 * What the task pane needs from the workbook. The Office implementation runs the binding in
 * src/office; tests hand the pane other implementations. Methods reject with the binding's error
 * values (or any error); the pane turns them into messages with `toPaneError`.
 */
export interface PlanbookBackend {
  validate(): Promise<ValidateResult>;
  /** `chartGoalId`: the goal for the Dashboard's monthly chart (default: the first with data). */
  refresh(chartGoalId?: string): Promise<RefreshResult>;
  createSheets(input: CreateSheetsInput): Promise<void>;
  /** Selects `cell` on sheet `sheet` in the workbook. */
  select(sheet: string, cell: string): Promise<void>;
  /** Whether Live check was left on in this workbook (its document settings). */
  liveCheckSaved(): Promise<boolean>;
  /** Remembers the switch in this workbook. */
  saveLiveCheck(on: boolean): Promise<void>;
  /**
   * Turns Live check on: validates, then calls `onUpdate` after each checked burst of edits and
   * `onError` when such a check fails. Resolves with the first findings.
   */
  startLiveCheck(
    onUpdate: (result: ValidateResult) => void,
    onError: (error: unknown) => void,
  ): Promise<ValidateResult>;
  /** Turns Live check off: its listeners are removed. */
  stopLiveCheck(): Promise<void>;
}
