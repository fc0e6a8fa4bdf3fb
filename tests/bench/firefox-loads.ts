// Termlight alone in Firefox ESR on the benchmark's pages (over WebDriver BiDi, as the end-to-end
// tests drive it). User Timing is there, so the slices are read as in Chromium; the reference
// extensions are not (they are Chromium-packaged), nor are long tasks (no Long Tasks API).
import { launchFirefox } from '../support/firefox.ts';
import { isTermlightIdle, termlightMetrics, type ScanMetrics } from './page-metrics.ts';

export interface FirefoxFigures {
  total: number;
  longest: number;
  firstPaint: number;
  firstPaintAfterStart: number;
  start: number;
  domContentLoaded: number;
  hits: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Medians of `loads` fresh loads of each page; undefined when Firefox or its build is missing. */
export async function firefoxLoads(
  origin: string,
  urls: Record<string, string>,
  loads: number,
): Promise<Record<string, FirefoxFigures> | undefined> {
  let session;
  try {
    session = await launchFirefox(origin);
  } catch (error) {
    console.warn(`Firefox figures skipped: ${(error as Error).message}`);
    return undefined;
  }
  const figures: Record<string, FirefoxFigures> = {};
  try {
    for (const [name, url] of Object.entries(urls)) {
      const runs: ScanMetrics[] = [];
      for (let load = 0; load < loads; load++) {
        const page = await session.newPage();
        await page.goto(url);
        await page.waitForFunction(isTermlightIdle, { timeout: 120_000, polling: 100 });
        runs.push(await page.evaluate(termlightMetrics, [0, 0] as [number, number]));
        await page.close();
      }
      figures[name] = {
        total: median(runs.map((run) => run.total)),
        longest: median(runs.map((run) => run.longest)),
        firstPaint: median(runs.map((run) => run.firstPaint)),
        firstPaintAfterStart: median(runs.map((run) => run.firstPaintAfterStart)),
        start: median(runs.map((run) => run.start)),
        domContentLoaded: median(runs.map((run) => run.domContentLoaded)),
        hits: median(runs.map((run) => run.hits)),
      };
    }
  } catch (error) {
    console.warn(`Firefox figures incomplete: ${(error as Error).message}`);
  } finally {
    await session.close();
  }
  return figures;
}
