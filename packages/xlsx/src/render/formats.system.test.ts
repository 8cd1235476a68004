import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { formatMetricValue } from "@planbook/core";
import { COUNT_FORMAT, currencyFormat, PERCENT_FORMAT, unitFormat } from "@planbook/workbook";
import ExcelJS from "exceljs";
import { expect, it } from "vitest";
import { CSV_AS_SHOWN, recalculateWithLibreOffice, tempDir } from "../../../../test-support/libreoffice";

it("shows zh-CN counts in 万 and 亿, percents and currency as LibreOffice renders them", async () => {
  const cases: [number, string, string][] = [
    [9999, COUNT_FORMAT["zh-CN"], "9,999"],
    [10000, COUNT_FORMAT["zh-CN"], "1.0万"],
    [123456, COUNT_FORMAT["zh-CN"], "12.3万"],
    [120000, COUNT_FORMAT["zh-CN"], "12.0万"],
    [123456789, COUNT_FORMAT["zh-CN"], "1.23亿"],
    [123456, COUNT_FORMAT.en, "123,456"],
    [0.052, PERCENT_FORMAT, "5.2%"],
    [25000, currencyFormat("CNY"), "¥25,000"],
    [25000, currencyFormat("SGD"), "25,000 SGD"],
    [3600000, currencyFormat("CNY", "zh-CN"), "¥360.0万"],
    [9000, currencyFormat("CNY", "zh-CN"), "¥9,000"],
    [250000000, currencyFormat("SGD", "zh-CN"), "2.50亿 SGD"],
    [25000, currencyFormat("SGD", "zh-CN"), "2.5万 SGD"],
    [900, currencyFormat("SGD", "zh-CN"), "900 SGD"],
    // the CLI's style (formatMetricValue) for the same values
    ...[9999, 10000, 123456, 3600000, 123456789].flatMap((v): [number, string, string][] => [
      [v, COUNT_FORMAT["zh-CN"], formatMetricValue(v, "count", "zh-CN")],
      [v, currencyFormat("CNY", "zh-CN"), `¥${formatMetricValue(v, "currency", "zh-CN")}`],
      [v, unitFormat("index", "en", "CNY"), formatMetricValue(v, "index", "en")],
    ]),
    [0.96849, PERCENT_FORMAT, formatMetricValue(0.96849, "percent", "zh-CN")],
  ];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("formats");
  cases.forEach(([value, format], i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = value;
    cell.numFmt = format;
  });
  const dir = await tempDir("formats");
  const file = join(dir, "formats.xlsx");
  await wb.xlsx.writeFile(file);
  await recalculateWithLibreOffice([file], dir, CSV_AS_SHOWN);
  const shown = (await readFile(join(dir, "formats.csv"), "utf8"))
    .trim()
    .split(/\r?\n/)
    .map((l) => l.replace(/^"|"$/g, ""));
  expect(shown).toEqual(cases.map(([, , text]) => text));
}, 120_000);
