package org.masthead.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The address a request really came from. Behind a reverse proxy (the usual way to serve over TLS) every
 * request arrives from the proxy, which names the client in X-Forwarded-For; that header is believed only
 * when the connection comes from a trusted proxy, read from the right, skipping the trusted hops, so a
 * client cannot pass itself off as another by writing the header itself.
 */
public final class ClientAddress {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final Set<InetAddress> trusted;

    public ClientAddress(Set<InetAddress> trusted) {
        this.trusted = Set.copyOf(trusted);
    }

    /** The client's address, from the connection's and the X-Forwarded-For header's (may be null). */
    public String of(String remote, String forwardedFor) {
        Optional<InetAddress> hop = parse(remote);
        if (hop.isEmpty() || !trusted.contains(hop.get()) || forwardedFor == null || forwardedFor.isBlank()) {
            return remote;
        }
        List<String> named = List.of(forwardedFor.split(","));
        String client = remote;
        for (int i = named.size() - 1; i >= 0; i--) {
            String entry = named.get(i).strip();
            Optional<InetAddress> address = parse(entry);
            if (address.isEmpty()) {
                return client;
            }
            client = address.get().getHostAddress();
            if (!trusted.contains(address.get())) {
                return client;
            }
        }
        return client;
    }

    /** An IP address written out; never a host name, so reading one never asks DNS. */
    static Optional<InetAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String literal = text.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        if (!IPV4.matcher(literal).matches() && !literal.contains(":")) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(literal));
        } catch (UnknownHostException | SecurityException e) {
            return Optional.empty();
        }
    }
}
