import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";
import { BlockedAddressError, FetchError, type BlockedKind } from "./errors.js";

/** One address a host name resolves to. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Turns a host name into its addresses (injectable, so tests never ask a real DNS server). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = async (hostname) => {
  const found = await lookup(hostname, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

/** A `host:port` the operator allows even though it is private (FETCH_ALLOW_HOSTS). */
export interface AllowedHost {
  /** Lower-case name, or an IP address in canonical form (IPv6 without brackets). */
  host: string;
  port: number;
}

/** Parses `host:port` entries (`news.internal:8080`, `10.0.0.5:80`, `[::1]:8080`). Throws on a malformed one. */
export function parseAllowHosts(entries: readonly string[] | string): AllowedHost[] {
  const list = typeof entries === "string" ? entries.split(",") : entries;
  const out: AllowedHost[] = [];
  for (const raw of list) {
    const entry = raw.trim();
    if (entry === "") continue;
    const match = /^(\[[0-9a-f:.]+\]|[^\s:[\]/@]+):(\d{1,5})$/i.exec(entry);
    const port = Number(match?.[2]);
    if (!match?.[1] || !Number.isInteger(port) || port < 1 || port > 65535)
      throw new Error(`"${entry}" is not host:port`);
    out.push({ host: canonicalHost(match[1]), port });
  }
  return out;
}

/** A host as written in a URL or an allow entry: IPs in canonical form, names lower-case without a final dot. */
export function canonicalHost(host: string): string {
  const bare = host.replace(/^\[(.*)\]$/, "$1").toLowerCase();
  if (isIP(bare)) return ipaddr.process(bare).toString();
  return bare.replace(/\.$/, "");
}

/**
 * The reason an address must not be connected to, or undefined for an ordinary public
 * address. ipaddr.js names the ranges (RFC 6890 and friends); everything but "unicast" is
 * refused. An IPv4 address inside IPv6 (mapped ::ffff:a.b.c.d, or NAT64 64:ff9b::/96) is
 * judged by the IPv4 address it carries; 6to4 and Teredo tunnels are refused outright.
 */
export function blockedKind(address: string): BlockedKind | undefined {
  if (!ipaddr.isValid(address)) return "reserved";
  let ip = ipaddr.parse(address);
  if (ip.kind() === "ipv6") {
    const v6 = ip as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) ip = v6.toIPv4Address();
    else if (v6.range() === "rfc6052" || v6.range() === "rfc6145") ip = embeddedIPv4(v6);
  }
  return kindOfRange(ip.range());
}

function embeddedIPv4(ip: ipaddr.IPv6): ipaddr.IPv4 {
  const bytes = ip.toByteArray();
  return new ipaddr.IPv4(bytes.slice(12, 16));
}

function kindOfRange(range: string): BlockedKind | undefined {
  switch (range) {
    case "unicast":
      return undefined;
    case "loopback":
      return "loopback";
    case "private":
    case "uniqueLocal":
    case "carrierGradeNat":
    case "deprecatedSiteLocal":
      return "private";
    case "linkLocal":
      return "link-local";
    case "multicast":
    case "broadcast":
      return "multicast";
    case "unspecified":
      return "unspecified";
    default:
      return "reserved";
  }
}

export interface GuardOptions {
  allowHosts?: readonly AllowedHost[];
  resolver?: Resolver;
}

/**
 * Decides the one address a connection to `hostname:port` may use: an IP literal is judged
 * as it is; a name is resolved and refused when any of its addresses is not public, unless
 * the name or the address is allowed on that port. The caller connects to the returned
 * address itself, so the address checked is the address connected to (no DNS rebinding).
 */
export async function guardedAddress(
  hostname: string,
  port: number,
  options: GuardOptions = {},
): Promise<string> {
  const host = canonicalHost(hostname);
  const allowed = (h: string) =>
    (options.allowHosts ?? []).some((a) => a.port === port && a.host === h);
  if (isIP(host)) {
    const kind = blockedKind(host);
    if (kind && !allowed(host)) throw new BlockedAddressError(host, kind);
    return host;
  }
  const addresses = await resolve(host, options.resolver ?? systemResolver);
  const nameAllowed = allowed(host);
  for (const { address } of addresses) {
    const kind = blockedKind(address);
    if (kind && !nameAllowed && !allowed(canonicalHost(address)))
      throw new BlockedAddressError(address, kind);
  }
  return addresses[0]!.address;
}

async function resolve(host: string, resolver: Resolver): Promise<ResolvedAddress[]> {
  let addresses: ResolvedAddress[];
  try {
    addresses = await resolver(host);
  } catch {
    throw new FetchError("dns", "the site's name was not found");
  }
  if (addresses.length === 0) throw new FetchError("dns", "the site's name was not found");
  return addresses;
}
