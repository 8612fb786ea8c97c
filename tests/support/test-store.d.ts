import { GraphStore } from '@newsgraph/graph-store';
/** A store on the test Neo4j (started by the global setup), schema ready and graph empty. */
export declare function freshStore(): Promise<GraphStore>;
