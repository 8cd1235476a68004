export type CreateInputCheck =
  | { ok: true; value: { brand: string; year: number; industry: string | null }; problem: null }
  | { ok: false; problem: "brand" | "year" };

/**
 * Brand, year and industry from the create form: a non-blank brand and a whole year 2000–2100 (the
 * model's range); the industry is optional (blank: none).
 */
export function checkCreateInput(brand: string, year: string, industry = ""): CreateInputCheck {
  const name = brand.trim();
  if (name === "") return { ok: false, problem: "brand" };
  const text = year.normalize("NFKC").trim();
  if (!/^\d{4}$/.test(text)) return { ok: false, problem: "year" };
  const n = Number(text);
  if (n < 2000 || n > 2100) return { ok: false, problem: "year" };
  return { ok: true, value: { brand: name, year: n, industry: industry.trim() || null }, problem: null };
}

/**
 * The year a new plan is most likely for: annual plans are written in the last quarter for the
 * coming year, so from October on it is next year, before that the current one.
 */
export function defaultPlanYear(today: Date): number {
  return today.getMonth() >= 9 ? today.getFullYear() + 1 : today.getFullYear();
}
