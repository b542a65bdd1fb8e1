package org.masthead.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.masthead.common.Invalid;

/**
 * Where a webhook may point. A webhook makes this server send requests where an admin says, so unless the
 * server's operator allows it ({@code webhooks.private-targets}), it never sends them inside the machine or
 * its network (loopback, private, link-local and carrier-grade ranges, the cloud metadata address and the
 * server's own interface addresses among them): an admin's stolen session must not become a way to reach the
 * database port or an internal service. The address is judged by the same rules when the webhook is added and
 * again, resolved, before every send, so the two never disagree.
 */
final class Targets {
    private static final int MAX_LENGTH = 2000;
    // WHATWG URL: a host whose last label is a number is an IPv4 address, in whatever base it is written.
    private static final Pattern ENDS_IN_A_NUMBER = Pattern.compile("(.*\\.)?([0-9]+|0x[0-9a-f]*)");
    private static final Pattern FOUR_NUMBERS = Pattern.compile("(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}");

    private final boolean privateAllowed;
    private final Supplier<Set<InetAddress>> ownAddresses;

    Targets(boolean privateAllowed) {
        this(privateAllowed, Targets::interfaceAddresses);
    }

    /** {@code ownAddresses} are this server's own; read afresh each time, since interfaces come and go. */
    Targets(boolean privateAllowed, Supplier<Set<InetAddress>> ownAddresses) {
        this.privateAllowed = privateAllowed;
        this.ownAddresses = ownAddresses;
    }

    boolean privateAllowed() {
        return privateAllowed;
    }

    /** The address as it will be kept, or {@link Invalid} saying what is wrong with it. */
    String check(String url) {
        String clean = url == null ? "" : url.strip();
        if (clean.isEmpty()) {
            throw new Invalid("target_url", "a webhook needs the address to send to");
        }
        URI uri;
        try {
            uri = new URI(clean);
        } catch (URISyntaxException e) {
            throw new Invalid("target_url", "that is not a web address: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = hostOf(uri);
        if (!scheme.equals("http") && !scheme.equals("https") || host == null || clean.length() > MAX_LENGTH) {
            throw new Invalid("target_url", "the address must start with https:// (or http://) and name a server");
        }
        if (uri.getUserInfo() != null || uri.getRawAuthority().contains("@")) {
            throw new Invalid("target_url", "put no user name or password in the address; check the signature instead");
        }
        if (uri.getFragment() != null) {
            throw new Invalid("target_url", "the address cannot have a #fragment");
        }
        String refused = refusalOf(host);
        if (refused != null) {
            throw new Invalid("target_url", refused);
        }
        if (uri.getHost() == null) {
            // CASE: java.net.URI reads "127.0.0.1." or "a..b" as no server at all, so the sender could not reach it.
            throw new Invalid("target_url", host + " is not a server name this server can send to; write it as a name"
                    + " (hooks.example.org) or four numbers (192.0.2.10)");
        }
        return clean;
    }

    /** Before a send: null when the host may be reached, else why not (it resolves to an inside address). */
    String refusalBeforeSending(URI target) throws UnknownHostException {
        String host = hostOf(target);
        String refused = host == null ? null : refusalOf(host);
        if (refused == null && target.getHost() == null) {
            refused = "the address names no server this server can send to";
        }
        if (refused != null || privateAllowed) {
            return refused;
        }
        for (InetAddress address : InetAddress.getAllByName(target.getHost())) {
            if (isInside(address)) {
                return refusal(host + " (" + address.getHostAddress() + ")");
            }
        }
        return null;
    }

    /** The host as written, lower case, brackets kept; java.net.URI leaves some out of getHost, so read the authority. */
    private static String hostOf(URI uri) {
        if (uri.getHost() != null) {
            return uri.getHost().toLowerCase(Locale.ROOT);
        }
        String authority = uri.getRawAuthority();
        if (authority == null) {
            return null;
        }
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        int end = host.startsWith("[") ? host.indexOf(']') + 1 : host.lastIndexOf(':');
        host = end > 0 ? host.substring(0, end) : host;
        return host.isEmpty() ? null : host.toLowerCase(Locale.ROOT);
    }

    /** Why this host may not be sent to, judged as written without a lookup; null when nothing is wrong with it. */
    private String refusalOf(String host) {
        // A name with dots at its end ("localhost.") is the same name, fully qualified.
        String name = host.replaceAll("\\.+$", "");
        boolean bracketed = name.startsWith("[") && name.endsWith("]");
        String bare = bracketed ? name.substring(1, name.length() - 1).replaceAll("%.*", "") : name;
        String embeddedIPv4 = bracketed && bare.contains(".") ? bare.substring(bare.lastIndexOf(':') + 1) : null;
        if (!bracketed && ENDS_IN_A_NUMBER.matcher(name).matches() && !FOUR_NUMBERS.matcher(name).matches()
                || embeddedIPv4 != null && !FOUR_NUMBERS.matcher(embeddedIPv4).matches()) {
            return ambiguous(host);
        }
        if (privateAllowed) {
            return null;
        }
        if (name.equals("localhost") || name.endsWith(".localhost") || name.endsWith(".local") || name.endsWith(".internal")) {
            return refusal(host);
        }
        if (bracketed || FOUR_NUMBERS.matcher(name).matches()) {
            try {
                // A literal address: no lookup happens for one.
                if (isInside(InetAddress.getByName(bare))) {
                    return refusal(host);
                }
            } catch (UnknownHostException notAnAddress) {
                return host + " is not an address this server can send to";
            }
        }
        return null;
    }

    private static String refusal(String host) {
        return host + " is an address inside this server's own network; this server is set to send webhooks only to"
                + " public addresses (the operator can allow private ones with webhooks.private-targets=allow)";
    }

    private static String ambiguous(String host) {
        return host + " is not written as four numbers from 0 to 255 (like 192.0.2.10); programs read such forms"
                + " differently (0177.0.0.1 is 127.0.0.1 to a browser and 177.0.0.1 to Java), so write the address out in full";
    }

    private boolean isInside(InetAddress address) {
        InetAddress carried = embeddedIPv4(address);
        return isPrivate(address) || isOwn(address) || carried != null && isOwn(carried);
    }

    private boolean isOwn(InetAddress address) {
        // Compared by bytes: an interface's IPv6 address carries a scope the written one lacks.
        return ownAddresses.get().stream().anyMatch(own -> Arrays.equals(own.getAddress(), address.getAddress()));
    }

    static Set<InetAddress> interfaceAddresses() {
        try {
            return NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses).collect(Collectors.toSet());
        } catch (SocketException unreadable) {
            // The ranges above still hold; a server whose interfaces cannot be listed loses only this extra guard.
            return Set.of();
        }
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            // 0/8 "this network", 100.64/10 carrier-grade NAT, 192.0.0/24 protocol assignments, 198.18/15 benchmarking.
            return first == 0 || (first == 100 && second >= 64 && second < 128) || (first == 192 && second == 0 && (b[2] & 0xff) == 0)
                    || (first == 198 && (second == 18 || second == 19)) || first >= 240;
        }
        // fc00::/7 unique local; an address that carries an IPv4 address is judged as the one it carries.
        InetAddress carried = embeddedIPv4(address);
        return (b[0] & 0xfe) == 0xfc || carried != null && isPrivate(carried);
    }

    /**
     * The IPv4 address an IPv6 one carries in its last four bytes, or null: IPv4-compatible {@code ::a.b.c.d},
     * IPv4-mapped {@code ::ffff:a.b.c.d} and NAT64 {@code 64:ff9b::a.b.c.d}, each of which a host or its
     * network may turn into a connection to that IPv4 address.
     */
    private static InetAddress embeddedIPv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return null;
        }
        byte[] b = address.getAddress();
        byte[] prefix = Arrays.copyOf(b, 12);
        boolean compatible = Arrays.equals(prefix, new byte[12]);
        boolean mapped = Arrays.equals(prefix, new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff});
        boolean nat64 = Arrays.equals(prefix, new byte[] {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0});
        if (!compatible && !mapped && !nat64) {
            return null;
        }
        try {
            return InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16));
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
