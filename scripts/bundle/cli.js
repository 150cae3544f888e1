// Entry of dist/bundle/vplan.js, which bin/vplan.js runs: the CLI of dist/cli/main.js.
import './use-precompiled-templates.js'
export { main } from '../../dist/cli/main.js'
