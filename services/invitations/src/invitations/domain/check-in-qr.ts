import QRCode from 'qrcode';
import { ON_THE_DAY_MARGIN_MS } from '../../conferences/domain/conference';
import { signToken } from './signed-token';

/** The check-in token of a mail: valid until 12 hours after the conference ends. */
export function checkInToken(invitationId: string, tokenId: string, endsAt: Date, secret: string): string {
  return signToken(
    { purpose: 'checkin', invitationId, tokenId, expiresAt: new Date(endsAt.getTime() + ON_THE_DAY_MARGIN_MS) },
    secret,
  );
}

/** The QR code the guest shows at the door: the check-in token as a PNG (deterministic for a token). */
export function checkInQrPng(token: string): Promise<Buffer> {
  return QRCode.toBuffer(token, { type: 'png', width: 240, margin: 1, errorCorrectionLevel: 'M' });
}
