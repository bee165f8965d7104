package org.outboxdoctor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;

import org.outboxdoctor.diagnosis.ProbeWords;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.diagnosis.FindingCode;
import org.outboxdoctor.diagnosis.Verdict;
import org.outboxdoctor.e2e.MailWorld;
import org.outboxdoctor.practice.SmtpBehaviour;
import org.outboxdoctor.ui.CheckForm.SecurityChoice;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.base.NodeMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole wizard against the loopback mail world (GreenMail, scripted SMTP servers, a loopback DNS server),
 * driven through every step with the keyboard or the mouse, headless under Monocle.
 */
class WizardFlowTest extends WizardTestBase {

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void healthyAccountByKeyboardEndsOnCanSendWithTheSettingsCardFilled(FxRobot robot) throws Exception {
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            driver = new WizardDriver(robot, stage).open(WizardWorld.options(world));

            // 1 Welcome: the focus starts in the address field; Tab to the error field; Enter is Next
            driver.assertFocused("#emailField");
            robot.write(MailWorld.ADDRESS).type(KeyCode.TAB).type(KeyCode.TAB).write("Cannot send mail").type(KeyCode.ENTER);
            driver.assertOn(WizardStep.ACCOUNT);

            // 2 Account: password, Tab over Show to the user name (filled with the address), Enter
            driver.assertFocused("#passwordField");
            robot.write(MailWorld.PASSWORD).type(KeyCode.TAB);
            driver.assertFocused("#showPassword");
            robot.type(KeyCode.TAB);
            driver.assertFocused("#usernameField");
            assertEquals(MailWorld.ADDRESS, driver.field("#usernameField").getText());
            robot.type(KeyCode.ENTER);
            driver.assertOn(WizardStep.SERVER);

            // 3 Settings now: server, port, security chosen with the arrow keys, then Enter starts the check
            driver.assertFocused("#serverField");
            robot.write(MailWorld.SERVER).type(KeyCode.TAB).write("465").type(KeyCode.TAB);
            driver.assertFocused("#securityBox");
            robot.type(KeyCode.DOWN).type(KeyCode.DOWN);
            assertEquals(SecurityChoice.TLS, robot.lookup("#securityBox").queryAs(ComboBox.class).getValue());
            robot.type(KeyCode.TAB);
            driver.assertFocused("#authBox");
            robot.type(KeyCode.ENTER);
            driver.assertOn(WizardStep.CHECK_PASSWORD);

            // the six live checks: the focus is on Next, Enter moves on while the probes run
            for (WizardStep step : List.of(WizardStep.CHECK_SERVER, WizardStep.CHECK_PORT, WizardStep.CHECK_FIREWALL,
                    WizardStep.CHECK_ACCOUNT, WizardStep.CHECK_BLACKLIST, WizardStep.RESULTS)) {
                driver.assertFocused("#nextButton");
                robot.type(KeyCode.ENTER);
                driver.assertOn(step);
            }
            driver.awaitOutcome(30);

            assertEquals(Verdict.CAN_SEND, driver.session.outcomeProperty().get().verdict());
            verifyThat("#settingsCard", NodeMatchers.isVisible());
            assertEquals(MailWorld.SERVER, driver.text("#serverValue"));
            assertEquals("465", driver.text("#portValue"));
            assertEquals(driver.messages.get("server.security.tls"), driver.text("#securityValue"));
            assertEquals(MailWorld.ADDRESS, driver.text("#usernameValue"));
            assertEquals(driver.messages.get("results.settings.authPassword"), driver.text("#authValue"));
            assertEquals(driver.messages.get("results.verdict.canSend"), driver.text("#verdictHeadline"));
            verifyThat("#finding-CAN_SEND", NodeMatchers.isVisible());
            assertTrue(driver.text("#userSaw").contains("Cannot send mail"));
            assertEquals(StatusLook.OK, driver.session.stepProperty(CheckStep.PORT).get().look());
        }
    }

    @Test
    void wrongPasswordByMouseEndsOnWrongPassword(FxRobot robot) throws Exception {
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            driver = new WizardDriver(robot, stage).open(WizardWorld.options(world));

            robot.clickOn("#emailField").write(MailWorld.ADDRESS);
            robot.clickOn("#nextButton");
            driver.assertOn(WizardStep.ACCOUNT);
            robot.clickOn("#passwordField").write("not the password");
            robot.clickOn("#showPassword");
            assertEquals("not the password", driver.field("#passwordShown").getText(), "Show reveals what was typed");
            robot.clickOn("#showPassword");
            robot.clickOn("#nextButton");
            driver.assertOn(WizardStep.SERVER);
            robot.clickOn("#portField").write("465");
            robot.clickOn("#securityBox").clickOn(driver.messages.get("server.security.tls"));
            robot.clickOn("#nextButton");
            driver.assertOn(WizardStep.CHECK_PASSWORD);
            driver.awaitOutcome(30);

            // the password step itself shows the problem, with the evidence under Details
            verifyThat("#headline", NodeMatchers.isVisible());
            assertEquals(StatusLook.PROBLEM, driver.session.stepProperty(CheckStep.PASSWORD).get().look());
            verifyThat("#row-login-imap-993", NodeMatchers.isVisible());
            robot.clickOn(robot.lookup("#row-login-imap-993 .details .title").queryAs(javafx.scene.Node.class));
            assertTrue(robot.lookup("#row-login-imap-993 .transcript").queryAs(javafx.scene.control.TextArea.class).isVisible());

            for (WizardStep step : List.of(WizardStep.CHECK_SERVER, WizardStep.CHECK_PORT, WizardStep.CHECK_FIREWALL,
                    WizardStep.CHECK_ACCOUNT, WizardStep.CHECK_BLACKLIST, WizardStep.RESULTS)) {
                robot.clickOn("#nextButton");
                driver.assertOn(step);
            }
            assertEquals(FindingCode.WRONG_PASSWORD, driver.session.outcomeProperty().get().codes().get(0));
            verifyThat("#finding-WRONG_PASSWORD", NodeMatchers.isVisible());
            assertEquals(driver.session.outcomeProperty().get().findings().get(0).title(), driver.text("#verdictHeadline"));
            // nothing proved it can send, so there is nothing to send a test message with
            verifyThat("#sendTestButton", NodeMatchers.isDisabled());
            verifyThat("#sendTestNote", NodeMatchers.isVisible());
        }
    }

    @Test
    void filteredPort25EndsOnPortBlockedRecommending587(FxRobot robot) throws Exception {
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            world.blackhole(25);
            world.scripted(MailWorld.startTlsServer().build(), 587);
            driver = new WizardDriver(robot, stage).open(WizardWorld.options(world));

            robot.write(MailWorld.ADDRESS).type(KeyCode.ENTER);
            robot.write(MailWorld.PASSWORD).type(KeyCode.ENTER);
            driver.assertOn(WizardStep.SERVER);
            robot.clickOn("#portField").write("25");
            robot.clickOn("#securityBox").clickOn(driver.messages.get("server.security.starttls"));
            robot.clickOn("#nextButton");
            // straight to the Port step with the step list, once the check has started
            robot.clickOn("#step-CHECK_PORT");
            driver.assertOn(WizardStep.CHECK_PORT);
            driver.awaitOutcome(30);

            assertEquals(StatusLook.PROBLEM, driver.session.stepProperty(CheckStep.PORT).get().look());
            verifyThat("#row-port-25", NodeMatchers.isVisible());
            robot.clickOn("#answerButton");
            driver.assertOn(WizardStep.RESULTS);

            assertEquals(FindingCode.PORT_BLOCKED, driver.session.outcomeProperty().get().codes().get(0));
            verifyThat("#finding-PORT_BLOCKED", NodeMatchers.isVisible());
            verifyThat("#settingsCard", NodeMatchers.isVisible());
            assertEquals("587", driver.text("#portValue"));
            assertEquals(driver.messages.get("server.security.starttls"), driver.text("#securityValue"));
            assertEquals(MailWorld.SERVER, driver.text("#serverValue"));
        }
    }

    @Test
    void blacklistPageShowsTheAddressEachListAndOpensTheRemovalPage(FxRobot robot) throws Exception {
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            world.dns.a("myip.opendns.com", "127.0.0.2").a("2.0.0.127.bl.spamcop.net", "127.0.0.2");
            driver = new WizardDriver(robot, stage).open(WizardWorld.options(world).toBuilder()
                    .dnsblZones(List.of("bl.spamcop.net", "psbl.surriel.com")).build());

            robot.write(MailWorld.ADDRESS).type(KeyCode.ENTER);
            robot.write(MailWorld.PASSWORD).type(KeyCode.ENTER);
            robot.clickOn("#portField").write("465");
            robot.clickOn("#securityBox").clickOn(driver.messages.get("server.security.tls"));
            robot.clickOn("#nextButton");
            robot.clickOn("#step-CHECK_BLACKLIST");
            driver.assertOn(WizardStep.CHECK_BLACKLIST);
            driver.awaitOutcome(30);

            assertEquals(StatusLook.WARNING, driver.session.stepProperty(CheckStep.BLACKLIST).get().look());
            assertEquals(driver.session.outcomeProperty().get().findings().stream()
                    .filter(f -> f.code() == FindingCode.IP_BLACKLISTED).findFirst().orElseThrow().title(), driver.text("#headline"));
            assertEquals(new ProbeWords(Locale.ENGLISH).publicAddress(List.of("127.0.0.2")), driver.text("#row-public-ip .row-sentence"));
            assertEquals(judgementText("judgement.dnsbl.notListed", "Passive Spam Block List"),
                    driver.text("#row-dnsbl-psbl_surriel_com-127_0_0_2 .row-sentence"));
            verifyThat("#link-dnsbl-psbl_surriel_com-127_0_0_2", NodeMatchers.isInvisible());
            verifyThat("#link-dnsbl-bl_spamcop_net-127_0_0_2", NodeMatchers.isVisible());

            // Tab reaches the link; Enter opens the list's removal page (in the test: recorded, no browser)
            String page = "https://www.spamcop.net/w3m?action=checkblock&ip=127.0.0.2";
            robot.interact(() -> robot.lookup("#link-dnsbl-bl_spamcop_net-127_0_0_2").query().requestFocus());
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of(page), driver.opened);
            assertTrue(driver.text("#link-dnsbl-bl_spamcop_net-127_0_0_2").contains(page), "the address is readable aloud too");
        }
    }

    @Test
    void sendTestMessageWarnsFirstThenSaysTheMessageArrived(FxRobot robot) throws Exception {
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            driver = new WizardDriver(robot, stage).open(WizardWorld.options(world));
            robot.write(MailWorld.ADDRESS).type(KeyCode.ENTER);
            robot.write(MailWorld.PASSWORD).type(KeyCode.ENTER);
            robot.clickOn("#portField").write("465");
            robot.clickOn("#securityBox").clickOn(driver.messages.get("server.security.tls"));
            robot.clickOn("#nextButton");
            robot.clickOn("#answerButton");
            driver.awaitOutcome(30);
            verifyThat("#testMessageBox", NodeMatchers.isInvisible());
            assertEquals(0, world.greenMail().getReceivedMessages().length, "the check itself sends nothing");

            // a test message is a new run: moments after the last one, the warning comes first
            driver.click("#sendTestButton");
            verifyThat("#rerunBox", NodeMatchers.isVisible());
            driver.click("#notNowButton");
            driver.assertFocused("#sendTestButton");
            assertEquals(0, world.greenMail().getReceivedMessages().length);

            driver.click("#sendTestButton");
            driver.click("#runAnywayButton");
            WaitForAsyncUtils.waitForFxEvents();
            verifyThat("#runningBox", NodeMatchers.isVisible());
            assertEquals(driver.messages.format("results.sendTest.running", MailWorld.ADDRESS), driver.text("#runningText"));
            driver.awaitOutcome(30);

            verifyThat("#testMessageBox", NodeMatchers.isVisible());
            assertEquals(judgementText("judgement.testMessage.arrived"), driver.text("#testMessageText"));
            assertEquals(1, world.greenMail().getReceivedMessages().length);
            assertEquals(MailWorld.ADDRESS, world.greenMail().getReceivedMessages()[0].getAllRecipients()[0].toString());
            assertTrue(driver.session.outcomeProperty().get().findings().get(0).detail().contains("arrived in your inbox"));

            // Run again afterwards is a plain check: nothing more is sent, and the note goes away
            driver.click("#runAgainButton");
            driver.click("#runAnywayButton");
            driver.awaitOutcome(30);
            verifyThat("#testMessageBox", NodeMatchers.isInvisible());
            assertEquals(1, world.greenMail().getReceivedMessages().length);
        }
    }

    @Test
    void cancelDuringAProbeReturnsToAnEditablePageAndLeavesNoProbeThread(FxRobot robot) throws Exception {
        try (MailWorld world = new MailWorld()) {
            world.scripted(SmtpBehaviour.builder().silent(true).build(), 25, 465, 587, 2525, 993);
            driver = new WizardDriver(robot, stage).open(WizardWorld.options(world, Duration.ofSeconds(60)));

            robot.write(MailWorld.ADDRESS).type(KeyCode.ENTER);
            robot.write(MailWorld.PASSWORD).type(KeyCode.ENTER);
            robot.type(KeyCode.ENTER);
            driver.assertOn(WizardStep.CHECK_PASSWORD);
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> !ProbeThreads.alive().isEmpty());
            verifyThat("#cancelButton", NodeMatchers.isVisible());
            assertEquals(CheckSession.State.RUNNING, driver.session.state());

            robot.clickOn("#cancelButton");

            driver.assertOn(WizardStep.SERVER);
            assertEquals(CheckSession.State.CANCELLED, driver.session.state());
            verifyThat("#cancelButton", NodeMatchers.isInvisible());
            verifyThat("#serverField", NodeMatchers.isEnabled());
            assertTrue(driver.field("#serverField").isEditable());
            verifyThat("#nextButton", NodeMatchers.isEnabled());
            assertEquals(driver.messages.get("wizard.start"), driver.button("#nextButton").getText());
            assertEquals(driver.messages.get("wizard.cancelled"), driver.text("#statusMessage"));
            driver.assertFocused("#serverField");
            robot.write("x");
            assertEquals("x", driver.field("#serverField").getText(), "the page takes input again");
            assertTrue(ProbeThreads.awaitNone(Duration.ofSeconds(3)), "probe threads left: " + ProbeThreads.alive());
            assertFalse(driver.session.runningProperty().get());
        }
    }

    /** A judgement's sentence as the diagnosis words it (its bundle, English). */
    static String judgementText(String key, Object... arguments) {
        return java.text.MessageFormat.format(java.util.ResourceBundle.getBundle("org.outboxdoctor.diagnosis.findings",
                Locale.ROOT).getString(key), arguments);
    }
}
