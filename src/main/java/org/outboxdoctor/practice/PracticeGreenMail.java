package org.outboxdoctor.practice;

import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * GreenMail's SMTP, IMAP and POP3 for a practice world, with the practice account. GreenMail speaks the plain
 * protocols only; its TLS ports are {@link TlsFront}s with a practice certificate. Closing stops the fronts, then
 * GreenMail, and waits for GreenMail's threads.
 */
final class PracticeGreenMail implements AutoCloseable {
    private static final Duration JOIN_BUDGET = Duration.ofSeconds(5);

    private final GreenMail greenMail;
    private final List<TlsFront> fronts = new ArrayList<>();
    private final Map<Integer, Integer> portMap = new LinkedHashMap<>();
    private final List<Integer> listening = new ArrayList<>();
    private final List<String> threadPrefixes = new ArrayList<>();

    private PracticeGreenMail(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** Serves the standard ports given (25, 465, 587, 2525, 143, 993, 110, 995) on free ports of 127.0.0.1. */
    static PracticeGreenMail start(List<Integer> ports, String certificate, String address, String password) {
        PracticeGreenMail servers = new PracticeGreenMail(startInPracticeGroup(setups(ports), address, password));
        try {
            servers.listen(ports, certificate);
        } catch (RuntimeException | Error e) {
            servers.close();
            throw e;
        }
        return servers;
    }

    /** Where each standard port given to {@link #start} really is on 127.0.0.1. */
    Map<Integer, Integer> portMap() {
        return portMap;
    }

    /** Every port GreenMail and the fronts listen on. */
    List<Integer> listeningPorts() {
        return listening;
    }

    @Override
    public void close() {
        for (int i = fronts.size() - 1; i >= 0; i--) {
            Loopback.closeQuietly(fronts.get(i));
        }
        stop(greenMail, threadPrefixes);
    }

    private void listen(List<Integer> ports, String certificate) {
        for (int port : ports) {
            AbstractServer server = switch (port) {
                case 143, 993 -> greenMail.getImap();
                case 110, 995 -> greenMail.getPop3();
                default -> greenMail.getSmtp();
            };
            int physical = server.getPort();
            if (!listening.contains(physical)) {
                listening.add(physical);
                threadPrefixes.add(server.getProtocol() + ":127.0.0.1:" + physical);
            }
            if (port == 465 || port == 993 || port == 995) {
                TlsFront front = TlsFront.start(PracticePki.serverContext(certificate), physical);
                fronts.add(front);
                listening.add(front.port());
                physical = front.port();
            }
            portMap.put(port, physical);
        }
    }

    private static List<ServerSetup> setups(List<Integer> ports) {
        List<ServerSetup> setups = new ArrayList<>();
        if (ports.stream().anyMatch(p -> List.of(25, 465, 587, 2525).contains(p))) {
            setups.add(setup(ServerSetup.PROTOCOL_SMTP));
        }
        if (ports.stream().anyMatch(p -> List.of(143, 993).contains(p))) {
            setups.add(setup(ServerSetup.PROTOCOL_IMAP));
        }
        if (ports.stream().anyMatch(p -> List.of(110, 995).contains(p))) {
            setups.add(setup(ServerSetup.PROTOCOL_POP3));
        }
        return setups;
    }

    private static ServerSetup setup(String protocol) {
        ServerSetup setup = new ServerSetup(0, "127.0.0.1", protocol);
        setup.setServerStartupTimeout(10_000);
        return setup;
    }

    /** Started from a practice thread, so that GreenMail's own threads belong to the practice thread group. */
    private static GreenMail startInPracticeGroup(List<ServerSetup> setups, String address, String password) {
        AtomicReference<GreenMail> started = new AtomicReference<>();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread starter = PracticeThreads.newThread("greenmail-start", () -> {
            try {
                GreenMail greenMail = new GreenMail(setups.toArray(ServerSetup[]::new));
                greenMail.start();
                started.set(greenMail);
                greenMail.setUser(address, address, password);
            } catch (RuntimeException | Error e) {
                failed.set(e);
            }
        });
        starter.start();
        try {
            starter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopIfStarted(started);
            throw new IllegalStateException("interrupted while starting the practice mail servers", e);
        }
        if (failed.get() != null) {
            stopIfStarted(started);
            throw new IllegalStateException("the practice mail servers did not start: " + failed.get().getMessage(), failed.get());
        }
        return started.get();
    }

    private static void stopIfStarted(AtomicReference<GreenMail> started) {
        if (started.get() != null) {
            stop(started.get(), List.of());
        }
    }

    /** GreenMail closes its connections on stop but does not wait for their threads: this does. */
    private static void stop(GreenMail greenMail, List<String> threadPrefixes) {
        greenMail.stop();
        long deadline = System.nanoTime() + JOIN_BUDGET.toNanos();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            // GreenMail names its threads "imap:127.0.0.1:PORT" and "imap:127.0.0.1:PORT<-/127.0.0.1:CLIENTPORT"
            if (threadPrefixes.stream().anyMatch(p -> t.getName().equals(p) || t.getName().startsWith(p + "<-"))) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    return;
                }
                try {
                    t.join(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
