import { parseIsoDay } from "../calendar/days";
import { memoizedFindMetric, type ResolvedGoal, resolveGoal } from "../metrics/resolve";
import type { Severity } from "../model/enums";
import type { Finding, FindingLocation } from "../model/finding";
import type { Goal, Plan } from "../model/plan";
import { type PhasingMethod, phasingMethod } from "../phasing/weights";
import { type FindingParams, makeFinding, textOf } from "./make-finding";
import { memo } from "./memo";
import type { PlanIndex } from "./plan-index";
import type { RuleId } from "./rules";

/** What every goal of one validation run shares. */
export class GoalScope {
  readonly findMetric = memoizedFindMetric();
  readonly phasingMethodOf = memo((phasing: string | null): PhasingMethod => phasingMethod(phasing));
  /** The year of a real calendar date; null for one the model's pattern admits (2027-02-30). */
  readonly yearOfDate = memo((iso: string) => (parseIsoDay(iso) === null ? null : Number(iso.slice(0, 4))));

  constructor(
    readonly plan: Plan,
    readonly planIndex: PlanIndex,
    readonly out: Finding[],
  ) {}
}

/** One goal row under validation, with what every goal rule needs to report on it. */
export class GoalContext {
  /** Trimmed Goal ID, null when blank. */
  readonly id: string | null;
  readonly resolved: ResolvedGoal;

  constructor(
    readonly scope: GoalScope,
    readonly goal: Goal,
    /** Row index in plan.goals. */
    readonly index: number,
  ) {
    this.id = textOf(goal.id);
    this.resolved = resolveGoal(goal, scope.findMetric);
  }

  get plan(): Plan {
    return this.scope.plan;
  }

  get planIndex(): PlanIndex {
    return this.scope.planIndex;
  }

  /** The goal's id key (trimmed, case-insensitive) as indexed; "" when blank. */
  get key(): string {
    return this.scope.planIndex.goalKeys[this.index] ?? "";
  }

  /** A field the reader could not read (and has reported already). */
  unreadable(field: string): boolean {
    return this.goal.unreadable.length > 0 && this.goal.unreadable.includes(field);
  }

  report(rule: RuleId, field: string | null, params: FindingParams = {}, severity?: Severity): void {
    this.reportAt(rule, { collection: "goals", index: this.index, field }, params, severity);
  }

  /** Report at a location outside the goal row (e.g. its Phasing row), still referring to the goal. */
  reportAt(rule: RuleId, at: FindingLocation, params: FindingParams = {}, severity?: Severity): void {
    this.scope.out.push(makeFinding(rule, this.id, at, { id: this.id, ...params }, severity));
  }
}
