package org.outboxdoctor.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class SetupStepsTest {

    @Test
    void everyProgramHasATitleAndStepsFilledWithTheProvenValues() {
        for (MailProgram program : MailProgram.values()) {
            List<String> steps = SetupSteps.steps(program, Samples.imapAccount());
            String all = String.join("\n", steps);
            assertFalse(program.title().isBlank());
            assertTrue(steps.size() >= 3, program + ": " + steps);
            assertTrue(all.contains("smtp.domain.example"), program + " names the outgoing server");
            assertTrue(all.contains("465"), program + " names the port");
            assertTrue(all.contains("imap.domain.example"), program + " names the incoming server");
            assertFalse(all.matches("(?s).*\\{\\d+}.*"), program + " left a placeholder: " + all);
            assertFalse(all.contains("''"), program + " shows a doubled apostrophe: " + all);
        }
    }

    @Test
    void theProgramsOwnWordsForSecurityAndLogin() {
        String thunderbird = String.join("\n", SetupSteps.steps(MailProgram.THUNDERBIRD, Samples.popAccount()));
        assertTrue(thunderbird.contains("Connection security STARTTLS, Authentication method Normal password"), thunderbird);
        assertTrue(thunderbird.contains("User Name: type smtp-user-7"), thunderbird);
        String iphone = String.join("\n", SetupSteps.steps(MailProgram.IPHONE_IPAD_MAIL, Samples.openRelay()));
        assertTrue(iphone.contains("Host Name relay.domain.example, Use SSL off, Authentication None, Server Port 25"), iphone);
        String outlook = String.join("\n", SetupSteps.steps(MailProgram.OUTLOOK_CLASSIC, Samples.imapAccount()));
        assertTrue(outlook.contains("Server smtp.domain.example, Port 465, Encryption method SSL/TLS"), outlook);
        assertTrue(outlook.contains("requires authentication\" is ticked"), outlook);
    }

    @Test
    void stepsAboutTheIncomingServerOrTheLoginAreLeftOutWhenTheyDoNotApply() {
        for (MailProgram program : MailProgram.values()) {
            String outgoingOnly = String.join("\n", SetupSteps.steps(program, Samples.outgoingOnly()));
            assertFalse(outgoingOnly.contains("imap.domain.example"), outgoingOnly);
            assertFalse(outgoingOnly.contains("Incoming"), program + ": " + outgoingOnly);
            assertTrue(SetupSteps.steps(program, Samples.openRelay()).size()
                    < SetupSteps.steps(program, Samples.imapAccount()).size(), program + " drops its login step");
        }
    }

    @Test
    void theTextFileHasEveryProgramNumbered() {
        String text = SetupSteps.text(Samples.imapAccount());
        assertTrue(text.startsWith("Settings that worked for jane@domain.example"), text);
        assertTrue(text.contains("Your password is in none of these files"));
        for (MailProgram program : MailProgram.values()) {
            assertTrue(text.contains(program.title() + System.lineSeparator() + "="), program.title());
        }
        assertTrue(text.contains(System.lineSeparator() + "1. In Outlook, click File"), text);
        assertTrue(SetupSteps.text(Samples.imapAccount().asPractice("relay-denied")).startsWith("PRACTICE relay-denied:"));
        assertTrue(SetupSteps.text(Samples.outgoingOnly()).contains("found no incoming server"));
    }

    @Test
    void theShippedBundleIsWholeAndABrokenOneIsNamedProblemByProblem() throws IOException {
        ExportTexts.get();
        String broken = "thunderbird.title=Thunderbird\nthunderbird.step.1=One\nthunderbird.step.3=Three {0\n"
                + "thunderbird.step.3.auth=Again\nnobody.step.1=Who\n";
        ResourceBundle bundle = new PropertyResourceBundle(new StringReader(broken));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ExportTexts.checked(bundle));
        String message = e.getMessage();
        assertTrue(message.startsWith("org/outboxdoctor/export/steps.properties is broken: "), message);
        for (String problem : new String[] {"unknown key nobody.step.1", "thunderbird.step.3 is not a valid pattern",
            "thunderbird.step.2 is missing", "thunderbird.step.3 is there more than once", "missing thunderbird.security.tls",
            "outlookClassic has no steps", "missing file.displayName"}) {
            assertTrue(message.contains(problem), problem + " in " + message);
        }
    }

    @Test
    void numbersAreWrittenAsTheyAre() {
        HandOver high = HandOver.of("a@b.example", "", new Outgoing("smtp.b.example", 2525,
                org.outboxdoctor.settings.Security.STARTTLS, "a@b.example", true), java.util.Optional.empty());
        assertEquals(1, SetupSteps.steps(MailProgram.GMAIL_ANDROID, high).stream().filter(s -> s.contains("Port 2525")).count());
    }
}
