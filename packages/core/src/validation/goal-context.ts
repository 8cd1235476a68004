import { parseIsoDay } from "../calendar/days";
import { memoizedFindMetric, type ResolvedGoal, resolveGoalInto } from "../metrics/resolve";
import type { Severity } from "../model/enums";
import type { Finding, FindingLocation } from "../model/finding";
import type { Goal, Plan } from "../model/plan";
import type { RuleId, RuleParams } from "../model/rules";
import { buildPhasingLookup, type PhasingLookup } from "../phasing/lookup";
import { makeFinding, textOf } from "./make-finding";
import { memo } from "./memo";
import type { PlanIndex } from "./plan-index";

/** What every goal of one validation run shares. */
export class GoalScope {
  readonly findMetric = memoizedFindMetric();
  /** Phasing rows and profiles, indexed for this run (its methodOf is memoised). */
  readonly phasing: PhasingLookup;
  /** The year of a real calendar date; null for one the model's pattern admits (2027-02-30). */
  readonly yearOfDate = memo((iso: string) => (parseIsoDay(iso) === null ? null : Number(iso.slice(0, 4))));

  constructor(
    readonly plan: Plan,
    readonly planIndex: PlanIndex,
    readonly out: Finding[],
  ) {
    this.phasing = buildPhasingLookup(plan, planIndex.phasingRows);
  }
}

/**
 * One goal row under validation, with what every goal rule needs to report on it. A run moves
 * one context from goal to goal (`moveTo`) rather than making one per goal: with 100k goals the
 * garbage adds up.
 */
export class GoalContext {
  /** Trimmed Goal ID, null when blank. */
  id: string | null = null;
  readonly resolved: ResolvedGoal = {
    dimension: null,
    aggregation: null,
    unit: "count",
    direction: "increase",
    metricDef: null,
  };

  constructor(
    readonly scope: GoalScope,
    public goal: Goal,
    /** Row index in plan.goals. */
    public index: number,
  ) {
    this.moveTo(goal, index);
  }

  moveTo(goal: Goal, index: number): this {
    this.goal = goal;
    this.index = index;
    this.id = textOf(goal.id);
    resolveGoalInto(this.resolved, goal, this.scope.findMetric);
    return this;
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

  /**
   * Params are built by each rule with the goal's id first (messages name the goal): a literal
   * is several times cheaper than spreading the id in, with a finding for most goals of a plan.
   */
  report<R extends RuleId>(rule: R, field: string | null, params: RuleParams<R>, severity?: Severity): void {
    this.reportAt(rule, { collection: "goals", index: this.index, field }, params, severity);
  }

  /** Report at a location outside the goal row (e.g. its Phasing row), still referring to the goal. */
  reportAt<R extends RuleId>(rule: R, at: FindingLocation, params: RuleParams<R>, severity?: Severity): void {
    this.scope.out.push(makeFinding(rule, this.id, at, params, severity));
  }
}
