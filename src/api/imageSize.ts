// The longest side an uploaded photo keeps, on either platform.
export const MAX_SIDE_PX = 1280
