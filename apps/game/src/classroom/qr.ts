import QRCode from 'qrcode';

/**
 * The join link as a QR code, rendered here (no network): SVG text from the
 * `qrcode` library, black on white with a quiet zone, error correction M so
 * a phone at the back of the room still reads it.
 */
export const QR_OPTIONS = {
  type: 'svg',
  errorCorrectionLevel: 'M',
  margin: 4,
  color: { dark: '#000000', light: '#ffffff' },
} as const;

export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, QR_OPTIONS);
}
