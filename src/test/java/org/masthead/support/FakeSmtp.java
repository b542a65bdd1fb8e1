package org.masthead.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * An SMTP server of a few dozen lines, for what GreenMail cannot do: answer RCPT TO with the reply a test chooses
 * (450 greylisted, 550 no such user). It speaks the real protocol over a real socket, one connection at a time.
 */
public final class FakeSmtp implements AutoCloseable {
    private final ServerSocket server;
    private final Function<String, String> rcptReply;
    private final AtomicInteger connections = new AtomicInteger();
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final int hangUpAfter;
    private final Thread thread;

    /** A server answering each RCPT TO with the reply for its address ("250 OK", "450 4.2.0 greylisted"). */
    public FakeSmtp(Function<String, String> rcptReply) throws IOException {
        this(rcptReply, Integer.MAX_VALUE);
    }

    /** As above, and hanging up without a word after taking this many messages on a connection. */
    public FakeSmtp(Function<String, String> rcptReply, int hangUpAfter) throws IOException {
        this.server = new ServerSocket(0);
        this.rcptReply = rcptReply;
        this.hangUpAfter = hangUpAfter;
        this.thread = Thread.ofPlatform().daemon().name("fake-smtp").start(this::serve);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** How many connections clients opened. */
    public int connections() {
        return connections.get();
    }

    /** The recipients of the messages the server took, in order. */
    public List<String> accepted() {
        return List.copyOf(accepted);
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                connections.incrementAndGet();
                converse(socket);
            } catch (IOException closed) {
                // The test is over, or the client hung up: wait for the next one.
            }
        }
    }

    private void converse(Socket socket) throws IOException {
        var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        var out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.US_ASCII);
        reply(out, "220 fake ESMTP");
        String recipient = null;
        int taken = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.toUpperCase(Locale.ROOT);
            if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                reply(out, "250 fake");
            } else if (command.startsWith("RCPT TO:")) {
                String address = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
                String answer = rcptReply.apply(address);
                recipient = answer.startsWith("2") ? address : recipient;
                reply(out, answer);
            } else if (command.equals("DATA")) {
                reply(out, "354 go on");
                for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
                    // The message itself is of no interest here.
                }
                accepted.add(recipient);
                reply(out, "250 taken");
                if (++taken >= hangUpAfter) {
                    return;
                }
            } else if (command.equals("QUIT")) {
                reply(out, "221 bye");
                return;
            } else {
                if (command.startsWith("MAIL FROM") || command.equals("RSET")) {
                    recipient = null;
                }
                reply(out, "250 OK");
            }
        }
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
