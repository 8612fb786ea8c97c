import {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
} from 'neo4j-driver';
import type { Node, Path, Relationship } from 'neo4j-driver';

/** What a Cypher answer holds beyond plain values: the graph's own nodes and relationships, kept for drawing. */
export interface FoundGraph {
  nodes: Map<string, Node>;
  relationships: Map<string, Relationship>;
}

/** Turns a driver value into JSON (nodes as their labels and properties, temporal values as ISO strings), noting graph items. */
export function toJson(value: unknown, found: FoundGraph): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (isNode(value)) {
    found.nodes.set(value.elementId, value);
    return { labels: value.labels, properties: plainProperties(value.properties, found) };
  }
  if (isRelationship(value)) {
    found.relationships.set(value.elementId, value);
    return { type: value.type, properties: plainProperties(value.properties, found) };
  }
  if (isPath(value)) return pathToJson(value, found);
  // temporal values and points print as ISO strings and WKT-like text
  if (isTemporal(value) || isPoint(value)) return (value as { toString(): string }).toString();
  if (Array.isArray(value)) return value.map((item) => toJson(item, found));
  if (typeof value === 'object') return plainProperties(value as Record<string, unknown>, found);
  return value;
}

function pathToJson(path: Path, found: FoundGraph): unknown {
  const steps = path.segments.map((segment) => ({
    start: toJson(segment.start, found),
    relationship: toJson(segment.relationship, found),
    end: toJson(segment.end, found),
  }));
  return { path: steps.length > 0 ? steps : [{ start: toJson(path.start, found) }] };
}

function plainProperties(properties: Record<string, unknown>, found: FoundGraph): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).map(([key, item]) => [key, toJson(item, found)]));
}

function isTemporal(value: unknown): boolean {
  return (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isLocalTime(value) ||
    isTime(value) ||
    isDuration(value)
  );
}
