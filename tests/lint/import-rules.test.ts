import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** What ESLint reported for one snippet. */
interface Finding {
  ruleId: string | null;
  message: string;
}

interface Case {
  name: string;
  filePath: string;
  code: string;
  /** The rule expected to report, or undefined when the snippet must lint clean. */
  rule?: 'no-restricted-imports' | 'no-console';
  /** Words the report must contain, so the right entry of the table fired. */
  says?: string;
}

// The direction of docs/dependencies.md, written out here independently of the table in eslint.config.mjs.
const CASES: Case[] = [
  {
    name: 'extractor may not import the CLI',
    filePath: 'packages/extractor/src/wrong-way.ts',
    code: "import { program } from '@newsgraph/cli';\nexport const p = program;\n",
    rule: 'no-restricted-imports',
    says: 'extractor may import only schema',
  },
  {
    name: 'extractor may not re-export graph-store',
    filePath: 'packages/extractor/src/pipeline/wrong-way.ts',
    code: "export { GraphStore } from '@newsgraph/graph-store';\n",
    rule: 'no-restricted-imports',
  },
  {
    name: 'extractor may import schema',
    filePath: 'packages/extractor/src/pipeline/right-way.ts',
    code: "import type { Entity } from '@newsgraph/schema';\nexport type E = Entity;\n",
  },
  {
    name: 'schema imports no other package',
    filePath: 'packages/schema/src/wrong-way.ts',
    code: "export { extract } from '@newsgraph/extractor';\n",
    rule: 'no-restricted-imports',
    says: 'schema imports no other newsgraph package',
  },
  {
    name: 'the viewer may not import graph-store, not even a type',
    filePath: 'packages/viewer/src/wrong-way.ts',
    code: "import type { GraphStore } from '@newsgraph/graph-store';\nexport type S = GraphStore;\n",
    rule: 'no-restricted-imports',
  },
  {
    name: 'the API may import ingest',
    filePath: 'packages/api/src/http/right-way.ts',
    code: "export * from '@newsgraph/ingest';\n",
  },
  {
    name: 'the API may not import the extractor directly',
    filePath: 'packages/api/src/wrong-way.ts',
    code: "export * from '@newsgraph/extractor';\n",
    rule: 'no-restricted-imports',
    says: 'api may import only schema, graph-store, ingest',
  },
  {
    name: 'ingest may not import the API',
    filePath: 'packages/ingest/src/wrong-way.ts',
    code: "export * from '@newsgraph/api';\n",
    rule: 'no-restricted-imports',
  },
  {
    name: 'the CLI may import every package',
    filePath: 'packages/cli/src/commands/right-way.ts',
    code: ['api', 'extractor', 'graph-store', 'ingest', 'neo4j-embedded', 'schema']
      .map((pkg) => `export * from '@newsgraph/${pkg}';\n`)
      .join(''),
  },
  {
    name: 'no deep import into a package',
    filePath: 'packages/cli/src/wrong-way.ts',
    code: "export * from '@newsgraph/schema/src/errors';\n",
    rule: 'no-restricted-imports',
    says: 'entry point',
  },
  {
    name: 'no relative import that leaves the package',
    filePath: 'packages/graph-store/src/queries/wrong-way.ts',
    code: "export * from '../../../extractor/src/index';\n",
    rule: 'no-restricted-imports',
    says: 'stay inside its package',
  },
  {
    name: 'a relative import inside the package is fine',
    filePath: 'packages/graph-store/src/queries/right-way.ts',
    code: "export * from '../../tests/fixtures/sample-batch';\n",
  },
  {
    name: 'tests import packages by name, not by path',
    filePath: 'tests/support/wrong-way.ts',
    code: "export * from '../../packages/schema/src/index';\n",
    rule: 'no-restricted-imports',
  },
  {
    name: 'libraries do not write to the console',
    filePath: 'packages/graph-store/src/wrong-way.ts',
    code: "console.log('hello');\n",
    rule: 'no-console',
  },
  {
    name: 'the CLI may write to the console',
    filePath: 'packages/cli/src/right-way.ts',
    code: "console.log('hello');\n",
  },
];

describe('lint config: dependency direction and console', () => {
  let findings: Finding[][];

  beforeAll(() => {
    const script = join(__dirname, 'lint-snippets.mjs');
    const snippets = CASES.map(({ filePath, code }) => ({ filePath, code }));
    const out = execFileSync(process.execPath, [script], { input: JSON.stringify(snippets), encoding: 'utf8' });
    findings = JSON.parse(out) as Finding[][];
  });

  it.each(CASES.map((c, index) => [c.name, index] as const))('%s', (_name, index) => {
    const { rule, says } = CASES[index]!;
    const reported = findings[index]!;
    if (!rule) {
      expect(reported).toEqual([]);
      return;
    }
    expect(reported.map((f) => f.ruleId)).toEqual([rule]);
    if (says) expect(reported[0]!.message).toContain(says);
  });
});
