// Plain limits both sides need, free of zod so a client bundle can import them
// without pulling in the schemas.

/** The largest image accepted for upload, before re-encoding. */
export const MAX_IMAGE_BYTES = 700 * 1024
