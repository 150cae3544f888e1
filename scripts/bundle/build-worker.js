// Entry of dist/bundle/build-worker.js: a thread of `vplan build`'s pool. src/cli/build-pool.ts
// starts ./build-worker.js next to its own file, which in the bundle is a chunk in dist/bundle/.
import './use-precompiled-templates.js'
import '../../dist/cli/build-worker.js'
