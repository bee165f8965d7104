package org.outboxdoctor.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.DummySSLServerSocketFactory;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.outboxdoctor.diagnosis.Diagnoser;
import org.outboxdoctor.diagnosis.Diagnosis;
import org.outboxdoctor.diagnosis.FindingCode;
import org.outboxdoctor.diagnosis.RecommendedSettings;
import org.outboxdoctor.engine.CheckOptions;
import org.outboxdoctor.engine.Engine;
import org.outboxdoctor.engine.ProgressListener;
import org.outboxdoctor.settings.MailSettings;
import org.outboxdoctor.settings.Secret;

/** Starting and stopping practice worlds: loopback only, fast, and nothing left behind. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PracticeWorldTest {

    @AfterEach
    void noPracticeThreadLeft() {
        assertEquals(List.of(), PracticeThreads.alive());
    }

    @Test
    void everyScenarioStartsFastAndStopsWithoutLeavingAThreadOrAPort() throws Exception {
        PracticeCatalog catalog = PracticeCatalog.load();
        List<String> times = new ArrayList<>();
        try (PracticeWorld warmUp = PracticeWorld.start(catalog.find("healthy").orElseThrow())) {
            // class loading and the first TLS context: reported, not held to the second
            times.add("(first in this JVM: " + warmUp.startupMillis() + " ms)");
        }
        long slowest = 0;
        for (PracticeScenario scenario : catalog.scenarios()) {
            PracticeWorld world = PracticeWorld.start(scenario);
            List<Integer> ports = world.listeningPorts();
            int dnsPort = Integer.parseInt(world.dnsServer().substring(world.dnsServer().lastIndexOf(':') + 1));
            Path trust = world.options().trustStore().orElseThrow();
            Path attachment = world.attachmentPath().orElse(null);
            assertFalse(PracticeThreads.alive().isEmpty(), scenario.id() + ": the DNS server at least runs");
            world.close();

            times.add(scenario.id() + " " + world.startupMillis() + " ms");
            slowest = Math.max(slowest, world.startupMillis());
            assertEquals(List.of(), PracticeThreads.alive(), scenario.id() + ": threads left after close()");
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                for (int port : ports) {
                    assertFalse(t.isAlive() && t.getName().contains(":127.0.0.1:" + port),
                            scenario.id() + ": GreenMail thread left: " + t.getName());
                }
            }
            for (int port : ports) {
                assertBindable(port, scenario.id());
            }
            try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(loopback(), dnsPort))) {
                assertEquals(dnsPort, udp.getLocalPort());
            }
            assertFalse(Files.exists(trust), scenario.id() + ": the trust file is deleted");
            assertTrue(attachment == null || !Files.exists(attachment), scenario.id() + ": the attachment is deleted");
        }
        System.out.println("practice worlds started in: " + String.join(", ", times));
        assertTrue(slowest < 1000, "every world starts in under a second: " + times);
    }

    @Test
    void everyEndpointOfTheCheckIsOnLoopback() {
        for (PracticeScenario scenario : PracticeCatalog.load().scenarios()) {
            try (PracticeWorld world = PracticeWorld.start(scenario)) {
                CheckOptions o = world.options();
                assertTrue(o.dnsServer().orElseThrow().startsWith("127.0.0.1:"), scenario.id());
                assertEquals(o.dnsServer(), o.whoamiDns(), scenario.id() + ": whoami asks the world's DNS");
                assertFalse(o.dnsblZones().orElseThrow().isEmpty(), scenario.id() + ": blocklists are explicit");
                assertNotEquals(443, o.autoconfigPort(), scenario.id() + ": autoconfig goes to a refused loopback port");
                for (int port : PracticeCatalog.STANDARD_PORTS) {
                    assertNotEquals(port, o.portMap().physicalPort(port), scenario.id() + ": port " + port + " is mapped");
                }
                assertTrue(Files.isReadable(o.trustStore().orElseThrow()));
                assertTrue(o.profile().isEmpty() && !o.sendTest());
                assertEquals(scenario.mailProgram().port(), world.settings().port());
            }
        }
    }

    @Test
    void greenMailsJvmWideKeystoreIsLeftToTheTests() {
        String before = System.getProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_FILE_PROPERTY);
        try (PracticeWorld world = PracticeWorld.start(PracticeCatalog.load().find("healthy").orElseThrow())) {
            assertTrue(world.portMap().get(465) > 0);
        }
        assertEquals(before, System.getProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_FILE_PROPERTY),
                "practice terminates TLS itself and never sets GreenMail's keystore");
    }

    @Test
    void aTraineeWhoAppliesTheFixCanSendInTheSameWorld() {
        PracticeCatalog catalog = PracticeCatalog.load();
        try (PracticeWorld world = PracticeWorld.start(catalog.find("port-25-blocked").orElseThrow())) {
            Diagnosis first = check(world, world.settings(), world.typedPassword());
            assertEquals(FindingCode.PORT_BLOCKED, first.top().orElseThrow().code());
            RecommendedSettings r = first.recommended().orElseThrow();
            MailSettings fixed = new MailSettings(world.settings().address(), r.username(), r.server(), r.port(), r.security(),
                    r.auth(), List.of());
            Diagnosis second = check(world, fixed, world.typedPassword());
            assertEquals(FindingCode.CAN_SEND, second.top().orElseThrow().code(), second.toString());
        }
        try (PracticeWorld world = PracticeWorld.start(catalog.find("wrong-password").orElseThrow())) {
            assertEquals(FindingCode.WRONG_PASSWORD, check(world, world.settings(), world.typedPassword()).top().orElseThrow().code());
            assertEquals(FindingCode.CAN_SEND, check(world, world.settings(), world.accountPassword()).top().orElseThrow().code());
        }
    }

    @Test
    void aClosedWorldSaysSo() {
        PracticeWorld world = PracticeWorld.start(PracticeCatalog.load().find("offline").orElseThrow());
        world.close();
        world.close();
        assertThrows(IllegalStateException.class, world::options);
        assertThrows(IllegalStateException.class, world::typedPassword);
    }

    private static Diagnosis check(PracticeWorld world, MailSettings settings, char[] password) {
        try (Secret secret = Secret.of(password)) {
            return new Diagnoser().diagnose(new Engine().run(world.request(settings, secret), ProgressListener.NONE));
        }
    }

    private static void assertBindable(int port, String scenario) {
        try (ServerSocket again = new ServerSocket()) {
            again.bind(new InetSocketAddress(loopback(), port));
        } catch (IOException e) {
            throw new AssertionError(scenario + ": port " + port + " is still taken after close(): " + e.getMessage(), e);
        }
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
