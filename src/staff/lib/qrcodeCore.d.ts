// Types for the pure-JS encoder inside the qrcode package (no canvas, no Node APIs),
// which the console uses to draw an invitation's QR code on the device.
declare module 'qrcode/lib/core/qrcode' {
  export function create(text: string, options?: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H' }): { modules: { size: number; get(row: number, col: number): number } }
}
