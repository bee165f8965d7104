package org.outboxdoctor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.outboxdoctor.testing.PastedMessages.OUTLOOK_PORT_25;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outboxdoctor.e2e.MailWorld;
import org.outboxdoctor.engine.CheckOptions;
import org.outboxdoctor.mailprograms.HostOs;
import org.outboxdoctor.mailprograms.MailPrograms;
import org.outboxdoctor.testing.ThunderbirdAccounts;
import org.outboxdoctor.ui.CheckForm.AuthChoice;
import org.outboxdoctor.ui.CheckForm.SecurityChoice;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.base.NodeMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Meeting the customer where they are: the error message pasted on step 1 fills step 3 and is held against the
 * check on the answer page; the accounts found in the mail programs (a Thunderbird home built here) fill step 3
 * with one click.
 */
class CustomerInputWizardTest extends WizardTestBase {

    @TempDir
    Path home;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** What a paste does to the field: the whole text arrives at once. */
    private void paste(FxRobot robot, String text) {
        robot.interact(() -> driver.field("#problemField").setText(text));
    }

    private void awaitServer(String server) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> server.equals(driver.session.form().serverProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Object securityChoice(FxRobot robot) {
        return robot.lookup("#securityBox").queryAs(ComboBox.class).getValue();
    }

    @Test
    void aPastedOutlookMessageFillsStep3AndTheAnswerSaysTheCheckConfirmedIt(FxRobot robot) throws Exception {
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            world.blackhole(25);
            world.scripted(MailWorld.startTlsServer().build(), 587);
            driver = new WizardDriver(robot, stage).open(WizardWorld.options(world));

            robot.write(MailWorld.ADDRESS);
            paste(robot, OUTLOOK_PORT_25);
            awaitServer(MailWorld.SERVER);
            verifyThat("#problemMeaning", NodeMatchers.isVisible());
            assertTrue(driver.text("#problemMeaning").startsWith("What this message from Outlook (classic) means: "),
                    driver.text("#problemMeaning"));
            robot.clickOn("#nextButton");
            robot.write(MailWorld.PASSWORD).type(KeyCode.ENTER);
            driver.assertOn(WizardStep.SERVER);

            assertEquals(MailWorld.SERVER, driver.field("#serverField").getText());
            assertEquals("25", driver.field("#portField").getText());
            assertEquals(SecurityChoice.NONE, securityChoice(robot));
            for (String mark : new String[] {"#serverFromError", "#portFromError", "#securityFromError"}) {
                verifyThat(mark, NodeMatchers.isVisible());
                assertEquals(driver.messages.get("server.fromError"), driver.text(mark));
            }
            verifyThat("#accountsBox", NodeMatchers.isInvisible());

            robot.clickOn("#nextButton");
            driver.assertOn(WizardStep.CHECK_PASSWORD);
            robot.clickOn("#answerButton");
            driver.assertOn(WizardStep.RESULTS);
            driver.awaitOutcome(30);

            verifyThat("#errorCompared", NodeMatchers.isVisible());
            assertEquals("Your mail program said it could not connect on port 25; the check found port 25 blocked by your network.",
                    driver.text("#errorCompared"));
            assertTrue(driver.session.outcomeProperty().get().errorMessage().orElseThrow().confirmed().orElseThrow());
        }
    }

    @Test
    void whatTheUserTypedStaysAndAFilledFieldIsEditable(FxRobot robot) throws Exception {
        driver = new WizardDriver(robot, stage).open(CheckOptions.defaults());
        robot.write(MailWorld.ADDRESS).type(KeyCode.ENTER);
        robot.write(MailWorld.PASSWORD).type(KeyCode.ENTER);
        driver.assertOn(WizardStep.SERVER);
        robot.write("smtp.mine.test");
        robot.clickOn("#backButton");
        robot.clickOn("#backButton");
        driver.assertOn(WizardStep.WELCOME);

        paste(robot, OUTLOOK_PORT_25);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "25".equals(driver.session.form().portProperty().get()));
        robot.clickOn("#nextButton");
        robot.clickOn("#nextButton");
        driver.assertOn(WizardStep.SERVER);

        assertEquals("smtp.mine.test", driver.field("#serverField").getText(), "typed by the user: kept");
        verifyThat("#serverFromError", NodeMatchers.isInvisible());
        assertEquals("25", driver.field("#portField").getText());
        verifyThat("#portFromError", NodeMatchers.isVisible());

        robot.doubleClickOn("#portField").write("587");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("587", driver.field("#portField").getText());
        verifyThat("#portFromError", NodeMatchers.isInvisible());

        // the user's own port stays when the message changes
        robot.clickOn("#backButton");
        robot.clickOn("#backButton");
        paste(robot, OUTLOOK_PORT_25.replace("Port: 25", "Port: 2525").replace("Socket Error: 10060", "Socket Error: 10061"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> driver.text("#problemMeaning").contains("refused"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("587", driver.session.form().portProperty().get());
    }

    @Test
    void theFoundAccountsFillTheFormWithOneClickTheTypedAddressFirst(FxRobot robot) throws Exception {
        ThunderbirdAccounts.write(home,
                new ThunderbirdAccounts.Account("shop@other.test", "smtp.other.test", 587, 2, 3, "shop@other.test"),
                new ThunderbirdAccounts.Account(MailWorld.ADDRESS, MailWorld.SERVER, 465, 3, 3, "alice"));
        MailPrograms programs = new MailPrograms(home, HostOs.LINUX, java.util.Map.of(),
                (command, timeout, max) -> new org.outboxdoctor.mailprograms.CommandRunner.Result(1, "", false, false),
                Locale.ROOT);
        driver = new WizardDriver(robot, stage).customise(s -> s.withMailPrograms(programs::scan)).open(CheckOptions.defaults());
        robot.write(MailWorld.ADDRESS).type(KeyCode.ENTER);
        robot.write(MailWorld.PASSWORD).type(KeyCode.ENTER);
        driver.assertOn(WizardStep.SERVER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#account-1").tryQuery().isPresent());

        verifyThat("#accountsBox", NodeMatchers.isVisible());
        assertTrue(driver.text("#account-0").startsWith(MailWorld.ADDRESS + " in Thunderbird"), driver.text("#account-0"));
        assertTrue(driver.text("#account-0").contains(MailWorld.SERVER + ", port 465, "
                + driver.messages.get("server.security.tls") + ", " + driver.messages.get("server.found.loginOn")),
                driver.text("#account-0"));
        assertTrue(driver.text("#account-1").startsWith("shop@other.test in Thunderbird"));

        driver.click("#account-0");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(MailWorld.SERVER, driver.field("#serverField").getText());
        assertEquals("465", driver.field("#portField").getText());
        assertEquals(SecurityChoice.TLS, securityChoice(robot));
        assertEquals(AuthChoice.YES, driver.session.form().authProperty().get());
        assertEquals("alice", driver.session.form().usernameProperty().get());
        verifyThat("#accountChosen", NodeMatchers.isVisible());
        // the account lives in Thunderbird: that answers "Which mail program do you use?" on the Password page
        assertEquals(org.outboxdoctor.export.MailProgram.THUNDERBIRD, driver.session.mailProgram().program());
        robot.interact(() -> driver.wizard.goTo(WizardStep.ACCOUNT));
        assertEquals(org.outboxdoctor.export.MailProgram.THUNDERBIRD, HandOverPageTest.selected(robot, "#mailProgramBox"));
        // an answer the user gave stays when another found account is picked
        HandOverPageTest.select(robot, "#mailProgramBox", org.outboxdoctor.export.MailProgram.IPHONE_IPAD_MAIL);
        robot.interact(() -> driver.wizard.goTo(WizardStep.SERVER));
        driver.click("#account-1");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(org.outboxdoctor.export.MailProgram.IPHONE_IPAD_MAIL, driver.session.mailProgram().program());
        driver.click("#account-0");
        WaitForAsyncUtils.waitForFxEvents();

        driver.click("#noneOfTheseButton");
        WaitForAsyncUtils.waitForFxEvents();
        verifyThat("#accountsBox", NodeMatchers.isInvisible());
        assertEquals("465", driver.field("#portField").getText(), "the fields stay for manual entry");
        driver.assertFocused("#serverField");
    }
}
