/**
 * Which addresses the fetcher may connect to. `guardedAddress` is what the fetcher's
 * connector calls before any socket is opened; here it is called alone, with a stub
 * resolver, so private and link-local answers are judged without connecting anywhere.
 */
import { describe, expect, it } from "vitest";
import {
  blockedKind,
  canonicalHost,
  guardedAddress,
  parseAllowHosts,
  type Resolver,
} from "../../src/sources/address.js";
import { BlockedAddressError, FetchError } from "../../src/sources/errors.js";

const stub =
  (answers: Record<string, string[]>): Resolver =>
  async (host) => {
    const found = answers[host];
    if (!found) throw new Error("ENOTFOUND");
    return found.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };

describe("blockedKind", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.0.9", "loopback"],
    ["::1", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["100.64.0.1", "private"], // carrier-grade NAT
    ["fc00::1", "private"],
    ["fd12:3456::1", "private"], // unique local
    ["169.254.169.254", "link-local"], // cloud metadata
    ["fe80::1", "link-local"],
    ["224.0.0.1", "multicast"],
    ["ff02::1", "multicast"],
    ["255.255.255.255", "multicast"], // broadcast
    ["0.0.0.0", "unspecified"],
    ["::", "unspecified"],
    ["192.0.2.1", "reserved"], // documentation
    ["198.18.0.1", "reserved"], // benchmarking
    ["240.0.0.1", "reserved"],
    ["2001:db8::1", "reserved"],
    ["::ffff:127.0.0.1", "loopback"], // IPv4-mapped
    ["::ffff:10.0.0.1", "private"],
    ["::ffff:a9fe:a9fe", "link-local"], // mapped 169.254.169.254 in hex
    ["64:ff9b::7f00:1", "loopback"], // NAT64 of 127.0.0.1
    ["64:ff9b::a00:1", "private"], // NAT64 of 10.0.0.1
    ["2002:7f00:1::", "reserved"], // 6to4 tunnels are refused outright
    ["not an address", "reserved"],
  ])("%s is %s", (address, kind) => {
    expect(blockedKind(address)).toBe(kind);
  });

  it.each([
    "93.184.216.34",
    "8.8.8.8",
    "2606:4700::1111",
    "::ffff:93.184.216.34",
    "64:ff9b::5db8:d822",
  ])("%s is public", (address) => {
    expect(blockedKind(address)).toBeUndefined();
  });
});

describe("FETCH_ALLOW_HOSTS entries", () => {
  it("parses host:port lists, IPv6 in brackets, names in lower case", () => {
    expect(parseAllowHosts(" 127.0.0.1:8080, News.Internal:80 ,[::1]:9000,")).toEqual([
      { host: "127.0.0.1", port: 8080 },
      { host: "news.internal", port: 80 },
      { host: "::1", port: 9000 },
    ]);
    expect(parseAllowHosts("")).toEqual([]);
  });

  it.each([
    "127.0.0.1",
    "host:",
    ":80",
    "host:0",
    "host:70000",
    "http://host:80",
    "a b:80",
    "::1:80",
  ])("refuses %j", (entry) => {
    expect(() => parseAllowHosts(entry)).toThrow(/is not host:port/);
  });

  it("writes hosts canonically, so one address has one spelling", () => {
    expect(canonicalHost("[::FFFF:127.0.0.1]")).toBe("127.0.0.1");
    expect(canonicalHost("Example.COM.")).toBe("example.com");
  });
});

describe("guardedAddress", () => {
  const resolver = stub({
    "public.test": ["93.184.216.34"],
    "private.test": ["10.0.0.7"],
    "link.test": ["169.254.169.254"],
    "mapped.test": ["::ffff:192.168.0.10"],
    "v6local.test": ["fe80::abcd"],
    "mixed.test": ["93.184.216.34", "10.0.0.7"],
    "internal.test": ["10.0.0.5"],
  });

  it("gives the public address of a public name", async () => {
    expect(await guardedAddress("public.test", 443, { resolver })).toBe("93.184.216.34");
  });

  it.each([
    ["private.test", "private"],
    ["link.test", "link-local"],
    ["mapped.test", "private"],
    ["v6local.test", "link-local"],
    ["mixed.test", "private"], // one bad address is enough
    ["127.0.0.1", "loopback"],
    ["::1", "loopback"],
    ["[::1]", "loopback"],
  ])("refuses %s (%s)", async (host, kind) => {
    const err = await guardedAddress(host, 80, { resolver }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BlockedAddressError);
    expect((err as BlockedAddressError).kind).toBe(kind);
    expect((err as Error).message).toBe("that address is private");
  });

  it("lets an allowed host:port through, by name or by address, and only on that port", async () => {
    const allowHosts = parseAllowHosts("internal.test:8080,10.0.0.7:80,127.0.0.1:3000");
    expect(await guardedAddress("internal.test", 8080, { resolver, allowHosts })).toBe("10.0.0.5");
    expect(await guardedAddress("private.test", 80, { resolver, allowHosts })).toBe("10.0.0.7");
    expect(await guardedAddress("127.0.0.1", 3000, { resolver, allowHosts })).toBe("127.0.0.1");
    for (const [host, port] of [
      ["internal.test", 80],
      ["private.test", 8080],
      ["127.0.0.1", 3001],
      ["link.test", 8080],
    ] as const) {
      await expect(guardedAddress(host, port, { resolver, allowHosts })).rejects.toBeInstanceOf(
        BlockedAddressError,
      );
    }
  });

  it("turns a name that does not resolve into a dns FetchError", async () => {
    const err = await guardedAddress("nowhere.test", 80, { resolver }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchError);
    expect(err).toMatchObject({ code: "dns", message: "the site's name was not found" });
    await expect(
      guardedAddress("empty.test", 80, { resolver: async () => [] }),
    ).rejects.toMatchObject({ code: "dns" });
  });
});
