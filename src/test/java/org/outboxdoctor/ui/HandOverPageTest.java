package org.outboxdoctor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;

import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.PropertyListParser;
import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outboxdoctor.diagnosis.RecommendedSettings;
import org.outboxdoctor.engine.CheckOptions;
import org.outboxdoctor.export.HandOver;
import org.outboxdoctor.export.MailProgram;
import org.outboxdoctor.export.SettingsExport;
import org.outboxdoctor.export.SetupSteps;
import org.outboxdoctor.export.ThunderbirdAndroidQr;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.base.NodeMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Set up my mail program" on the answer page of a practice scenario that proves a way to send: the steps for the
 * program chosen on the Password page, the chooser, the QR code read back from the page's own pixels, the save
 * actions through injected dialogs, and the password in none of it (page, files, HTML report).
 */
class HandOverPageTest extends WizardTestBase {

    @TempDir
    Path temp;
    private final List<String> suggested = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private AppServices.ExportDialogs dialogs() {
        return new AppServices.ExportDialogs() {
            @Override
            public Optional<Path> chooseFile(Window owner, String title, String suggestedName) {
                suggested.add(suggestedName);
                return Optional.of(temp.resolve("chosen-" + suggestedName));
            }

            @Override
            public Optional<Path> chooseFolder(Window owner, String title) {
                return Optional.of(temp.resolve("all"));
            }
        };
    }

    @Test
    void theAnswerPageHandsTheProvenSettingsOverForTheChosenProgram(FxRobot robot) throws Exception {
        driver = new WizardDriver(robot, stage).customise(s -> s.withExportDialogs(dialogs())).open(CheckOptions.defaults());
        answer(robot, driver, MailProgram.THUNDERBIRD);
        PracticeWizardTest.open(robot, driver.views.practice(), "healthy");
        String password = driver.session.form().passwordProperty().get();
        assertFalse(password.isEmpty());
        driver.awaitOutcome(60);
        robot.interact(() -> driver.wizard.goTo(WizardStep.RESULTS));
        WaitForAsyncUtils.waitForFxEvents();

        CheckOutcome outcome = driver.session.outcomeProperty().get();
        HandOver handOver = outcome.handOver().orElseThrow();
        RecommendedSettings proven = outcome.recommended().orElseThrow();
        assertTrue(handOver.practice(), "practice settings are marked as practice");
        assertEquals(proven.server(), handOver.outgoing().host());
        assertEquals(proven.port(), handOver.outgoing().port());
        verifyThat("#handOverBox", NodeMatchers.isVisible());
        assertEquals(MailProgram.THUNDERBIRD, selected(robot, "#programBox"), "the page starts with the chosen program");
        assertEquals(numbered(SetupSteps.steps(MailProgram.THUNDERBIRD, handOver)), texts(robot, "#stepsBox"));
        assertTrue(String.join("\n", texts(robot, "#stepsBox")).contains(proven.server()));

        // another program in the chooser: its steps, and the same answer everywhere (the Password page's question too)
        select(robot, "#programBox", MailProgram.APPLE_MAIL);
        assertEquals(numbered(SetupSteps.steps(MailProgram.APPLE_MAIL, handOver)), texts(robot, "#stepsBox"));
        assertEquals(MailProgram.APPLE_MAIL, driver.session.mailProgram().program());

        // the QR code on the page, read back from its pixels: exactly the proven settings, no password
        ImageView qr = robot.lookup("#qrImage").queryAs(ImageView.class);
        verifyThat("#qrImage", NodeMatchers.isVisible());
        assertFalse(qr.getAccessibleText().isBlank());
        String payload = QrPixels.decode(qr.getImage());
        assertEquals(ThunderbirdAndroidQr.payload(handOver), payload);
        JsonArray outgoing = JsonParser.parseString(payload).getAsJsonArray().get(3).getAsJsonArray().get(0).getAsJsonArray()
                .get(0).getAsJsonArray();
        assertEquals(proven.server(), outgoing.get(1).getAsString());
        assertEquals(proven.port(), outgoing.get(2).getAsInt());
        assertEquals(proven.username(), outgoing.get(5).getAsString());

        // Save settings file…: the profile for Apple Mail, through the injected dialog, and it parses
        driver.click("#saveSettingsButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> driver.text("#saveStatus").startsWith("Saved as"));
        assertEquals(List.of(SettingsExport.PROFILE), suggested);
        Path profile = temp.resolve("chosen-" + SettingsExport.PROFILE);
        NSDictionary root = (NSDictionary) PropertyListParser.parse(profile.toFile());
        NSDictionary mail = (NSDictionary) ((NSArray) root.get("PayloadContent")).objectAtIndex(0);
        assertEquals(proven.server(), mail.get("OutgoingMailServerHostName").toString());
        assertTrue(root.get("PayloadDisplayName").toString().startsWith("PRACTICE"), root.get("PayloadDisplayName").toString());

        // Save all files in a folder…
        driver.click("#saveAllSettingsButton");
        Path folder = temp.resolve("all");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> driver.text("#saveStatus").contains(folder.toString()));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("config-v1.1.xml", "outbox-doctor.mobileconfig", "steps.txt", "thunderbird-android-qr.png"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }

        // the HTML report: the QR code as a data: PNG that decodes to the same settings, and the chosen program's steps
        String html = outcome.htmlReport();
        Matcher png = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(html);
        assertTrue(png.find(), "no embedded QR code");
        assertEquals(payload, QrPixels.decode(Base64.getDecoder().decode(png.group(1))));
        String unescaped = html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
        for (String step : SetupSteps.steps(MailProgram.THUNDERBIRD, handOver)) {
            assertTrue(unescaped.contains("<li>" + step + "</li>"), "report lacks the step " + step);
        }
        assertTrue(unescaped.indexOf(MailProgram.THUNDERBIRD.title() + "</h3>")
                < unescaped.indexOf(MailProgram.OUTLOOK_CLASSIC.title() + "</h3>"), "the program chosen before the run first");

        // the (practice) password: in no text on the page, no saved file, not in the report
        List<String> seen = new ArrayList<>(pageTexts(robot));
        seen.add(html);
        seen.add(payload);
        try (Stream<Path> files = Files.walk(temp)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                seen.add(Files.readString(file, StandardCharsets.ISO_8859_1));
            }
        }
        for (String text : seen) {
            assertFalse(text.contains(password), "the password leaks into: " + text.substring(0, Math.min(200, text.length())));
            assertFalse(text.contains(Base64.getEncoder().encodeToString(password.getBytes(StandardCharsets.UTF_8))));
        }
    }

    /** Answers "Which mail program do you use?" on the Password page, as the user would with the chooser. */
    static void answer(FxRobot robot, WizardDriver driver, MailProgram program) {
        robot.interact(() -> driver.wizard.goTo(WizardStep.ACCOUNT));
        driver.assertOn(WizardStep.ACCOUNT);
        select(robot, "#mailProgramBox", program);
    }

    @SuppressWarnings("unchecked")
    static void select(FxRobot robot, String id, MailProgram program) {
        ComboBox<MailProgramChoice.Item> box = robot.lookup(id).queryAs(ComboBox.class);
        robot.interact(() -> box.getSelectionModel().select(new MailProgramChoice.Item(program)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    static MailProgram selected(FxRobot robot, String id) {
        return ((ComboBox<MailProgramChoice.Item>) robot.lookup(id).queryAs(ComboBox.class)).getValue().program();
    }

    static List<String> texts(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(VBox.class).getChildren().stream().map(n -> ((Labeled) n).getText()).toList();
    }

    private static List<String> numbered(List<String> steps) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            shown.add((i + 1) + ". " + steps.get(i));
        }
        return shown;
    }

    /** Every text a node of the window shows or speaks, password fields apart (they hold it by design). */
    static List<String> pageTexts(FxRobot robot) {
        List<String> texts = new ArrayList<>();
        for (Node node : robot.lookup(n -> true).queryAll()) {
            if (node instanceof Labeled labeled) {
                texts.add(String.valueOf(labeled.getText()));
            } else if (node instanceof TextInputControl input && !(node instanceof javafx.scene.control.PasswordField)
                    && !"passwordShown".equals(node.getId())) {
                texts.add(input.getText());
            }
            texts.add(String.valueOf(node.getAccessibleText()));
        }
        return texts;
    }
}
