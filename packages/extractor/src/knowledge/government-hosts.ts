/**
 * The country whose government publishes at a web address: `.gov` and `.mil` hosts are the United States' federal
 * government's, `.gov.<cc>` (and `.gc.ca`) another country's; undefined for any other address or none.
 */
export function governmentCountry(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  if (/\.(?:gov|mil)$/.test(host)) return 'US';
  if (host.endsWith('.gc.ca')) return 'CA';
  const code = /\.gov\.([a-z]{2})$/.exec(host)?.[1];
  if (!code) return undefined;
  return code === 'uk' ? 'GB' : code.toUpperCase();
}
