package org.outboxdoctor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javafx.scene.input.KeyCode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.outboxdoctor.e2e.CliRun;
import org.outboxdoctor.e2e.MailWorld;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The wizard and {@code outbox-doctor check --json} are two faces of one engine: for the same situation and the
 * same input they must list the same finding codes, in the same order, and the same verdict.
 */
class WizardMatchesCliTest extends WizardTestBase {

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** A pretend provider, what the user types into the wizard, and the same as `check` flags. */
    record Situation(String name, Consumer<MailWorld> setUp, String password, String port, String securityLabelKey,
                     List<String> cliArgs) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Situation> situations() {
        return Stream.of(
                new Situation("wrong password", MailWorld::healthyGreenMail, "not the password", "465",
                        "server.security.tls", List.of("--port", "465", "--security", "tls")),
                new Situation("port 25 filtered", world -> {
                    world.greenMailImaps();
                    world.blackhole(25);
                    world.scripted(MailWorld.startTlsServer().build(), 587);
                }, MailWorld.PASSWORD, "25", "server.security.starttls", List.of("--port", "25", "--security", "starttls")),
                new Situation("port 2525 refused, I don't know the security", world -> {
                    world.greenMailImaps();
                    world.scripted(MailWorld.startTlsServer().build(), 587);
                }, MailWorld.PASSWORD, "2525", null, List.of("--port", "2525")),
                new Situation("SSL/TLS set on a STARTTLS port", world -> {
                    world.greenMailImaps();
                    world.scripted(MailWorld.startTlsServer().build(), 587);
                }, MailWorld.PASSWORD, "587", "server.security.tls", List.of("--port", "587", "--security", "tls")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("situations")
    void theWizardAndCheckJsonGiveTheSameFindingCodes(Situation situation, FxRobot robot) throws Exception {
        try (MailWorld world = new MailWorld()) {
            situation.setUp().accept(world);
            List<String> args = new java.util.ArrayList<>(situation.cliArgs());
            args.add("--json");
            CliRun cli = situation.password().equals(MailWorld.PASSWORD)
                    ? world.check(args.toArray(String[]::new))
                    : world.checkWithPassword(situation.password(), args.toArray(String[]::new));

            driver = new WizardDriver(robot, stage).open(WizardWorld.options(world));
            robot.write(MailWorld.ADDRESS).type(KeyCode.ENTER);
            robot.write(situation.password()).type(KeyCode.ENTER);
            driver.assertOn(WizardStep.SERVER);
            robot.clickOn("#portField").write(situation.port());
            if (situation.securityLabelKey() != null) {
                robot.clickOn("#securityBox").clickOn(driver.messages.get(situation.securityLabelKey()));
            }
            robot.clickOn("#nextButton");
            driver.assertOn(WizardStep.CHECK_PASSWORD);
            driver.awaitOutcome(30);

            CheckOutcome wizard = driver.session.outcomeProperty().get();
            List<String> wizardCodes = wizard.codes().stream().map(Enum::name).toList();
            assertFalse(cli.codes().isEmpty(), cli::toString);
            assertEquals(cli.codes(), wizardCodes, "finding codes, wizard vs check --json\n" + cli);
            assertEquals(cli.verdict(), wizard.verdict().name());
            if (cli.recommended() != null) {
                assertEquals(cli.recommended().get("port").getAsInt(), wizard.recommended().orElseThrow().port());
            }
        }
    }
}
