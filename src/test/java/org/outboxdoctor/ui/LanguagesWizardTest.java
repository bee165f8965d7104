package org.outboxdoctor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.diagnosis.FindingCode;
import org.outboxdoctor.engine.CheckOptions;
import org.outboxdoctor.i18n.Language;
import org.outboxdoctor.i18n.Translations;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole wizard once per language: a practice scenario from the first page to the answer page, with no English
 * left on screen (outside product names and what servers said) and no cut text at 1024x700 and 720x520, in normal
 * and larger text. A language still in {@link Translations#LANGUAGES_PENDING} without its files is skipped.
 */
class LanguagesWizardTest extends WizardTestBase {
    /** Words a German, French or Spanish page never needs; a hit is English left behind. */
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(the|your|you|and|with|which|this|that|what|from|could|would|should|there|been|were|check|answer|works)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> PRODUCT_NAMES = Set.of("Outbox Doctor", "Apple Mail", "Thunderbird", "Outlook");

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aPracticeScenarioFromTheFirstPageToTheAnswerSpeaksTheLanguageAndFits(Language language, FxRobot robot) throws Exception {
        assumeTrue(Translations.testable(language), language + " is still pending");
        driver = new WizardDriver(robot, stage).language(language).open(CheckOptions.defaults());
        List<String> problems = new ArrayList<>();
        look(problems, language, "welcome");

        robot.clickOn("#practiceLink");
        WaitForAsyncUtils.waitForFxEvents();
        look(problems, language, "picker");
        PracticeWizardTest.open(robot, driver.views.practice(), "port-25-blocked");
        for (WizardStep step : List.of(WizardStep.CHECK_SERVER, WizardStep.CHECK_PORT, WizardStep.CHECK_FIREWALL,
                WizardStep.CHECK_ACCOUNT, WizardStep.CHECK_BLACKLIST, WizardStep.RESULTS)) {
            robot.interact(() -> driver.wizard.goTo(step));
            driver.assertOn(step);
            look(problems, language, step.name());
        }
        driver.awaitOutcome(60);
        assertEquals(FindingCode.PORT_BLOCKED, driver.session.outcomeProperty().get().codes().get(0));
        for (boolean large : new boolean[] {false, true}) {
            for (boolean small : new boolean[] {false, true}) {
                robot.interact(() -> {
                    driver.services.appearance().largeTextProperty().set(large);
                    stage.setWidth(small ? MainWindow.MIN_WIDTH : MainWindow.WIDTH);
                    stage.setHeight(small ? MainWindow.MIN_HEIGHT : MainWindow.HEIGHT);
                    driver.wizard.goTo(WizardStep.RESULTS);
                });
                WaitForAsyncUtils.waitForFxEvents();
                String where = "answer" + (small ? " 720x520" : " 1024x700") + (large ? " larger text" : "");
                driver.cutTexts().forEach(p -> problems.add(language + " " + where + ": " + p));
                problems.addAll(driver.outsideTheWindow("#largeTextSwitch", "#languageChoice", "#backButton").stream()
                        .map(p -> language + " " + where + ": " + p).toList());
            }
        }
        look(problems, language, "answer");
        assertEquals(List.of(), problems);
    }

    @Test
    void choosingALanguageAtTheBottomRebuildsTheWindowInItAndRemembersIt(FxRobot robot) throws Exception {
        driver = new WizardDriver(robot, stage).open(CheckOptions.defaults());
        WizardController before = driver.wizard;
        @SuppressWarnings("unchecked")
        ComboBox<Language> choice = robot.lookup("#languageChoice").queryAs(ComboBox.class);
        assertEquals(List.of(Language.values()), choice.getItems());
        assertEquals(Language.EN, choice.getValue());

        robot.clickOn(choice);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER); // Deutsch
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> driver.wizard != before);
        WaitForAsyncUtils.waitForFxEvents();

        assertNotSame(before, driver.wizard);
        assertEquals(Language.DE, driver.messages.choice());
        assertEquals(Locale.forLanguageTag("de"), driver.messages.language());
        @SuppressWarnings("unchecked")
        ComboBox<Language> rebuilt = robot.lookup("#languageChoice").queryAs(ComboBox.class);
        assertEquals(Language.DE, rebuilt.getValue());
        assertEquals(WizardStep.WELCOME, driver.current());
        assertEquals(MainWindow.WIDTH, stage.getScene().getWidth(), "the window keeps its size");
        driver.background.submit(() -> null).get(5, TimeUnit.SECONDS);
        assertEquals("de", driver.node.get(UiPreferences.LANGUAGE, null));
        assertTrue(driver.focusOwner() != null, "the new first page has the focus");
    }

    /** English words on screen in a language that is not English, outside product names and Details. */
    private void look(List<String> problems, Language language, String where) {
        if (language == Language.EN) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        for (Node node : driver.robot.lookup(n -> n instanceof Labeled && n.isVisible() && n.getScene() != null).queryAll()) {
            String text = ((Labeled) node).getText();
            if (text == null || insideDetails(node)) {
                continue;
            }
            for (String name : PRODUCT_NAMES) {
                text = text.replace(name, "");
            }
            Matcher m = ENGLISH.matcher(text);
            if (m.find()) {
                problems.add(language + " " + where + ": English \"" + m.group() + "\" in '" + ((Labeled) node).getText() + "'");
            }
        }
    }

    /** Evidence and transcripts quote the servers, in whatever language they speak. */
    private static boolean insideDetails(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof TitledPane pane && (!pane.isExpanded() || n.getStyleClass().contains("details"))) {
                return true;
            }
        }
        return false;
    }
}
