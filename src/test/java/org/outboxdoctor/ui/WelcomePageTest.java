package org.outboxdoctor.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.controlsfx.control.ToggleSwitch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.base.NodeMatchers;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window (the wizard frame) on the Welcome page, driven like a user would: headless under Monocle,
 * with a same-thread executor and a throw-away preferences node.
 */
@ExtendWith(ApplicationExtension.class)
class WelcomePageTest {

    private static final String VALID = "alice@example.org";
    private static final String INVALID = "alice@example";

    private Preferences node;
    private Messages messages;
    private Stage stage;
    private ViewFactory views;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        node = TestPreferences.freshNode();
        AppServices services = AppServices.create(Runnable::run, node, Locale.ROOT);
        messages = services.messages();
        views = new ViewFactory(services);
        MainWindow window = new MainWindow(stage, views, services);
        window.showPage(FxmlView.WIZARD);
        window.open();
    }

    @AfterEach
    void removePreferences() throws BackingStoreException {
        TestPreferences.remove(node);
    }

    @Test
    void opensAsOutboxDoctorAt1024By700WithTheFocusInTheAddressField(FxRobot robot) {
        assertEquals("Outbox Doctor", stage.getTitle());
        assertFalse(stage.getIcons().isEmpty(), "the window has the app icon");
        assertEquals(MainWindow.WIDTH, stage.getScene().getWidth());
        assertEquals(MainWindow.HEIGHT, stage.getScene().getHeight());
        verifyThat(".page-title", LabeledMatchers.hasText("Can't send email? Let's find out why."));
        assertTrue(field(robot).isFocused(), "address field has the focus");
        verifyThat("#nextButton", NodeMatchers.isDisabled());
        verifyThat("#backButton", NodeMatchers.isDisabled());
        verifyThat("#cancelButton", NodeMatchers.isInvisible());
    }

    @Test
    void invalidAddressKeepsNextDisabledAndIsDecorated(FxRobot robot) {
        robot.clickOn("#emailField").write(INVALID);
        WaitForAsyncUtils.waitForFxEvents();

        verifyThat("#nextButton", NodeMatchers.isDisabled());
        assertTrue(field(robot).getStyleClass().contains("error"), "ValidationSupport marks the field");
        verifyThat("#emailHint", NodeMatchers.isVisible());
        verifyThat("#emailHint", LabeledMatchers.hasText(messages.get("welcome.email.invalid")));
    }

    @Test
    void validAddressEnablesNext(FxRobot robot) {
        robot.clickOn("#emailField").write(VALID);
        WaitForAsyncUtils.waitForFxEvents();

        verifyThat("#nextButton", NodeMatchers.isEnabled());
        assertFalse(field(robot).getStyleClass().contains("error"));
        verifyThat("#emailHint", NodeMatchers.isInvisible());
    }

    @Test
    void enterInTheFieldGoesToThePasswordPage(FxRobot robot) {
        robot.clickOn("#emailField").write(VALID).type(KeyCode.ENTER);

        verifyThat("#passwordField", NodeMatchers.isVisible());
        assertTrue(robot.lookup("#passwordField").query().isFocused());
    }

    @Test
    void enterDoesNothingWhileTheAddressIsInvalid(FxRobot robot) {
        robot.clickOn("#emailField").write(INVALID).type(KeyCode.ENTER);

        verifyThat("#emailField", NodeMatchers.isVisible());
        assertTrue(robot.lookup("#passwordField").tryQuery().isEmpty(), "still on the first page");
    }

    @Test
    void largerTextSwitchesTheRootClassAndIsRemembered(FxRobot robot) throws BackingStoreException {
        robot.clickOn("#emailField").write(VALID);
        Node thumbArea = robot.lookup("#largeTextSwitch .thumb-area").query();

        robot.clickOn(thumbArea);
        assertTrue(root().getStyleClass().contains(AppearanceModel.LARGE_TEXT_STYLE_CLASS));
        assertTrue(node.getBoolean(UiPreferences.LARGE_TEXT, false), "choice stored");
        assertArrayEquals(new String[] {UiPreferences.LARGE_TEXT}, node.keys(), "nothing but the choice is stored");

        robot.clickOn(thumbArea);
        assertFalse(root().getStyleClass().contains(AppearanceModel.LARGE_TEXT_STYLE_CLASS));
        assertFalse(node.getBoolean(UiPreferences.LARGE_TEXT, true), "switching back is stored too");
    }

    @Test
    void tabOrderIsAddressSenderErrorPracticeSwitchLanguageNextAndSpaceTogglesTheSwitch(FxRobot robot) {
        robot.clickOn("#emailField").write(VALID);

        robot.type(KeyCode.TAB);
        assertTrue(robot.lookup("#otherSender").query().isFocused(), "\"I send from another address\" after the address");
        robot.type(KeyCode.TAB);
        assertTrue(robot.lookup("#problemField").query().isFocused(), "then the error field");
        robot.type(KeyCode.TAB);
        assertTrue(robot.lookup("#practiceLink").query().isFocused(), "then \"Try a practice scenario\"");
        robot.type(KeyCode.TAB);
        ToggleSwitch largeText = robot.lookup("#largeTextSwitch").queryAs(ToggleSwitch.class);
        assertTrue(largeText.isFocused(), "the switch after the page (Back is disabled on the first page)");
        robot.type(KeyCode.TAB);
        assertTrue(robot.lookup("#languageChoice").query().isFocused(), "then the language");
        robot.type(KeyCode.TAB);
        assertTrue(robot.lookup("#nextButton").queryAs(Button.class).isFocused(), "Next last");

        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertTrue(largeText.isFocused());
        robot.type(KeyCode.SPACE);
        assertTrue(largeText.isSelected());
        assertTrue(root().getStyleClass().contains(AppearanceModel.LARGE_TEXT_STYLE_CLASS));
    }

    @Test
    void largeTextAt1024By700ShowsEverythingUncut(FxRobot robot) {
        robot.clickOn("#emailField").write(INVALID);
        robot.clickOn(robot.lookup("#largeTextSwitch .thumb-area").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        Scene scene = stage.getScene();
        assertEquals(MainWindow.WIDTH, scene.getWidth());
        assertEquals(MainWindow.HEIGHT, scene.getHeight());
        List<String> problems = new ArrayList<>();
        for (String id : List.of("#emailField", "#problemField", "#emailHint", "#nextButton", "#largeTextSwitch", ".page-title")) {
            Node shown = robot.lookup(id).query();
            Bounds bounds = shown.localToScene(shown.getBoundsInLocal());
            if (bounds.getMinX() < 0 || bounds.getMinY() < 0
                    || bounds.getMaxX() > scene.getWidth() || bounds.getMaxY() > scene.getHeight()) {
                problems.add(id + " outside the window: " + bounds);
            }
        }
        problems.addAll(cutTexts(robot));
        assertEquals(List.of(), problems);
    }

    @Test
    void largeTextInTheSmallestWindowScrollsInsteadOfCuttingText(FxRobot robot) {
        robot.clickOn("#emailField").write(INVALID);
        robot.clickOn(robot.lookup("#largeTextSwitch .thumb-area").queryAs(Node.class));
        robot.interact(() -> {
            stage.setWidth(MainWindow.MIN_WIDTH);
            stage.setHeight(MainWindow.MIN_HEIGHT);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(MainWindow.MIN_WIDTH, stage.getScene().getWidth());
        assertEquals(List.of(), cutTexts(robot));
    }

    /** Labels whose text is shown shortened with an ellipsis. */
    private static List<String> cutTexts(FxRobot robot) {
        List<String> cut = new ArrayList<>();
        for (Node each : robot.lookup(n -> n instanceof Labeled && n.isVisible()).queryAll()) {
            Labeled labeled = (Labeled) each;
            Text text = (Text) labeled.lookup(".text");
            if (text != null && !text.getText().equals(labeled.getText())) {
                cut.add("cut text: '" + labeled.getText() + "' shows as '" + text.getText() + "'");
            }
        }
        return cut;
    }

    private static TextField field(FxRobot robot) {
        return robot.lookup("#emailField").queryAs(TextField.class);
    }

    private Node root() {
        return stage.getScene().getRoot();
    }

    @Test
    void anotherSenderAddressIsAskedOnlyWhenTickedAndMustLookLikeAnAddress(FxRobot robot) {
        verifyThat("#fromBox", NodeMatchers.isInvisible());
        robot.clickOn("#emailField").write(VALID);
        verifyThat("#nextButton", NodeMatchers.isEnabled());

        robot.clickOn("#otherSender");
        verifyThat("#fromBox", NodeMatchers.isVisible());
        robot.clickOn("#fromField").write("info@example");
        verifyThat("#nextButton", NodeMatchers.isDisabled());
        verifyThat("#fromHint", LabeledMatchers.hasText(messages.get("welcome.from.invalid")));
        robot.write(".org");
        verifyThat("#nextButton", NodeMatchers.isEnabled());
        assertEquals("info@example.org", views.session().form().fromProperty().get());

        robot.clickOn("#otherSender");
        verifyThat("#fromBox", NodeMatchers.isInvisible());
        assertEquals("", views.session().form().fromProperty().get(), "unticked: sent from the address itself");
    }
}
