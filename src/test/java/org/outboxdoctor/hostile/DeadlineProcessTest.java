package org.outboxdoctor.hostile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outboxdoctor.e2e.MailWorld;
import org.outboxdoctor.practice.RefusedPort;
import org.outboxdoctor.testing.TestPki;

/**
 * The promise to a helpdesk script, kept by the real process (Main, its watchdog, the JVM's exit): against a
 * peer that would hold a library forever, the process ends within --timeout + 2 s, says what it knows, and shows
 * no stack trace.
 */
class DeadlineProcessTest {
    private static final int TIMEOUT = 6;
    private static final long LIMIT_MILLIS = TIMEOUT * 1000L + 2000;

    @TempDir
    Path home;

    @Test
    void truncatedDnsAnswerWhoseTcpRetryIsClosed() throws Exception {
        try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
             ServerSocket tcp = new ServerSocket()) {
            tcp.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), udp.getLocalPort()));
            daemon(() -> answerTruncated(udp));
            daemon(() -> closeEveryConnection(tcp));
            String dns = "127.0.0.1:" + udp.getLocalPort();
            int refused = RefusedPort.allocate();
            Finished run = runProcess(List.of("check", "--email", "alice@example.test", "--no-auth", "--dns", dns,
                    "--whoami-dns", dns, "--port-map", "25=" + refused + ",465=" + refused + ",587=" + refused + ",2525="
                            + refused, "--timeout", String.valueOf(TIMEOUT), "--rerun-pause", "0", "--json"));
            assertTrue(run.exit == 1 || run.exit == 3, run.toString());
            assertTrue(run.out.contains("\"verdict\""), "the report is printed: " + run);
        }
    }

    @Test
    void inboxSearchAnsweredOneByteAtATime() throws Exception {
        try (MailWorld world = new MailWorld()) {
            world.map(465, world.greenMail().getSmtps().getPort());
            HostilePeer imaps = HostilePeer.start(DeadlineProcessTest::drippingImaps);
            world.map(993, imaps.port());
            try (imaps) {
                List<String> args = world.checkArguments();
                args.addAll(List.of("--password-env", "OD_PASSWORD", "--port", "465", "--security", "tls", "--send-test",
                        "--timeout", String.valueOf(TIMEOUT), "--rerun-pause", "0", "--json"));
                Finished run = runProcess(args);
                assertTrue(run.exit == 1 || run.exit == 3 || run.exit == 0, run.toString());
                assertFalse(run.out.contains(MailWorld.PASSWORD), "no password in the output");
            }
        }
    }

    @Test
    void aHugeImapLiteralAndAPortThatGreetsAndNeverReads() throws Exception {
        try (MailWorld world = new MailWorld();
             HostilePeer imaps = HostilePeer.start((plain, in, out) -> {
                 SSLSocket tls = (SSLSocket) TestPki.sharedMailLeaf().serverContext().getSocketFactory()
                         .createSocket(plain, null, plain.getPort(), true);
                 tls.setUseClientMode(false);
                 HostilePeer.write(tls.getOutputStream(), "* OK [ALERT] {1500000000}\r\n");
                 Thread.sleep(60_000);
             });
             HostilePeer deaf = HostilePeer.start((s, in, out) -> {
                 HostilePeer.write(out, "220 deaf.example.test ESMTP\r\n");
                 Thread.sleep(60_000);
             })) {
            world.map(465, world.greenMail().getSmtps().getPort()).map(993, imaps.port()).map(587, deaf.port());
            List<String> args = world.checkArguments();
            args.addAll(List.of("--password-env", "OD_PASSWORD", "--port", "587", "--security", "starttls",
                    "--timeout", String.valueOf(TIMEOUT), "--rerun-pause", "0", "--json"));
            Finished run = runProcess(args);
            assertTrue(run.exit == 1 || run.exit == 3, run.toString());
            assertTrue(run.out.contains("\"verdict\""), "the report is printed: " + run);
        }
    }

    /** A mailbox that logs anyone in and then answers SEARCH one byte every 300 ms, forever. */
    private static void drippingImaps(Socket plain, InputStream ignoredIn, OutputStream ignoredOut)
            throws IOException, InterruptedException {
        SSLSocket tls = (SSLSocket) TestPki.sharedMailLeaf().serverContext().getSocketFactory()
                .createSocket(plain, null, plain.getPort(), true);
        tls.setUseClientMode(false);
        InputStream in = tls.getInputStream();
        OutputStream out = tls.getOutputStream();
        HostilePeer.write(out, "* OK [CAPABILITY IMAP4rev1] ready\r\n");
        String line;
        while ((line = HostilePeer.readLine(in)) != null) {
            String[] words = line.split(" ");
            String tag = words[0];
            String command = words.length > 1 ? words[1].toUpperCase(Locale.ROOT) : "";
            if (command.equals("UID") && words.length > 2) {
                command = words[2].toUpperCase(Locale.ROOT);
            }
            switch (command) {
                case "SEARCH" -> {
                    while (true) {
                        HostilePeer.write(out, "*");
                        Thread.sleep(300);
                    }
                }
                case "CAPABILITY" -> HostilePeer.write(out, "* CAPABILITY IMAP4rev1\r\n" + tag + " OK done\r\n");
                case "SELECT", "EXAMINE" -> HostilePeer.write(out, "* 1 EXISTS\r\n* 0 RECENT\r\n* FLAGS ()\r\n"
                        + "* OK [UIDVALIDITY 1] ok\r\n" + tag + " OK [READ-ONLY] done\r\n");
                case "LOGOUT" -> {
                    HostilePeer.write(out, "* BYE bye\r\n" + tag + " OK done\r\n");
                    return;
                }
                default -> HostilePeer.write(out, tag + " OK done\r\n");
            }
        }
    }

    private static void answerTruncated(DatagramSocket udp) {
        byte[] buffer = new byte[512];
        while (!udp.isClosed()) {
            try {
                DatagramPacket query = new DatagramPacket(buffer, buffer.length);
                udp.receive(query);
                byte[] answer = java.util.Arrays.copyOf(buffer, query.getLength());
                answer[2] = (byte) (0x80 | 0x02 | (answer[2] & 0x01)); // QR and TC, same RD
                answer[3] = 0;
                udp.send(new DatagramPacket(answer, answer.length, query.getSocketAddress()));
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void closeEveryConnection(ServerSocket tcp) {
        while (!tcp.isClosed()) {
            try (Socket s = tcp.accept()) {
                s.setSoLinger(true, 0);
            } catch (IOException e) {
                return;
            }
        }
    }

    private record Finished(int exit, long millis, String out, String err) {
    }

    private Finished runProcess(List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Doutboxdoctor.loopbackOnly=true",
                "-Duser.home=" + home, "-Djava.util.prefs.userRoot=" + home.resolve("prefs"),
                "org.outboxdoctor.Main"));
        command.addAll(args);
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("OD_PASSWORD", MailWorld.PASSWORD);
        long start = System.nanoTime();
        Process process = builder.start();
        boolean ended = process.waitFor(LIMIT_MILLIS + 20_000, TimeUnit.MILLISECONDS);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (!ended) {
            process.destroyForcibly();
        }
        Finished run = new Finished(ended ? process.exitValue() : -1, millis, Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        assertTrue(ended && millis <= LIMIT_MILLIS, "the process ended after " + millis + " ms: " + run);
        assertFalse(run.err.contains("\tat ") || run.err.contains("Exception"), "no stack trace: " + run.err);
        return run;
    }

    private static void daemon(Runnable body) {
        Thread thread = new Thread(body, "hostile-dns");
        thread.setDaemon(true);
        thread.start();
    }
}
