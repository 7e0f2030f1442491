// The contract: everything the client and the back end agree on.
export * from './common'
export * from './enums'
export * from './documents'
export * from './board'
export * from './staff'
export * from './org'
export * from './contracts'
export * from './dev'
