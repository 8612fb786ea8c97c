/** The parts of a Neo4j query plan the guard reads (the driver's `ResultSummary.plan`). */
export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/** Read-only procedures a power user may call: schema introspection and full-text index look-ups. */
export const ALLOWED_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
]);

/**
 * Plan operators of pure reads (Neo4j 5's operator reference), without their "(All)"-style variant or the
 * Directed/Undirected/Partitioned prefixes. Anything else (writes, LOAD CSV, SHOW and TERMINATE commands,
 * CALL {} IN TRANSACTIONS) is refused: an allow-list fails closed when Neo4j adds an operator.
 */
const READ_OPERATORS: ReadonlySet<string> = new Set([
  // leaves
  'AllNodesScan',
  'NodeByLabelScan',
  'NodeByIdSeek',
  'NodeByElementIdSeek',
  'NodeIndexSeek',
  'NodeUniqueIndexSeek',
  'MultiNodeIndexSeek',
  'NodeIndexSeekByRange',
  'NodeUniqueIndexSeekByRange',
  'NodeIndexContainsScan',
  'NodeIndexEndsWithScan',
  'NodeIndexScan',
  'IntersectionNodeByLabelsScan',
  'SubtractionNodeByLabelsScan',
  'UnionNodeByLabelsScan',
  'AllRelationshipsScan',
  'RelationshipTypeScan',
  'UnionRelationshipTypesScan',
  'RelationshipByIdSeek',
  'RelationshipByElementIdSeek',
  'RelationshipIndexSeek',
  'RelationshipUniqueIndexSeek',
  'RelationshipIndexSeekByRange',
  'RelationshipUniqueIndexSeekByRange',
  'RelationshipIndexScan',
  'RelationshipIndexContainsScan',
  'RelationshipIndexEndsWithScan',
  'NodeCountFromCountStore',
  'RelationshipCountFromCountStore',
  'Argument',
  'ArgumentTracker',
  'EmptyResult',
  'EmptyRow',
  // traversal
  'Expand',
  'OptionalExpand',
  'VarLengthExpand',
  'BFSPruningVarExpand',
  'ShortestPath',
  'StatefulShortestPath',
  'Repeat',
  'Trail',
  'NullifyMetadata',
  'ProjectEndpoints',
  'TriadicSelection',
  'TriadicBuild',
  'TriadicFilter',
  // combining
  'Apply',
  'SemiApply',
  'AntiSemiApply',
  'LetSemiApply',
  'LetAntiSemiApply',
  'SelectOrSemiApply',
  'SelectOrAntiSemiApply',
  'LetSelectOrSemiApply',
  'LetSelectOrAntiSemiApply',
  'ConditionalApply',
  'AntiConditionalApply',
  'RollUpApply',
  'CartesianProduct',
  'NodeHashJoin',
  'ValueHashJoin',
  'NodeLeftOuterHashJoin',
  'NodeRightOuterHashJoin',
  'Union',
  'OrderedUnion',
  'Optional',
  'Anti',
  // row operators
  'ProduceResults',
  'Projection',
  'Filter',
  'Limit',
  'ExhaustiveLimit',
  'Skip',
  'Sort',
  'PartialSort',
  'Top',
  'PartialTop',
  'Top1WithTies',
  'Distinct',
  'OrderedDistinct',
  'EagerAggregation',
  'OrderedAggregation',
  'Eager',
  'Unwind',
  'CacheProperties',
  'AssertSameNode',
  'AssertSameRelationship',
  'ProcedureCall',
]);

/** Why a planned query may not run as a power user's read, or undefined when it may. */
export function refusalOf(queryType: string | undefined, plan: PlanNode | false | undefined): string | undefined {
  if (queryType !== 'r') return `only read queries may run here (this one is of type "${queryType ?? 'unknown'}")`;
  if (!plan) return 'the query has no plan to check';
  for (const node of walk(plan)) {
    const operator = operatorName(node);
    if (operator === 'ProcedureCall') {
      const procedure = procedureName(node);
      if (!procedure || !ALLOWED_PROCEDURES.has(procedure)) {
        return `procedure ${procedure ?? '(unknown)'} is not allowed; allowed: ${[...ALLOWED_PROCEDURES].join(', ')}`;
      }
    } else if (!READ_OPERATORS.has(operator)) {
      return `the plan contains ${operator}, which a read-only query may not use`;
    }
  }
  return undefined;
}

function* walk(node: PlanNode): Generator<PlanNode> {
  yield node;
  for (const child of node.children) yield* walk(child);
}

/** "DirectedRelationshipIndexSeek@neo4j" and "Expand(All)@neo4j" read as RelationshipIndexSeek and Expand. */
function operatorName(node: PlanNode): string {
  const bare = node.operatorType.split('@')[0] ?? '';
  return bare.replace(/\(.*\)$/, '').replace(/^(Partitioned)?(Directed|Undirected)?/, '');
}

/** The procedure a ProcedureCall operator calls, from its details ("db.labels() :: (label :: STRING)"). */
function procedureName(node: PlanNode): string | undefined {
  const details = node.arguments['Details'] ?? node.arguments['Signature'];
  if (typeof details !== 'string') return undefined;
  return /^\s*([A-Za-z_][\w.]*)\s*\(/.exec(details)?.[1];
}
