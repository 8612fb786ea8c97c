// cytoscape-svg ships no types: it registers `cy.svg(options)`, which returns the drawing as an SVG string.
declare module 'cytoscape-svg' {
  import type cytoscape from 'cytoscape';
  const register: cytoscape.Ext;
  export default register;
}
