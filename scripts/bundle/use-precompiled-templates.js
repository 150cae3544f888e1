// Imported first by each bundle entry: the bundle's templates come precompiled. esbuild puts the
// table in a chunk of its own, loaded the first time a template set is read.
import { providePrecompiledTemplates } from '../../dist/compose/precompiled-provider.js'

providePrecompiledTemplates(() => import('../../dist/compose/precompiled-templates.js'))
