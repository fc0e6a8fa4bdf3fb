// `npm run lint:firefox`: web-ext lint on the Firefox build. Fails on any error, warning or notice:
// add-on reviewers read every one of them, so none is justified away here.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

interface Finding {
  code: string;
  file?: string;
  message: string;
}

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
const findings = [...report.errors, ...report.warnings, ...report.notices];
for (const finding of findings) console.error(`${finding.code} (${finding.file ?? 'manifest'}): ${finding.message}`);
console.log(
  `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`,
);
process.exit(findings.length > 0 ? 1 : 0);
