/**
 * "Share": the map as a link (and, when it fits, a QR code of the link) that
 * opens it in another browser without a server. The QR code is drawn into a
 * canvas pixel by pixel, never as markup.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportMapJson } from '../io/exportJson';
import { encodeShare, shareUrl } from '../io/shareLink';
import { shareQr } from '../io/shareQr';
import type { MapDoc } from '../model';
import { Dialog } from '../panels/Dialog';

/** The QR code's side on screen: as large as the dialog allows (a camera reads a larger code from further), at most this. */
const QR_MAX_PX = 420;

export function ShareDialog({ map, onClose }: { map: MapDoc; onClose: () => void }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    let live = true;
    void encodeShare(map).then((data) => live && setUrl(shareUrl(data)));
    return () => {
      live = false;
    };
  }, [map]);

  const qr = url ? shareQr(url) : null;
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!qr || !canvas) return;
    // Four modules of quiet zone, as readers expect; drawn at 1 px per module and scaled by CSS without smoothing.
    qr.toCanvas(canvas, { pad: 4, on: [0, 0, 0, 255], off: [255, 255, 255, 255] });
    // Whole screen pixels per module keep every module the same size; the dialog's width and half the screen's height cap it.
    const room = Math.min(QR_MAX_PX, canvas.parentElement!.clientWidth, window.innerHeight * 0.5);
    canvas.style.width = `${Math.max(1, Math.floor((room * devicePixelRatio) / canvas.width)) * (canvas.width / devicePixelRatio)}px`;
  }, [qr]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url!);
      setCopied('ok');
    } catch {
      setCopied('failed');
    }
  };
  const canShare = typeof navigator.share === 'function';

  return (
    <Dialog title={t('share.title')} onClose={onClose} testId="share-dialog">
      <div className="share">
        <p className="share__intro">{t('share.intro')}</p>
        {!url ? (
          <p role="status">{t('share.making')}</p>
        ) : qr ? (
          <figure className="share__qr">
            <canvas ref={canvasRef} role="img" aria-label={t('share.qrLabel')} data-testid="share-qr" />
            <figcaption>{t('share.qrHint')}</figcaption>
          </figure>
        ) : (
          <p className="share__too-large" role="status" data-testid="share-too-large">
            {t('share.tooLargeForQr', { actors: map.actors.length })}
          </p>
        )}
        {url ? (
          <label className="share__link">
            {t('share.link')}
            <input type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} data-testid="share-link" />
          </label>
        ) : null}
        {copied ? (
          <p role="status" className="share__copied">
            {t(copied === 'ok' ? 'share.copied' : 'share.copyFailed')}
          </p>
        ) : null}
        <div className="dialog__actions share__actions">
          {url && !qr ? (
            <button type="button" onClick={() => exportMapJson(map)}>
              {t('share.saveFile')}
            </button>
          ) : null}
          {url && canShare ? (
            <button type="button" onClick={() => void navigator.share({ title: map.title, url }).catch(() => undefined)}>
              {t('share.systemShare')}
            </button>
          ) : null}
          <button type="button" disabled={!url} onClick={() => void copy()}>
            {t('share.copy')}
          </button>
          <button type="button" onClick={onClose} autoFocus>
            {t('share.close')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
