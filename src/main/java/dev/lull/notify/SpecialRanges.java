package dev.lull.notify;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressNetwork.IPAddressGenerator;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;
import inet.ipaddr.ipv4.IPv4AddressAssociativeTrie;
import inet.ipaddr.ipv6.IPv6Address;
import inet.ipaddr.ipv6.IPv6AddressAssociativeTrie;

/**
 * The address blocks no webhook may reach: the IANA IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890) in
 * whole, whatever their "globally reachable" column says, plus multicast, the deprecated IPv4-compatible and
 * site-local IPv6 blocks. Looked up by longest prefix in the ipaddress library's tries.
 */
final class SpecialRanges {
    /** One block of a registry: its prefix, its name and the RFC that defines it. */
    record Block(String prefix, String name, String rfc) {
        String describe() {
            return "in the special-purpose block " + prefix + " (" + name + ", " + rfc + ")";
        }
    }

    static final List<Block> IPV4 = List.of(
            new Block("0.0.0.0/8", "this network", "RFC 791"),
            new Block("10.0.0.0/8", "private use", "RFC 1918"),
            new Block("100.64.0.0/10", "shared address space", "RFC 6598"),
            new Block("127.0.0.0/8", "loopback", "RFC 1122"),
            new Block("169.254.0.0/16", "link local", "RFC 3927"),
            new Block("172.16.0.0/12", "private use", "RFC 1918"),
            new Block("192.0.0.0/24", "IETF protocol assignments", "RFC 6890"),
            new Block("192.0.0.0/29", "IPv4 service continuity prefix", "RFC 7335"),
            new Block("192.0.0.8/32", "IPv4 dummy address", "RFC 7600"),
            new Block("192.0.0.9/32", "port control protocol anycast", "RFC 7723"),
            new Block("192.0.0.10/32", "traversal using relays around NAT anycast", "RFC 8155"),
            new Block("192.0.0.170/31", "NAT64/DNS64 discovery", "RFC 8880"),
            new Block("192.0.2.0/24", "documentation (TEST-NET-1)", "RFC 5737"),
            new Block("192.31.196.0/24", "AS112-v4", "RFC 7535"),
            new Block("192.52.193.0/24", "AMT", "RFC 7450"),
            new Block("192.88.99.0/24", "deprecated 6to4 relay anycast", "RFC 7526"),
            new Block("192.168.0.0/16", "private use", "RFC 1918"),
            new Block("192.175.48.0/24", "direct delegation AS112 service", "RFC 7534"),
            new Block("198.18.0.0/15", "benchmarking", "RFC 2544"),
            new Block("198.51.100.0/24", "documentation (TEST-NET-2)", "RFC 5737"),
            new Block("203.0.113.0/24", "documentation (TEST-NET-3)", "RFC 5737"),
            new Block("224.0.0.0/4", "multicast", "RFC 5771"),
            new Block("240.0.0.0/4", "reserved", "RFC 1112"),
            new Block("255.255.255.255/32", "limited broadcast", "RFC 919"));

    static final List<Block> IPV6 = List.of(
            new Block("::/128", "unspecified address", "RFC 4291"),
            new Block("::1/128", "loopback address", "RFC 4291"),
            new Block("::/96", "IPv4-compatible IPv6 address, deprecated", "RFC 4291"),
            new Block("::ffff:0:0/96", "IPv4-mapped address", "RFC 4291"),
            new Block("64:ff9b::/96", "IPv4-IPv6 translation (NAT64)", "RFC 6052"),
            new Block("64:ff9b:1::/48", "local-use IPv4/IPv6 translation", "RFC 8215"),
            new Block("100::/64", "discard-only address block", "RFC 6666"),
            new Block("100:0:0:1::/64", "dummy IPv6 prefix", "RFC 9780"),
            new Block("2001::/23", "IETF protocol assignments", "RFC 2928"),
            new Block("2001::/32", "TEREDO", "RFC 4380"),
            new Block("2001:2::/48", "benchmarking", "RFC 5180"),
            new Block("2001:db8::/32", "documentation", "RFC 3849"),
            new Block("2002::/16", "6to4", "RFC 3056"),
            new Block("2620:4f:8000::/48", "direct delegation AS112 service", "RFC 7534"),
            new Block("3fff::/20", "documentation", "RFC 9637"),
            new Block("5f00::/16", "segment routing SIDs", "RFC 9602"),
            new Block("fc00::/7", "unique-local", "RFC 4193"),
            new Block("fe80::/10", "link-local unicast", "RFC 4291"),
            new Block("fec0::/10", "site-local, deprecated", "RFC 3879"),
            new Block("ff00::/8", "multicast", "RFC 4291"));

    private static final IPAddress LOCAL_NAT64 = new IPAddressString("64:ff9b:1::/48").getAddress();
    private static final IPAddressGenerator GENERATOR = new IPAddressGenerator();
    private static final IPv4AddressAssociativeTrie<Block> V4 = new IPv4AddressAssociativeTrie<>();
    private static final IPv6AddressAssociativeTrie<Block> V6 = new IPv6AddressAssociativeTrie<>();

    static {
        IPV4.forEach(block -> V4.put(prefix(block).toIPv4(), block));
        IPV6.forEach(block -> V6.put(prefix(block).toIPv6(), block));
    }

    private SpecialRanges() {
    }

    /** Why the address is special, if it is: its most specific block, and the IPv4 address it carries. */
    static Optional<String> describe(InetAddress address) {
        IPAddress ip = GENERATOR.from(address);
        return of(ip).map(block -> block.describe()
                + carriedIPv4(ip).map(v4 -> ", carrying " + v4.toCanonicalString()).orElse(""));
    }

    /** The most specific special-purpose block holding the address, if one does. */
    static Optional<Block> of(IPAddress address) {
        var node = address.isIPv4()
                ? V4.longestPrefixMatchNode(address.toIPv4())
                : V6.longestPrefixMatchNode(address.toIPv6().removeZone());
        return node == null ? Optional.empty() : Optional.of(node.getValue());
    }

    /**
     * The IPv4 address an IPv6 one carries: IPv4-mapped, IPv4-compatible and NAT64 in its last 32 bits, 6to4 after
     * its prefix, Teredo's client inverted in its last 32 bits.
     */
    static Optional<IPv4Address> carriedIPv4(IPAddress address) {
        if (!address.isIPv6()) {
            return Optional.empty();
        }
        IPv6Address v6 = address.toIPv6();
        if (v6.is6To4()) {
            return Optional.of(v6.get6To4IPv4Address());
        }
        if (v6.isTeredo()) {
            return Optional.of(new IPv4Address(~v6.getEmbeddedIPv4Address().intValue()));
        }
        boolean embedded = v6.isIPv4Mapped() || v6.isIPv4Compatible() || v6.isWellKnownIPv4Translatable()
                || LOCAL_NAT64.contains(v6);
        return embedded && !v6.isLoopback() && !v6.isUnspecified()
                ? Optional.of(v6.getEmbeddedIPv4Address())
                : Optional.empty();
    }

    private static IPAddress prefix(Block block) {
        return new IPAddressString(block.prefix()).getAddress().toPrefixBlock();
    }
}
