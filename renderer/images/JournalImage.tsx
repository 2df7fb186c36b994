// The img of a rendered body. A `pileup-image:` source loads from the host
// (the desktop's protocol or the browser host's /image/ route); any other
// source was removed by the markdown pipeline, and a visible placeholder says
// which host was not contacted. No request ever leaves for a remote image.
import { useEffect, useState, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { imageIdOf } from '../../db/common/images';
import { loadImageAddress, type ImageAddress } from '../api/client';
import './images.css';
import './strings';

/** The address builder once known, so images drawn after the first need not wait. */
let knownAddress: ImageAddress | null = null;

function useImageAddress(): ImageAddress | null {
  // A function in state: wrapped, or useState would call it as an initialiser.
  const [address, setAddress] = useState<ImageAddress | null>(() => knownAddress);
  useEffect(() => {
    if (address) return;
    let current = true;
    void loadImageAddress().then((loaded) => {
      knownAddress = loaded;
      if (current && loaded) setAddress(() => loaded);
    });
    return () => {
      current = false;
    };
  }, [address]);
  return address;
}

type ImageProps = ComponentProps<'img'> & { node?: unknown; 'data-blocked-src'?: string };

export function JournalImage({ src, alt, title, node: _node, 'data-blocked-src': blocked }: ImageProps) {
  const id = typeof src === 'string' ? imageIdOf(src) : null;
  if (!id) return <BlockedImage host={blocked ?? ''} alt={alt ?? ''} />;
  return <StoredImage id={id} alt={alt ?? ''} title={title} />;
}

function StoredImage({ id, alt, title }: { id: string; alt: string; title: string | undefined }) {
  const { t } = useTranslation('images');
  const address = useImageAddress();
  const [failed, setFailed] = useState(false);
  if (failed) {
    return (
      <span className="image-placeholder" role="img" aria-label={alt ? `${t('missing')}: ${alt}` : t('missing')}>
        <span className="image-placeholder-label">{t('missing')}</span>
        {alt && <span className="image-placeholder-alt">{t('remoteAlt', { alt })}</span>}
      </span>
    );
  }
  if (!address) return <span className="image-placeholder image-loading" role="img" aria-label={alt || t('loading')} aria-busy="true" />;
  return <img className="journal-image" src={address(id)} alt={alt} title={title} loading="lazy" decoding="async" onError={() => setFailed(true)} />;
}

function BlockedImage({ host, alt }: { host: string; alt: string }) {
  const { t } = useTranslation('images');
  const label = t('remoteNotLoaded', { host });
  return (
    <span className="image-placeholder remote-image" role="img" aria-label={alt ? `${label} ${t('remoteAlt', { alt })}` : label}>
      <svg className="image-placeholder-icon" aria-hidden="true" width="14" height="14" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5">
        <rect x="1.5" y="2.5" width="13" height="11" rx="1.5" />
        <path d="M1.5 11l4-4 3 3 2-2 4 4" />
        <path d="M2 2l12 12" />
      </svg>
      <span className="image-placeholder-label">{label}</span>
      {alt && <span className="image-placeholder-alt">{t('remoteAlt', { alt })}</span>}
    </span>
  );
}
