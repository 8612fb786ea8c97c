// Lints in-memory snippets as if they sat at the given paths, with the repository's ESLint config; run as a child
// process because jest's CommonJS runtime cannot load the ES-module config itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** @type {{ filePath: string; code: string }[]} */
const snippets = JSON.parse(readFileSync(0, 'utf8'));
const eslint = new ESLint({
  cwd: root,
  // No tsconfig holds a snippet that exists only in memory, so it is linted without type information.
  overrideConfig: [{ files: ['**/*.ts'], ...tseslint.configs.disableTypeChecked }],
});
const findings = [];
for (const { filePath, code } of snippets) {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  findings.push((result?.messages ?? []).map(({ ruleId, message }) => ({ ruleId, message })));
}
process.stdout.write(JSON.stringify(findings));
