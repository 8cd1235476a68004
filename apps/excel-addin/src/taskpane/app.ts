import type { Language, LocatedFinding } from "@planbook/core";
import { type Strings, strings } from "../i18n/strings";
import type { PlanbookBackend, RefreshResult } from "../shared/backend";
import { describeError, type PaneError, toPaneError } from "../shared/pane-error";
import { checkCreateInput, defaultPlanYear } from "./create-input";
import { h } from "./dom";
import { countBySeverity } from "./findings-groups";
import { renderFindings } from "./findings-view";
import { renderProgress } from "./progress-view";

/**
 * The task pane: three actions, a live status line, an alert for errors, the create form, the
 * findings and the progress summary. One action runs at a time; the buttons stay focusable while
 * busy (aria-disabled) so keyboard users do not lose their place.
 */
export class TaskPane {
  private readonly t: Strings;
  private findings: LocatedFinding[] | null = null;
  private progress: RefreshResult | null = null;
  private busy = false;

  private readonly actionButtons: HTMLButtonElement[];
  private readonly status: HTMLElement;
  private readonly alert: HTMLElement;
  private readonly form: HTMLFormElement;
  private readonly findingsSlot: HTMLElement;
  private readonly progressSlot: HTMLElement;
  private readonly liveSwitch: HTMLInputElement;
  /** Serialises switch changes (a quick on-off-on must not leave two sets of listeners). */
  private liveChange: Promise<void> = Promise.resolve();

  constructor(
    private readonly root: HTMLElement,
    private readonly backend: PlanbookBackend,
    private readonly lang: Language,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.t = strings(lang);
    const t = this.t;
    const action = (label: string, run: () => void, id: string) =>
      h("button", { type: "button", class: "pb-button", id, onclick: run }, label);
    this.actionButtons = [
      action(t.validate, () => void this.validate(), "pb-validate"),
      action(t.refresh, () => void this.refresh(), "pb-refresh"),
      action(t.create, () => this.openCreateForm(), "pb-create"),
    ];
    this.actionButtons[0]?.classList.add("pb-primary");
    this.status = h("p", { id: "pb-status", class: "pb-status", role: "status", "aria-live": "polite" });
    this.alert = h("div", { id: "pb-alert", class: "pb-alert", role: "alert", hidden: true });
    this.form = this.buildCreateForm();
    this.liveSwitch = h("input", {
      id: "pb-live",
      type: "checkbox",
      role: "switch",
      "aria-describedby": "pb-live-help",
    }) as HTMLInputElement;
    this.liveSwitch.addEventListener("change", () => {
      void this.setLive(this.liveSwitch.checked, true);
    });
    this.findingsSlot = h("div", { id: "pb-findings" });
    this.progressSlot = h("div", { id: "pb-progress" });

    document.documentElement.lang = lang;
    root.replaceChildren(
      h(
        "header",
        { class: "pb-header" },
        h("img", {
          src: "assets/logo-32.png",
          srcset: "assets/logo-64.png 2x, assets/logo-128.png 4x",
          alt: "",
          width: 32,
          height: 32,
        }),
        h("div", {}, h("h1", {}, t.appTitle), h("p", { class: "pb-tagline" }, t.tagline)),
      ),
      h("div", { class: "pb-actions", role: "group", "aria-label": t.actionsLabel }, ...this.actionButtons),
      h(
        "div",
        { class: "pb-live" },
        h("label", { class: "pb-switch", for: "pb-live" }, this.liveSwitch, h("span", {}, t.liveCheck)),
        h("p", { id: "pb-live-help", class: "pb-help" }, t.liveCheckHelp),
      ),
      this.status,
      this.alert,
      this.form,
      this.findingsSlot,
      this.progressSlot,
    );
    this.renderFindings();
    this.renderProgress();
    // Off by default; on again where the workbook remembers it on.
    void backend
      .liveCheckSaved()
      .then((on) => {
        if (on) {
          this.liveSwitch.checked = true;
          return this.setLive(true, false);
        }
      })
      .catch(() => {});
  }

  /** Turns Live check on or off (and, when the user flipped the switch, remembers it). */
  setLive(on: boolean, remember: boolean): Promise<void> {
    this.liveChange = this.liveChange.then(async () => {
      this.hideAlert();
      try {
        if (remember) await this.backend.saveLiveCheck(on);
        if (!on) {
          await this.backend.stopLiveCheck();
          this.status.textContent = this.t.liveOff;
          return;
        }
        this.status.textContent = this.t.liveStarting;
        const { findings } = await this.backend.startLiveCheck(
          (result) => this.showLive(result.findings),
          (error) => this.showError(toPaneError(error)),
        );
        this.findings = findings;
        this.renderFindings();
        this.status.textContent = this.t.liveOn;
      } catch (error) {
        this.liveSwitch.checked = false;
        this.status.textContent = "";
        this.showError(toPaneError(error));
      }
    });
    return this.liveChange;
  }

  private showLive(findings: LocatedFinding[]): void {
    if (!this.liveSwitch.checked) return;
    this.findings = findings;
    this.renderFindings();
    const c = countBySeverity(findings);
    this.status.textContent =
      findings.length === 0 ? this.t.noFindings : this.t.liveChecked(c.error, c.warning, c.info);
  }

  async validate(): Promise<void> {
    await this.run(this.t.validating, async () => {
      const { findings } = await this.backend.validate();
      this.findings = findings;
      this.renderFindings();
      const c = countBySeverity(findings);
      return findings.length === 0 ? this.t.noFindings : this.t.validated(c.error, c.warning, c.info);
    });
  }

  async refresh(): Promise<void> {
    await this.run(this.t.refreshing, async () => {
      // Keep the goal the user picked for the chart across refreshes.
      this.progress = await this.backend.refresh(this.progress?.chartGoalId ?? undefined);
      this.renderProgress();
      const month = this.progress.progress.asOfMonth;
      const done = month === null ? this.t.refreshedNoData : this.t.refreshed(this.t.monthName(month));
      return this.progress.notice ? `${done} ${this.progress.notice}` : done;
    });
  }

  /** Refreshes with `goalId` in the Dashboard's monthly chart, keeping focus on its button. */
  async chartGoal(goalId: string): Promise<void> {
    await this.run(this.t.charting(goalId), async () => {
      this.progress = await this.backend.refresh(goalId);
      this.renderProgress();
      this.progressSlot
        .querySelector<HTMLButtonElement>(`button[data-goal="${CSS.escape(goalId)}"]`)
        ?.focus();
      return this.t.charted(this.progress.chartGoalId ?? goalId);
    });
  }

  async select(finding: LocatedFinding, where: string): Promise<void> {
    const sheet = finding.sheet;
    const cell = finding.cell;
    if (sheet === null || cell === null) return;
    await this.run(this.t.selecting(where), async () => {
      try {
        await this.backend.select(sheet, cell);
      } catch (error) {
        const code = (error as { code?: unknown } | null)?.code;
        // Excel's own code when the sheet no longer exists under that name.
        if (code === "ItemNotFound") throw { code: "sheet.missing", where };
        throw error;
      }
      return this.t.selected(where);
    });
  }

  private async createSheets(): Promise<void> {
    const brandInput = this.form.querySelector<HTMLInputElement>("#pb-brand");
    const yearInput = this.form.querySelector<HTMLInputElement>("#pb-year");
    const industryInput = this.form.querySelector<HTMLInputElement>("#pb-industry");
    const formError = this.form.querySelector<HTMLElement>("#pb-form-error");
    if (!brandInput || !yearInput || !formError) return;
    const checked = checkCreateInput(brandInput.value, yearInput.value, industryInput?.value ?? "");
    brandInput.setAttribute("aria-invalid", String(checked.problem === "brand"));
    yearInput.setAttribute("aria-invalid", String(checked.problem === "year"));
    if (!checked.ok) {
      formError.textContent = checked.problem === "brand" ? this.t.brandMissing : this.t.yearInvalid;
      formError.hidden = false;
      (checked.problem === "brand" ? brandInput : yearInput).focus();
      return;
    }
    formError.hidden = true;
    const { brand, year, industry } = checked.value;
    await this.run(this.t.creating, async () => {
      await this.backend.createSheets({ brand, year, industry });
      this.form.hidden = true;
      this.actionButtons[0]?.focus();
      return this.t.created(brand, year);
    });
  }

  /** Runs one action: status while it runs, its result or its error afterwards. */
  private async run(busyText: string, action: () => Promise<string>): Promise<void> {
    if (this.busy) return;
    this.setBusy(true);
    this.hideAlert();
    this.status.textContent = busyText;
    try {
      this.status.textContent = await action();
    } catch (error) {
      this.status.textContent = "";
      this.showError(toPaneError(error));
    } finally {
      this.setBusy(false);
    }
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    this.root.setAttribute("aria-busy", String(busy));
    for (const button of this.actionButtons) button.setAttribute("aria-disabled", String(busy));
  }

  private showError(error: PaneError): void {
    const children: Node[] = [h("p", {}, describeError(error, this.t))];
    const buttons = h("div", { class: "pb-alert-actions" });
    if (error.code === "tables.missing") {
      buttons.append(
        h(
          "button",
          { type: "button", class: "pb-button pb-primary", onclick: () => this.openCreateForm() },
          this.t.create,
        ),
      );
    }
    buttons.append(
      h("button", { type: "button", class: "pb-button", onclick: () => this.hideAlert() }, this.t.dismiss),
    );
    children.push(buttons);
    this.alert.replaceChildren(...children);
    this.alert.dataset.code = error.code;
    this.alert.hidden = false;
  }

  private hideAlert(): void {
    this.alert.hidden = true;
    this.alert.replaceChildren();
    delete this.alert.dataset.code;
  }

  private openCreateForm(): void {
    if (this.busy) return;
    this.hideAlert();
    this.form.hidden = false;
    this.form.querySelector<HTMLInputElement>("#pb-brand")?.focus();
  }

  private buildCreateForm(): HTMLFormElement {
    const t = this.t;
    const form = h(
      "form",
      {
        id: "pb-create-form",
        class: "pb-form",
        hidden: true,
        "aria-labelledby": "pb-create-heading",
        novalidate: true,
      },
      h("h2", { id: "pb-create-heading" }, t.createHeading),
      h("p", { class: "pb-help" }, t.createHelp),
      h("label", { for: "pb-brand" }, t.brandName),
      h("input", {
        id: "pb-brand",
        name: "brand",
        type: "text",
        autocomplete: "organization",
        required: true,
      }),
      h("label", { for: "pb-industry" }, t.industry),
      h("input", { id: "pb-industry", name: "industry", type: "text", autocomplete: "off" }),
      h("label", { for: "pb-year" }, t.planYear),
      h("input", {
        id: "pb-year",
        name: "year",
        type: "number",
        inputmode: "numeric",
        min: 2000,
        max: 2100,
        value: defaultPlanYear(this.now()),
        required: true,
      }),
      h("p", { id: "pb-form-error", class: "pb-form-error", hidden: true }),
      h(
        "div",
        { class: "pb-form-actions" },
        h("button", { type: "submit", class: "pb-button pb-primary" }, t.createSubmit),
        h(
          "button",
          {
            type: "button",
            class: "pb-button",
            onclick: () => {
              form.hidden = true;
              this.actionButtons[2]?.focus();
            },
          },
          t.cancel,
        ),
      ),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.createSheets();
    });
    return form;
  }

  private renderFindings(): void {
    this.findingsSlot.replaceChildren(
      renderFindings(this.findings, this.t, (finding, where) => void this.select(finding, where)),
    );
  }

  private renderProgress(): void {
    this.progressSlot.replaceChildren(
      renderProgress(this.progress, this.t, this.lang, (goalId) => void this.chartGoal(goalId)),
    );
  }
}
