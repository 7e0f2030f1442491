// zod compiles object parsers with `new Function` unless told not to, and the
// mini-program runtime forbids dynamic code. Imported first by the app shell.
import * as z from 'zod/mini'

z.config({ jitless: true })
