// The mini-program parses no schema: its calls are checked by the cloud functions, and
// the pages show the contract's lists and labels from types/vocabulary.ts. So the app
// shell loads no validator and zod stays out of the main package (zodConfig.ts is the
// H5 one, where the dev login parses its replies).
export {}
