import net from 'node:net';

const NAMED_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/** Which peers may tell the gateway the client's address (X-Forwarded-For): none, a number of hops, or addresses. */
export type TrustedProxies = false | number | string[];

function isAddressOrSubnet(item: string): boolean {
  if (NAMED_RANGES.includes(item)) return true;
  const [address, bits, ...rest] = item.split('/');
  const version = net.isIP(address);
  if (!version || rest.length > 0) return false;
  return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128));
}

/**
 * Reads TRUST_PROXY: unset or `false` (the peer's own address counts), a number of proxy hops in front of the
 * gateway, or addresses, CIDR subnets and `loopback`, `linklocal`, `uniquelocal` separated by commas.
 * `true` (trust any peer) is refused: any client could then choose its address and its rate-limit budget.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies | undefined {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false') return false;
  if (/^\d+$/.test(text)) return Number(text);
  const items = text.split(',').map((item) => item.trim());
  return items.every(isAddressOrSubnet) ? items : undefined;
}
