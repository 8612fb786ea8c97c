import { refusalOf, type PlanNode } from './plan-guard';

const node = (operatorType: string, children: PlanNode[] = [], details = ''): PlanNode => ({
  operatorType,
  arguments: { Details: details },
  children,
});

describe('refusalOf', () => {
  it('lets a plain read plan through, whatever variant and prefix its operators carry', () => {
    const plan = node('ProduceResults@neo4j', [
      node('Expand(All)@neo4j', [node('DirectedRelationshipIndexSeek@neo4j'), node('NodeByLabelScan@neo4j')]),
    ]);
    expect(refusalOf('r', plan)).toBeUndefined();
  });

  it('refuses anything but a read query type', () => {
    expect(refusalOf('rw', node('ProduceResults@neo4j'))).toMatch(/only read queries.*"rw"/);
    expect(refusalOf('s', node('AdministrationCommand@system'))).toMatch(/"s"/);
    expect(refusalOf(undefined, node('ProduceResults@neo4j'))).toMatch(/"unknown"/);
  });

  it('refuses LOAD CSV and commands that Neo4j plans as reads', () => {
    expect(refusalOf('r', node('ProduceResults@neo4j', [node('LoadCSV@neo4j')]))).toMatch(/LoadCSV/);
    expect(refusalOf('r', node('ProduceResults@neo4j', [node('TerminateTransactions@neo4j')]))).toMatch(
      /TerminateTransactions/,
    );
    expect(refusalOf('r', node('ProduceResults@neo4j', [node('ShowSettings@neo4j')]))).toMatch(/ShowSettings/);
  });

  it('allows listed procedures only, read from the call details', () => {
    const call = (details: string): PlanNode =>
      node('ProduceResults@neo4j', [node('ProcedureCall@neo4j', [], details)]);
    expect(refusalOf('r', call('db.labels() :: (label :: STRING)'))).toBeUndefined();
    expect(refusalOf('r', call("db.index.fulltext.queryNodes('entity_names', $q) :: (node :: NODE)"))).toBeUndefined();
    expect(refusalOf('r', call('db.schema.nodeTypeProperties() :: (nodeType :: STRING)'))).toMatch(
      /procedure db\.schema\.nodeTypeProperties is not allowed/,
    );
    expect(refusalOf('r', call(''))).toMatch(/procedure \(unknown\)/);
  });

  it('refuses a query without a plan', () => {
    expect(refusalOf('r', false)).toMatch(/no plan/);
  });
});
