// Entry of dist/bundle/pdf-worker.js: `vplan serve`'s PDF thread. src/serve/start-pdf-worker.ts
// starts ./pdf-worker.js next to its own file, which in the bundle is a chunk in dist/bundle/.
import './use-precompiled-templates.js'
import '../../dist/serve/pdf-worker.js'
