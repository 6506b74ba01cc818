package dev.lull.notify;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Keeps webhooks away from internal addresses (loopback, private, link-local such as cloud metadata, shared
 * carrier-grade NAT, unique-local IPv6), so that whoever may register a webhook cannot make Lull call services
 * behind the firewall. Literal addresses are refused when the webhook is saved; names are resolved and checked
 * before each delivery.
 */
final class TargetGuard {
    /** Dotted or not, any all-digit host is an IPv4 literal to the JDK (2130706433 is 127.0.0.1). */
    private static final Pattern IPV4 = Pattern.compile("[0-9.]+");
    private final boolean allowInternal;
    private final Resolver resolver;

    /** Resolves a host name to its addresses (the system resolver in production). */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    TargetGuard(boolean allowInternal, Resolver resolver) {
        this.allowInternal = allowInternal;
        this.resolver = resolver;
    }

    static TargetGuard system(boolean allowInternal) {
        return new TargetGuard(allowInternal, InetAddress::getAllByName);
    }

    /** Why a webhook with this URL may not be saved, judged without DNS: only literal addresses and localhost. */
    Optional<String> refusalOnSave(URI url) {
        String host = host(url);
        if (allowInternal || host == null) {
            return Optional.empty();
        }
        if (host.equals("localhost") || host.endsWith(".localhost")) {
            return Optional.of(refusal(host));
        }
        if (IPV4.matcher(host).matches() || host.contains(":")) {
            try {
                return isInternal(InetAddress.getByName(host)) ? Optional.of(refusal(host)) : Optional.empty();
            } catch (UnknownHostException e) {
                return Optional.of("'" + host + "' is not a valid address");
            }
        }
        return Optional.empty();
    }

    /** Why a delivery to this URL may not be sent now: its host resolves to an internal address. */
    Optional<String> refusalOnSend(URI url) {
        String host = host(url);
        if (allowInternal || host == null) {
            return Optional.empty();
        }
        try {
            for (InetAddress address : resolver.resolve(host)) {
                if (isInternal(address)) {
                    return Optional.of(refusal(host + " (" + address.getHostAddress() + ")"));
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of("unknown host " + host);
        }
    }

    /** Loopback, unspecified, private, link-local, multicast, 100.64.0.0/10 or fc00::/7. */
    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
        }
        return address instanceof Inet6Address && (b[0] & 0xfe) == 0xfc;
    }

    private static String host(URI url) {
        String host = url.getHost();
        if (host == null) {
            return null;
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return bare.toLowerCase(Locale.ROOT);
    }

    private static String refusal(String target) {
        return "points at an internal address: " + target + " (loopback, private, link-local or shared); "
                + "set lull.notify.allow-internal-targets=true to allow such receivers";
    }
}
