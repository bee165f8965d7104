package org.outboxdoctor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.diagnosis.FindingCode;
import org.outboxdoctor.diagnosis.Verdict;
import org.outboxdoctor.e2e.MailWorld;
import org.outboxdoctor.engine.CheckOptions;
import org.outboxdoctor.practice.SmtpBehaviour;
import org.outboxdoctor.ui.CheckForm.SecurityChoice;
import org.outboxdoctor.ui.CheckOutcome.Row;
import org.outboxdoctor.ui.CheckOutcome.FindingView;
import org.outboxdoctor.ui.CheckOutcome.StepResult;
import org.outboxdoctor.ui.CheckOutcome.TestMessageView;

/** The session against the loopback mail world, without a window (same-thread executors where possible). */
class CheckSessionTest {

    private final Preferences node = TestPreferences.freshNode();
    private final MutableClock clock = new MutableClock();

    @AfterEach
    void removePreferences() throws BackingStoreException {
        TestPreferences.remove(node);
    }

    @Test
    void healthyAccountEndsOnCanSendWithEveryStepAnswered() throws Exception {
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            CheckSession session = session(world, Runnable::run, Runnable::run);
            fill(session.form(), MailWorld.PASSWORD, "465", SecurityChoice.TLS);

            session.start();

            assertEquals(CheckSession.State.FINISHED, session.state());
            CheckOutcome outcome = session.outcomeProperty().get();
            assertEquals(Verdict.CAN_SEND, outcome.verdict());
            assertEquals(List.of(FindingCode.CAN_SEND), outcome.codes());
            assertEquals(465, outcome.recommended().orElseThrow().port());
            assertEquals(StatusLook.OK, step(session, CheckStep.PASSWORD).look());
            assertEquals(StatusLook.OK, step(session, CheckStep.SERVER).look());
            assertEquals(StatusLook.OK, step(session, CheckStep.PORT).look());
            assertEquals(StatusLook.OK, step(session, CheckStep.FIREWALL).look());
            assertEquals(StatusLook.OK, step(session, CheckStep.ACCOUNT_STATUS).look());
            // the loopback DNS knows no "what is my address" answer and GreenMail does not echo it: nothing known
            assertEquals(StatusLook.UNKNOWN, step(session, CheckStep.BLACKLIST).look());
            assertEquals(StatusLook.UNKNOWN, row(session, CheckStep.BLACKLIST, "public-ip").look());
            assertEquals(session.form().revisionProperty().get(), session.form().revisionProperty().get());
            assertTrue(session.upToDate());

            Row imap = row(session, CheckStep.PASSWORD, "login-imap-993");
            assertEquals(StatusLook.OK, imap.look());
            assertTrue(imap.transcript().stream().anyMatch(l -> l.contains("LOGIN")), imap.transcript().toString());
            assertEquals(StatusLook.OK, row(session, CheckStep.PORT, "port-465").look());
            assertEquals(StatusLook.OK, row(session, CheckStep.FIREWALL, "cert-465").look());
            assertEquals(StatusLook.OK, row(session, CheckStep.ACCOUNT_STATUS, "relay-465").look());
            assertNoPassword(outcome, MailWorld.PASSWORD);
        }
    }

    @Test
    void aRunThatReachedNoServerGetsNoRerunWarningButOneThatConnectedDoes() throws Exception {
        try (MailWorld nothingListens = new MailWorld()) {
            CheckSession session = session(nothingListens, Runnable::run, Runnable::run);
            fill(session.form(), MailWorld.PASSWORD, "587", SecurityChoice.STARTTLS);
            session.start();
            assertEquals(CheckSession.State.FINISHED, session.state());
            assertEquals(java.util.Optional.empty(), session.rerunWarning(), "no server heard of this run");
        }
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            CheckSession session = session(world, Runnable::run, Runnable::run);
            fill(session.form(), MailWorld.PASSWORD, "465", SecurityChoice.TLS);
            session.start();
            assertTrue(session.rerunWarning().isPresent(), "a run that connected is counted");
        }
    }

    @Test
    void aMailboxRowThatFinishedWhileOthersRunSaysItWasCheckedNotTried() throws Exception {
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            List<Row> finishedEarly = new ArrayList<>();
            CheckSession session = session(world, Runnable::run, Runnable::run);
            session.stepProperty(CheckStep.PASSWORD).addListener((o, b, now) -> {
                if (now.look() == StatusLook.RUNNING) {
                    now.rows().stream().filter(r -> r.key().startsWith("login-") && r.look() == StatusLook.INFO)
                            .forEach(finishedEarly::add);
                }
            });
            fill(session.form(), MailWorld.PASSWORD, "465", SecurityChoice.TLS);
            session.start();

            assertFalse(finishedEarly.isEmpty(), "a mailbox login finished while the run went on");
            for (Row row : finishedEarly) {
                assertFalse(row.sentence().endsWith(": tried."), row.sentence());
                assertTrue(row.sentence().contains("checked"), row.sentence());
            }
        }
    }

    @Test
    void wrongPasswordIsThePasswordStepsProblem() throws Exception {
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            CheckSession session = session(world, Runnable::run, Runnable::run);
            fill(session.form(), "not the password", "465", SecurityChoice.TLS);

            session.start();

            CheckOutcome outcome = session.outcomeProperty().get();
            assertEquals(FindingCode.WRONG_PASSWORD, outcome.codes().get(0));
            StepResult password = step(session, CheckStep.PASSWORD);
            assertEquals(StatusLook.PROBLEM, password.look());
            assertEquals(outcome.findings().get(0).title(), password.headline());
            assertEquals(StatusLook.PROBLEM, row(session, CheckStep.PASSWORD, "login-imap-993").look());
            assertEquals(StatusLook.PROBLEM, row(session, CheckStep.PASSWORD, "auth-465").look());
            assertNoPassword(outcome, "not the password");
        }
    }

    @Test
    void progressShowsRunningRowsFirst() throws Exception {
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            List<StepResult> seen = new ArrayList<>();
            CheckSession session = session(world, Runnable::run, Runnable::run);
            session.stepProperty(CheckStep.PORT).addListener((o, b, now) -> seen.add(now));
            fill(session.form(), MailWorld.PASSWORD, "465", SecurityChoice.TLS);

            session.start();

            // no port is assumed: until the engine starts the first one, the step only says it waits
            assertEquals(StatusLook.RUNNING, seen.get(0).look());
            assertEquals(List.of("ports"), seen.get(0).rows().stream().map(Row::key).toList());
            // every port row comes from the engine's STARTED event for it, the user's port first
            StepResult lastRunning = seen.stream().filter(s -> s.look() == StatusLook.RUNNING).reduce((a, b) -> b).orElseThrow();
            assertEquals(List.of("port-465", "port-25", "port-587", "port-2525"),
                    lastRunning.rows().stream().map(Row::key).toList(), "the user's port first");
            assertTrue(seen.stream().filter(s -> s.look() == StatusLook.RUNNING)
                    .allMatch(s -> s.rows().isEmpty() || s.rows().get(0).key().equals("ports")
                            || s.rows().get(0).key().equals("port-465")
                            || s.rows().stream().noneMatch(r -> r.key().equals("port-465"))), seen.toString());
            assertEquals(StatusLook.OK, seen.get(seen.size() - 1).look());
        }
    }

    @Test
    void aPortOutsideTheUsualFourGetsItsRowFromTheEnginesStartedEvent() throws Exception {
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            List<List<String>> seen = new ArrayList<>();
            CheckSession session = session(world, Runnable::run, Runnable::run);
            session.stepProperty(CheckStep.PORT).addListener((o, b, now) -> seen.add(now.rows().stream().map(Row::key).toList()));
            fill(session.form(), MailWorld.PASSWORD, "2465", SecurityChoice.TLS);

            session.start();

            assertTrue(seen.stream().anyMatch(keys -> keys.contains("port-2465")), seen.toString());
            Row yours = row(session, CheckStep.PORT, "port-2465");
            assertEquals(step(session, CheckStep.PORT).rows().get(0), yours, "the user's port first");
            assertTrue(yours.sentence().contains("2465"), yours.sentence());
        }
    }

    @Test
    void aListedAddressShowsTheAddressEveryListAndTheRemovalPage() throws Exception {
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            world.dns.a("myip.opendns.com", "127.0.0.2")
                    .a("2.0.0.127.bl.spamcop.net", "127.0.0.2").txt("2.0.0.127.bl.spamcop.net", "Blocked - see spamcop");
            List<StepResult> live = new ArrayList<>();
            CheckSession session = session(world, Runnable::run, Runnable::run,
                    options -> options.toBuilder().dnsblZones(List.of("bl.spamcop.net", "psbl.surriel.com")).build());
            session.stepProperty(CheckStep.BLACKLIST).addListener((o, b, now) -> live.add(now));
            fill(session.form(), MailWorld.PASSWORD, "465", SecurityChoice.TLS);

            session.start();

            // while running: the public address, then the lists, each with a spinner first
            List<String> runningRows = live.stream().filter(s -> s.look() == StatusLook.RUNNING)
                    .flatMap(s -> s.rows().stream()).filter(r -> r.look() == StatusLook.RUNNING).map(Row::key).distinct().toList();
            assertTrue(runningRows.containsAll(List.of("public-ip", "dnsbl")), runningRows.toString());

            CheckOutcome outcome = session.outcomeProperty().get();
            assertEquals(Verdict.CAN_SEND, outcome.verdict(), "a listing does not stop sending with login");
            StepResult blacklist = step(session, CheckStep.BLACKLIST);
            assertEquals(StatusLook.WARNING, blacklist.look(), "a warning while sending works");
            FindingView listed = outcome.findings().stream().filter(f -> f.code() == FindingCode.IP_BLACKLISTED).findFirst().orElseThrow();
            assertEquals(listed.title(), blacklist.headline());
            assertTrue(blacklist.detail().startsWith(listed.detail()), blacklist.detail());

            assertEquals(List.of("public-ip", "dnsbl-bl_spamcop_net-127_0_0_2", "dnsbl-psbl_surriel_com-127_0_0_2"),
                    blacklist.rows().stream().map(Row::key).toList());
            Row address = row(session, CheckStep.BLACKLIST, "public-ip");
            assertTrue(address.sentence().contains("127.0.0.2"), address.sentence());
            Row spamcop = row(session, CheckStep.BLACKLIST, "dnsbl-bl_spamcop_net-127_0_0_2");
            assertEquals(StatusLook.WARNING, spamcop.look());
            assertEquals("https://www.spamcop.net/w3m?action=checkblock&ip=127.0.0.2", spamcop.link());
            assertTrue(spamcop.evidence().toString().contains("Blocked - see spamcop"), spamcop.evidence().toString());
            Row psbl = row(session, CheckStep.BLACKLIST, "dnsbl-psbl_surriel_com-127_0_0_2");
            assertEquals(StatusLook.OK, psbl.look());
            assertEquals("", psbl.link(), "no removal page for a list that does not list the address");
        }
    }

    @Test
    void anAddressOnNoListIsTheBlacklistStepsAllClear() throws Exception {
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            world.dns.a("myip.opendns.com", "127.0.0.2");
            CheckSession session = session(world, Runnable::run, Runnable::run);
            fill(session.form(), MailWorld.PASSWORD, "465", SecurityChoice.TLS);

            session.start();

            // the curated default lists, asked of the loopback DNS only, which answers "no such name": not listed
            StepResult blacklist = step(session, CheckStep.BLACKLIST);
            assertEquals(StatusLook.OK, blacklist.look(), blacklist.toString());
            assertTrue(blacklist.rows().size() > 2, blacklist.rows().toString());
            assertTrue(blacklist.rows().stream().skip(1).allMatch(r -> r.look() == StatusLook.OK && r.link().isEmpty()),
                    blacklist.rows().toString());
        }
    }

    @Test
    void aTestMessageRunSaysTheMessageArrived() throws Exception {
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            CheckSession session = session(world, Runnable::run, Runnable::run);
            fill(session.form(), MailWorld.PASSWORD, "465", SecurityChoice.TLS);
            session.start();
            assertTrue(session.outcomeProperty().get().testMessage().isEmpty(), "a plain run sends nothing");
            assertEquals(0, world.greenMail().getReceivedMessages().length);

            session.startSendingTestMessage();

            CheckOutcome outcome = session.outcomeProperty().get();
            assertTrue(session.sendingTestMessageProperty().get());
            TestMessageView test = outcome.testMessage().orElseThrow();
            assertEquals(StatusLook.OK, test.look());
            assertEquals(WizardFlowTest.judgementText("judgement.testMessage.arrived"), test.sentence());
            assertEquals(1, world.greenMail().getReceivedMessages().length);
            assertEquals(MailWorld.ADDRESS, world.greenMail().getReceivedMessages()[0].getAllRecipients()[0].toString());
            assertNoPassword(outcome, MailWorld.PASSWORD);
        }
    }

    @Test
    void aTestMessageWithNoWayToSendSaysItCouldNotBeSent() throws Exception {
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            CheckSession session = session(world, Runnable::run, Runnable::run);
            fill(session.form(), "not the password", "465", SecurityChoice.TLS);

            session.startSendingTestMessage();

            TestMessageView test = session.outcomeProperty().get().testMessage().orElseThrow();
            assertEquals(StatusLook.PROBLEM, test.look());
            assertEquals(0, world.greenMail().getReceivedMessages().length);
        }
    }

    @Test
    void cancelReturnsToAnEditableStateAtOnceAndIgnoresTheLateResult() throws Exception {
        ExecutorService background = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-background"));
        ExecutorService fx = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-fx"));
        try (MailWorld world = new MailWorld()) {
            world.scripted(SmtpBehaviour.builder().silent(true).build(), 25, 465, 587, 2525, 993);
            CheckSession session = session(world, background, fx);
            on(fx, () -> {
                fill(session.form(), MailWorld.PASSWORD, "587", SecurityChoice.STARTTLS);
                session.start();
                return null;
            });
            Thread.sleep(600);
            on(fx, () -> {
                session.cancel();
                return null;
            });
            assertEquals(CheckSession.State.CANCELLED, on(fx, session::state));
            assertEquals(StatusLook.INFO, on(fx, () -> step(session, CheckStep.PORT).look()));

            background.shutdown();
            assertTrue(background.awaitTermination(5, TimeUnit.SECONDS), "the engine run returned after cancel");
            assertEquals(CheckSession.State.CANCELLED, on(fx, session::state), "the late result is ignored");
            assertNull(on(fx, () -> session.outcomeProperty().get()));
            assertFalse(on(fx, session::upToDate));
            assertTrue(ProbeThreads.awaitNone(Duration.ofSeconds(3)), "probe threads left: " + ProbeThreads.alive());
        } finally {
            background.shutdownNow();
            fx.shutdownNow();
        }
    }

    @Test
    void aSecondRunWithinAMinuteIsWarnedAbout() throws Exception {
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            CheckSession session = session(world, Runnable::run, Runnable::run);
            fill(session.form(), MailWorld.PASSWORD, "465", SecurityChoice.TLS);
            assertTrue(session.rerunWarning().isEmpty());
            session.start();
            clock.advance(Duration.ofSeconds(20));
            assertEquals(new RunGate.TooSoon(20), session.rerunWarning().orElseThrow());
            clock.advance(Duration.ofSeconds(41));
            assertTrue(session.rerunWarning().isEmpty());
        }
    }

    @Test
    void anEngineThatCannotRunIsReportedNotThrown() throws Exception {
        AppServices services = AppServices.create(Runnable::run, node, Locale.ROOT).withFxThread(Runnable::run)
                .withCheckOptions(CheckOptions.defaults().withDns("not a resolver:x"));
        CheckSession session = new CheckSession(new CheckForm(), services);
        fill(session.form(), "pw", "587", SecurityChoice.STARTTLS);

        session.start();

        CheckOutcome outcome = session.outcomeProperty().get();
        assertNotNull(outcome);
        assertEquals(Verdict.INCOMPLETE, outcome.verdict());
        assertTrue(outcome.failure().isPresent());
        assertEquals(CheckSession.State.FINISHED, session.state());
    }

    @Test
    void aSettingTheEngineRefusesIsSaidInTheWindowsLanguage() throws Exception {
        AppServices services = AppServices.create(Runnable::run, node, Locale.GERMAN).withFxThread(Runnable::run)
                .withCheckOptions(CheckOptions.defaults().withDns("not a resolver:x"));
        CheckSession session = new CheckSession(new CheckForm(), services);
        fill(session.form(), "pw", "587", SecurityChoice.STARTTLS);

        session.start();

        assertEquals("Der DNS-Server „not a resolver:x“ ist keine Adresse wie 127.0.0.1:53.",
                session.outcomeProperty().get().failure().orElseThrow());
    }

    @Test
    void theWindowsTestMessageIsInTheWindowsLanguage() throws Exception {
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            AppServices services = AppServices.create(Runnable::run, node, Locale.FRENCH).withFxThread(Runnable::run)
                    .withCheckOptions(WizardWorld.options(world)).withClock(clock);
            CheckSession session = new CheckSession(new CheckForm(), services);
            fill(session.form(), MailWorld.PASSWORD, "465", SecurityChoice.TLS);

            session.startSendingTestMessage();

            assertEquals(StatusLook.OK, session.outcomeProperty().get().testMessage().orElseThrow().look());
            jakarta.mail.internet.MimeMessage received = world.greenMail().getReceivedMessages()[0];
            assertEquals("Message de test d’Outbox Doctor", received.getSubject());
            assertTrue(String.valueOf(received.getContent()).contains("l’envoi fonctionne"), String.valueOf(received.getContent()));
        }
    }

    static void assertNoPassword(CheckOutcome outcome, String password) {
        List<String> texts = new ArrayList<>(List.of(outcome.textReport(), outcome.htmlReport()));
        outcome.findings().forEach(f -> {
            texts.add(f.title());
            texts.add(f.detail());
            texts.addAll(f.evidence());
            texts.addAll(f.fix());
        });
        outcome.steps().values().forEach(s -> s.rows().forEach(r -> {
            texts.add(r.sentence());
            texts.addAll(r.evidence());
            texts.addAll(r.transcript());
        }));
        for (String text : texts) {
            assertFalse(text.contains(password), "password shown in: " + text);
        }
    }

    private CheckSession session(MailWorld world, java.util.concurrent.Executor background, java.util.concurrent.Executor fx) {
        return session(world, background, fx, options -> options);
    }

    private CheckSession session(MailWorld world, java.util.concurrent.Executor background, java.util.concurrent.Executor fx,
                                 java.util.function.UnaryOperator<CheckOptions> more) {
        AppServices services = AppServices.create(background, node, Locale.ROOT).withFxThread(fx)
                .withCheckOptions(more.apply(WizardWorld.options(world))).withClock(clock);
        return new CheckSession(new CheckForm(), services);
    }

    private static void fill(CheckForm form, String password, String port, SecurityChoice security) {
        form.emailProperty().set(MailWorld.ADDRESS);
        form.passwordProperty().set(password);
        form.portProperty().set(port);
        form.securityProperty().set(security);
    }

    private static StepResult step(CheckSession session, CheckStep step) {
        return session.stepProperty(step).get();
    }

    private static Row row(CheckSession session, CheckStep step, String key) {
        return step(session, step).rows().stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + key + " in " + step(session, step).rows()
                        + " (" + step(session, step).headline() + ": " + step(session, step).detail() + ")"));
    }

    private static <T> T on(ExecutorService thread, Callable<T> work) throws Exception {
        return thread.submit(work).get(5, TimeUnit.SECONDS);
    }

}
