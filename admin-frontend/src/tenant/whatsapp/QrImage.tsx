import { Skeleton } from '@mantine/core';
import { useEffect, useState } from 'react';

/** The QR string as an image. The QR library loads only here (its own chunk), never on first load. */
export function QrImage({ value, size = 264 }: { value: string; size?: number }) {
  const [image, setImage] = useState<{ of: string; url: string } | null>(null);
  useEffect(() => {
    let current = true;
    void import('qrcode')
      .then((qr) => qr.toDataURL(value, { errorCorrectionLevel: 'M', margin: 2, width: size }))
      .then((url) => { if (current) setImage({ of: value, url }); });
    return () => { current = false; };
  }, [value, size]);
  if (image?.of !== value) return <Skeleton width={size} height={size} aria-label="Drawing the QR code" />;
  return <img src={image.url} width={size} height={size} alt="QR code to scan with WhatsApp on the business phone" />;
}
