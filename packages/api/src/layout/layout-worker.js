// Worker threads load plain JavaScript: register tsx here so the TypeScript worker can be required.
require('tsx/cjs');
const loaded = require('./layout-worker.ts');
module.exports = loaded.default ?? loaded;
