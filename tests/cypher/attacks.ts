/** A query a power user must not be able to run through the read-only Cypher door, with the parameters it sends. */
export interface CypherAttack {
  why: string;
  query: string;
  params?: Record<string, string | number>;
}

/** A file outside the graph that attacks try to read; each test writes a secret into it. */
export const SECRET_FILE_PLACEHOLDER = '__SECRET_FILE__';

/** Writes, schema and administration changes, file and network reads, procedures and tricks, each to be refused. */
export const CYPHER_ATTACKS: readonly CypherAttack[] = [
  { why: 'CREATE', query: 'CREATE (n:Hack) RETURN n' },
  { why: 'create in lower case', query: 'create (n:Hack) return n' },
  { why: 'mixed case', query: 'CrEaTe (:Hack)' },
  { why: 'MERGE', query: "MERGE (n:Hack {id: 'x'}) RETURN n" },
  { why: 'SET a property', query: "MATCH (n:Entity) SET n.name = 'hacked' RETURN count(n)" },
  { why: 'SET a map', query: 'MATCH (n:Entity) SET n += {hacked: true} RETURN count(n)' },
  { why: 'SET a label', query: 'MATCH (n:Entity) SET n:Hacked RETURN count(n)' },
  { why: 'REMOVE', query: 'MATCH (n:Entity) REMOVE n.name RETURN count(n)' },
  { why: 'DELETE a relationship', query: 'MATCH ()-[r]->() DELETE r' },
  { why: 'DETACH DELETE', query: 'MATCH (n) DETACH DELETE n' },
  { why: 'FOREACH with SET', query: 'MATCH (n:Entity) FOREACH (x IN [1] | SET n.hacked = true)' },
  { why: 'UNWIND and CREATE', query: 'UNWIND range(1, 3) AS i CREATE (:Hack {i: i})' },
  { why: 'write inside CALL {} subquery', query: 'MATCH (n:Entity) CALL (n) { SET n.hacked = true } RETURN count(*)' },
  { why: 'unit subquery with CREATE', query: 'CALL () { CREATE (:Hack) } RETURN 1' },
  {
    why: 'CALL {} IN TRANSACTIONS',
    query: 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS RETURN 1',
  },
  { why: 'write after a read', query: 'MATCH (n:Entity) WITH n LIMIT 1 CREATE (:Hack) RETURN n' },
  {
    why: 'write hidden after a line comment',
    query: 'MATCH (n) RETURN count(n) AS c // harmless\nUNION CREATE (h:Hack) RETURN 1 AS c',
  },
  { why: 'write after a block comment', query: '/* just a read */ CREATE (:Hack)' },
  { why: 'write after a line comment', query: '// read\nCREATE (:Hack)' },
  { why: 'query option prefix', query: 'CYPHER runtime=slotted CREATE (:Hack)' },
  { why: 'PROFILE runs the write', query: 'PROFILE CREATE (:Hack)' },
  { why: 'parameter as a property', query: 'CREATE (:Hack {q: $q})', params: { q: 'x' } },
  {
    why: 'dynamic label from a parameter',
    query: 'MATCH (n:Entity) SET n:$($label) RETURN count(n)',
    params: { label: 'Hacked' },
  },
  { why: 'two statements, the second a write', query: 'MATCH (n) RETURN count(n); CREATE (:Hack)' },
  { why: 'two statements, the second a delete', query: 'RETURN 1; MATCH (n) DETACH DELETE n' },
  { why: 'LOAD CSV from a local file', query: `LOAD CSV FROM 'file://${SECRET_FILE_PLACEHOLDER}' AS row RETURN row` },
  {
    why: 'LOAD CSV WITH HEADERS from a local file',
    query: `LOAD CSV WITH HEADERS FROM 'file://${SECRET_FILE_PLACEHOLDER}' AS row RETURN row`,
  },
  { why: 'LOAD CSV from /etc/passwd', query: "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row" },
  { why: 'LOAD CSV in lower case', query: "load csv from 'file:///etc/hostname' as row return row" },
  { why: 'LOAD CSV from a URL', query: "LOAD CSV FROM 'http://127.0.0.1:9/x.csv' AS row RETURN row" },
  { why: 'LOAD CSV from an https URL', query: "LOAD CSV FROM 'https://example.com/a.csv' AS row RETURN row" },
  {
    why: 'LOAD CSV from a parameter',
    query: 'LOAD CSV FROM $url AS row RETURN row',
    params: { url: `file://${SECRET_FILE_PLACEHOLDER}` },
  },
  {
    why: 'LOAD CSV inside a subquery',
    query: "CALL () { LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row } RETURN row",
  },
  { why: 'a schema-changing procedure', query: "CALL db.createLabel('Hack')" },
  { why: 'db.createProperty', query: "CALL db.createProperty('hack')" },
  { why: 'db.createRelationshipType', query: "CALL db.createRelationshipType('HACK')" },
  { why: 'db.clearQueryCaches', query: 'CALL db.clearQueryCaches()' },
  { why: 'db.checkpoint', query: 'CALL db.checkpoint()' },
  { why: 'a read procedure off the allow-list', query: 'CALL db.schema.nodeTypeProperties()' },
  { why: 'dbms.components', query: 'CALL dbms.components()' },
  { why: 'dbms.listConfig', query: 'CALL dbms.listConfig()' },
  { why: 'an APOC loader', query: "CALL apoc.load.json('file:///etc/passwd') YIELD value RETURN value" },
  { why: 'a procedure inside a read', query: 'MATCH (n:Entity) WITH n LIMIT 1 CALL db.createLabel(n.name) RETURN n' },
  { why: 'CREATE INDEX', query: 'CREATE INDEX hack IF NOT EXISTS FOR (n:Hack) ON (n.x)' },
  { why: 'CREATE CONSTRAINT', query: 'CREATE CONSTRAINT hack IF NOT EXISTS FOR (n:Hack) REQUIRE n.x IS UNIQUE' },
  { why: 'DROP an index', query: 'DROP INDEX entity_type IF EXISTS' },
  { why: 'DROP a constraint', query: 'DROP CONSTRAINT entity_id IF EXISTS' },
  { why: 'SHOW USERS', query: 'SHOW USERS' },
  { why: 'CREATE USER', query: "CREATE USER hacker SET PASSWORD 'secret-password'" },
  { why: 'CREATE DATABASE', query: 'CREATE DATABASE hack' },
  { why: 'STOP DATABASE', query: 'STOP DATABASE neo4j' },
  { why: 'another database', query: 'USE system SHOW DATABASES' },
  { why: 'TERMINATE TRANSACTIONS', query: "TERMINATE TRANSACTIONS 'neo4j-transaction-1'" },
  { why: 'SHOW TRANSACTIONS', query: 'SHOW TRANSACTIONS' },
];
