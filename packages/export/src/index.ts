export { writeGraphml } from './graphml';
export { writeGexf } from './gexf';
export { writeCsv, type CsvTable } from './csv';
export { writeCyjs } from './cyjs';
export { writeCypherScript } from './cypher-script';
export {
  EXPORT_LAYOUT,
  forceAtlasPositions,
  LAYOUT_CAP,
  LAYOUT_LINK_CAP,
  type LayoutSettings,
  type Positions,
  type Topology,
} from './layout';
