// `npm run lint:firefox`: web-ext lint on the Firefox build. Fails on any error, and on any warning
// or notice not justified below (each with its reason).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

interface Finding {
  code: string;
  file?: string;
  message: string;
}

/** Findings accepted, and why. Keep this list short and each reason checkable. */
const JUSTIFIED: Record<string, string> = {
  // zod 4 (the pack schema, in the options page and popup) probes `Function('')` inside try/catch
  // to see whether it may compile parsers. Extension pages' CSP (`script-src 'self'`) forbids eval
  // and `z.config({ jitless: true })` (src/glossary/schema.ts) skips the probe: nothing is evaluated.
  DANGEROUS_EVAL: 'zod feature probe, never run (jitless) and blocked by CSP anyway',
};

const dir = fileURLToPath(new URL('../../.output/firefox-mv3', import.meta.url));
const bin = fileURLToPath(new URL('../../node_modules/.bin/web-ext', import.meta.url));
let output: string;
try {
  output = execFileSync(bin, ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {
    encoding: 'utf8',
  });
} catch (error) {
  // web-ext exits non-zero when it finds errors; its JSON is still on stdout.
  output = (error as { stdout?: string }).stdout ?? '';
}
const report = JSON.parse(output) as { errors: Finding[]; warnings: Finding[]; notices: Finding[] };
const unjustified = [...report.errors, ...report.warnings, ...report.notices].filter(
  (finding) => report.errors.includes(finding) || !(finding.code in JUSTIFIED),
);
for (const finding of [...report.warnings, ...report.notices].filter((f) => f.code in JUSTIFIED))
  console.log(`justified ${finding.code} (${finding.file}): ${JUSTIFIED[finding.code]}`);
for (const finding of unjustified) console.error(`${finding.code} (${finding.file ?? 'manifest'}): ${finding.message}`);
console.log(
  `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices; ${unjustified.length} unjustified`,
);
process.exit(unjustified.length > 0 ? 1 : 0);
