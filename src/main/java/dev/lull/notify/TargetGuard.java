package dev.lull.notify;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Keeps webhooks away from every special-purpose address ({@link SpecialRanges}: loopback, private, link-local such
 * as cloud metadata, shared, documentation, benchmarking, reserved, IPv6 forms carrying an IPv4 address, ...) and
 * from the machine's own interface addresses, so that whoever may register a webhook cannot make Lull call services
 * behind the firewall or itself. Literal addresses are refused when the webhook is saved; names are resolved and
 * every answer checked before each delivery, which then connects to the checked address itself.
 */
final class TargetGuard {
    /** Dotted or not, any all-digit host is an IPv4 literal to the JDK (2130706433 is 127.0.0.1). */
    private static final Pattern IPV4 = Pattern.compile("[0-9.]+");
    private final boolean allowInternal;
    private final Resolver resolver;
    private final Supplier<Set<InetAddress>> ownAddresses;

    /** Resolves a host name to its addresses (the system resolver in production). */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    TargetGuard(boolean allowInternal, Resolver resolver, Supplier<Set<InetAddress>> ownAddresses) {
        this.allowInternal = allowInternal;
        this.resolver = resolver;
        this.ownAddresses = ownAddresses;
    }

    static TargetGuard system(boolean allowInternal) {
        return new TargetGuard(allowInternal, InetAddress::getAllByName, TargetGuard::interfaceAddresses);
    }

    /** Why a webhook with this URL may not be saved, judged without DNS: only literal addresses and localhost. */
    Optional<String> refusalOnSave(URI url) {
        String host = host(url);
        if (allowInternal || host == null) {
            return Optional.empty();
        }
        if (host.equals("localhost") || host.endsWith(".localhost")) {
            return Optional.of(refusal(host, "a loopback name (RFC 6761)"));
        }
        if (IPV4.matcher(host).matches() || host.contains(":")) {
            try {
                return why(InetAddress.getByName(host)).map(reason -> refusal(host, reason));
            } catch (UnknownHostException e) {
                return Optional.of("'" + host + "' is not a valid address");
            }
        }
        return Optional.empty();
    }

    /**
     * Where a delivery to this URL goes now: the address its host resolves to, every answer checked, so that the
     * connection is made to the very address that was judged (a second lookup could answer otherwise: DNS
     * rebinding); or why it may not be sent.
     */
    Destination destination(URI url) {
        String host = host(url);
        if (host == null) {
            return Destination.refused("the URL names no host");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Destination.refused("unknown host " + host);
        }
        if (addresses.length == 0) {
            return Destination.refused("unknown host " + host);
        }
        for (InetAddress address : addresses) {
            Optional<String> reason = allowInternal ? Optional.empty() : why(address);
            if (reason.isPresent()) {
                return Destination.refused(refusal(host + " (" + address.getHostAddress() + ")", reason.get()));
            }
        }
        return new Destination(Optional.of(addresses[0]), Optional.empty());
    }

    /** The one address a delivery connects to, or why it is not sent. */
    record Destination(Optional<InetAddress> address, Optional<String> refusal) {
        static Destination refused(String why) {
            return new Destination(Optional.empty(), Optional.of(why));
        }
    }

    /** Why the address is refused: the special-purpose block it lies in, or that it is this machine's own. */
    Optional<String> why(InetAddress address) {
        Optional<String> special = SpecialRanges.describe(address);
        if (special.isPresent()) {
            return special;
        }
        return ownAddresses.get().contains(address)
                ? Optional.of("an address of this machine's own interfaces")
                : Optional.empty();
    }

    /** The addresses of every network interface of this machine, read afresh (they change with DHCP). */
    static Set<InetAddress> interfaceAddresses() {
        try {
            return NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (SocketException e) {
            throw new IllegalStateException("cannot list this machine's network interfaces", e);
        }
    }

    private static String host(URI url) {
        String host = url.getHost();
        if (host == null) {
            return null;
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return bare.toLowerCase(Locale.ROOT);
    }

    private static String refusal(String target, String reason) {
        return "points at an internal address: " + target + " is " + reason
                + "; set lull.notify.allow-internal-targets=true to allow such receivers";
    }
}
