package org.outboxdoctor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.outboxdoctor.diagnosis.FindingCode;
import org.outboxdoctor.e2e.MailWorld;
import org.outboxdoctor.engine.CheckOptions;
import org.outboxdoctor.export.MailProgram;
import org.outboxdoctor.ui.CheckOutcome.FindingView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Which mail program do you use?": asked on the Password page only, and the answer reaches the fixes of the sign-in
 * findings on the live Password step and the answer page; the provider shows by name when its profile is known.
 */
class MailProgramQuestionTest extends WizardTestBase {

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theQuestionIsAskedOnceAndTheAnswerPicksTheFixLines(FxRobot robot) throws Exception {
        driver = new WizardDriver(robot, stage).open(CheckOptions.defaults());
        for (WizardStep step : List.of(WizardStep.WELCOME, WizardStep.ACCOUNT, WizardStep.SERVER, WizardStep.CHECK_PASSWORD,
                WizardStep.RESULTS)) {
            robot.interact(() -> driver.wizard.goTo(step));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(step == WizardStep.ACCOUNT ? 1 : 0, questions(robot), "questions on " + step);
        }
        HandOverPageTest.answer(robot, driver, MailProgram.OUTLOOK_CLASSIC);
        PracticeWizardTest.open(robot, driver.views.practice(), "microsoft365-password-off");
        driver.awaitOutcome(60);

        FindingView oauth = driver.session.outcomeProperty().get().findings().get(0);
        assertEquals(FindingCode.OAUTH_REQUIRED, oauth.code());
        String outlook = line(oauth, "Outlook:");
        String thunderbird = line(oauth, "Thunderbird:");
        List<String> forOutlook = oauth.fixFor(MailProgram.OUTLOOK_CLASSIC);
        assertTrue(forOutlook.contains(outlook) && !forOutlook.contains(thunderbird), forOutlook::toString);

        // the live Password step: the fix for Outlook only
        robot.interact(() -> driver.wizard.goTo(WizardStep.CHECK_PASSWORD));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> passwordFix = HandOverPageTest.texts(robot, "#passwordFix");
        assertEquals(forOutlook.size(), passwordFix.size(), passwordFix::toString);
        assertTrue(passwordFix.stream().anyMatch(t -> t.endsWith(outlook)), passwordFix::toString);
        assertFalse(passwordFix.stream().anyMatch(t -> t.contains(thunderbird)), passwordFix::toString);

        // the answer page's finding: the same lines, and every program's after "I don't know" on the Password page
        robot.interact(() -> driver.wizard.goTo(WizardStep.RESULTS));
        assertEquals(forOutlook.size(), fixSteps(robot));
        HandOverPageTest.answer(robot, driver, null);
        robot.interact(() -> driver.wizard.goTo(WizardStep.RESULTS));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(oauth.fix().size(), fixSteps(robot));
        assertTrue(oauth.fix().size() > forOutlook.size(), "the other programs' lines are back");
    }

    @Test
    void theProviderShowsByNameOnThePasswordStepAndTheAnswerPage(FxRobot robot) throws Exception {
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            // "Test Hosting" (a profile in the test resources) is recognised from the domain's MX
            world.dns.remove("example.test").mx("example.test", 10, "mx1.hosting.test");
            driver = new WizardDriver(robot, stage).open(WizardWorld.options(world), java.time.Clock.systemUTC(),
                    (o, t, n) -> Optional.empty());
            robot.write(MailWorld.ADDRESS).type(KeyCode.ENTER);
            driver.assertOn(WizardStep.ACCOUNT);
            robot.write(MailWorld.PASSWORD).type(KeyCode.ENTER);
            driver.assertOn(WizardStep.SERVER);
            robot.clickOn("#portField").write("465");
            robot.clickOn("#nextButton");
            driver.awaitOutcome(30);

            assertEquals(Optional.of("Test Hosting"), driver.session.outcomeProperty().get().provider());
            String line = driver.messages.format("handover.provider", "Test Hosting");
            robot.interact(() -> driver.wizard.goTo(WizardStep.CHECK_PASSWORD));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(line, driver.text("#passwordProvider"));
            assertTrue(robot.lookup("#passwordProvider").query().isVisible());
            robot.interact(() -> driver.wizard.goTo(WizardStep.RESULTS));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(line, driver.text("#providerLine"));
            assertTrue(robot.lookup("#providerLine").query().isVisible());
        }
    }

    private static long questions(FxRobot robot) {
        return robot.lookup(".mail-program-box").queryAll().stream().filter(MailProgramQuestionTest::showing).count();
    }

    private static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static int fixSteps(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#finding-OAUTH_REQUIRED").lookup(".fix-step").queryAllAs(Labeled.class).size();
    }

    private static String line(FindingView finding, String start) {
        return finding.fix().stream().filter(l -> l.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + start + " in " + finding.fix()));
    }
}
