import type { SiteStatus } from '../lib/messages/protocol';
import { siteHost } from '../lib/messages/site-pattern';
import { t } from './i18n';
import { isolateText, messageWith, PageText } from './page-text';

export interface SiteGrantProps {
  site: SiteStatus;
  busy: boolean;
  /** Absent where the page cannot ask the browser for a permission (no grant is offered then). */
  onAllow?(pattern: string): void;
  onRevoke(pattern: string): void;
}

/**
 * The current tab's site outside gov.cn: 始终在此网站运行 (the browser asks the reader to confirm),
 * or, once granted, that it runs there by itself, with 撤销.
 */
export function SiteGrant({ site, busy, onAllow, onRevoke }: SiteGrantProps) {
  const host = siteHost(site.pattern);
  if (site.granted) {
    return (
      <div class="site-grant" data-testid="site-grant" data-granted="true">
        <p class="hint">{messageWith((slot) => t('siteGranted', slot), host)}</p>
        <button type="button" class="secondary" data-testid="site-revoke-current" disabled={busy} aria-label={t('siteRevokeLabel', isolateText(host))} onClick={() => onRevoke(site.pattern)}>
          {t('siteRevoke')}
        </button>
      </div>
    );
  }
  if (!onAllow) return null;
  return (
    <div class="site-grant" data-testid="site-grant" data-granted="false">
      <button type="button" class="secondary" data-testid="site-allow" disabled={busy} aria-describedby="site-allow-hint" onClick={() => onAllow(site.pattern)}>
        {t('siteAllow')}
      </button>
      <p class="hint" id="site-allow-hint">
        {messageWith((slot) => t('siteAllowHint', slot), host)}
      </p>
    </div>
  );
}

/** The sites the reader granted, each with 撤销; nothing when there are none. */
export function GrantedSites({ sites, busy, onRevoke }: { sites: string[]; busy: boolean; onRevoke(pattern: string): void }) {
  if (sites.length === 0) return null;
  return (
    <section class="card" data-testid="granted-sites" aria-labelledby="granted-sites-heading">
      <h2 id="granted-sites-heading">{t('sitesHeading')}</h2>
      <p class="hint">{t('sitesHint')}</p>
      <ul class="site-list">
        {sites.map((pattern) => (
          <li key={pattern} data-testid="granted-site" data-pattern={pattern}>
            <PageText text={siteHost(pattern)} />
            <button type="button" class="link" data-testid="site-revoke" disabled={busy} aria-label={t('siteRevokeLabel', isolateText(siteHost(pattern)))} onClick={() => onRevoke(pattern)}>
              {t('siteRevoke')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
