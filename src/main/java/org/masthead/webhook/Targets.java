package org.masthead.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.masthead.common.Invalid;

/**
 * Where a webhook may point. A webhook makes this server send requests where an admin says, so unless the
 * server's operator allows it ({@code webhooks.private-targets}), it never sends them inside the machine or
 * its network (loopback, private, link-local and carrier-grade ranges, and the cloud metadata address among
 * them): an admin's stolen session must not become a way to reach the database port or an internal service.
 * The address is checked when the webhook is added and again, resolved, before every send.
 */
final class Targets {
    private static final int MAX_LENGTH = 2000;

    private final boolean privateAllowed;

    Targets(boolean privateAllowed) {
        this.privateAllowed = privateAllowed;
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
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || clean.length() > MAX_LENGTH) {
            throw new Invalid("target_url", "the address must start with https:// (or http://) and name a server");
        }
        if (uri.getUserInfo() != null) {
            throw new Invalid("target_url", "put no user name or password in the address; check the signature instead");
        }
        if (uri.getFragment() != null) {
            throw new Invalid("target_url", "the address cannot have a #fragment");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (!privateAllowed && (host.equals("localhost") || host.endsWith(".localhost") || host.endsWith(".local")
                || host.endsWith(".internal") || literalIsPrivate(host))) {
            throw new Invalid("target_url", refusal(host));
        }
        return clean;
    }

    /** Before a send: null when the host may be reached, else why not (it resolves to an inside address). */
    String refusalBeforeSending(URI target) throws UnknownHostException {
        if (privateAllowed) {
            return null;
        }
        for (InetAddress address : InetAddress.getAllByName(target.getHost())) {
            if (isPrivate(address)) {
                return refusal(target.getHost() + " (" + address.getHostAddress() + ")");
            }
        }
        return null;
    }

    private static String refusal(String host) {
        return host + " is an address inside this server's own network; this server is set to send webhooks only to"
                + " public addresses (the operator can allow private ones with webhooks.private-targets=allow)";
    }

    private static boolean literalIsPrivate(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!bare.matches("[0-9.]+") && !bare.contains(":")) {
            return false;
        }
        try {
            // A literal address: no lookup happens for one.
            return isPrivate(InetAddress.getByName(bare));
        } catch (UnknownHostException notAnAddress) {
            return false;
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
        if (address instanceof Inet6Address) {
            // fc00::/7 unique local; an IPv4-mapped address is judged as the IPv4 address it carries.
            if ((b[0] & 0xfe) == 0xfc) {
                return true;
            }
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isPrivate(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException impossible) {
                    return true;
                }
            }
        }
        return false;
    }
}
