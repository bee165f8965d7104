package org.outboxdoctor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.PropertyListParser;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outboxdoctor.cli.OutboxDoctorCli;

/** `check --export-settings DIR` and `practice run NAME --export-settings DIR` against loopback mail servers. */
class SettingsExportChecksTest {
    @TempDir
    Path temp;

    private static String qrText(Path png) throws Exception {
        var image = ImageIO.read(png.toFile());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static NSDictionary mailPayload(Path profile) throws Exception {
        NSDictionary root = (NSDictionary) PropertyListParser.parse(profile.toFile());
        return (NSDictionary) ((NSArray) root.get("PayloadContent")).objectAtIndex(0);
    }

    /** Every way the password could hide in a file: as typed, XML-escaped, base64 alone or in an AUTH PLAIN blob. */
    private static void assertNoPassword(Path dir) throws Exception {
        String password = MailWorld.PASSWORD;
        Base64.Encoder base64 = Base64.getEncoder();
        List<String> forms = List.of(password, password.replace("&", "&amp;"), password.replace("&", "\\u0026"),
                base64.encodeToString(password.getBytes(StandardCharsets.UTF_8)),
                base64.encodeToString(("\0" + MailWorld.ADDRESS + "\0" + password).getBytes(StandardCharsets.UTF_8)),
                base64.encodeToString((MailWorld.ADDRESS + "\0" + MailWorld.ADDRESS + "\0" + password).getBytes(StandardCharsets.UTF_8)),
                "sesame");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                List<String> texts = new ArrayList<>(List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8),
                        new String(Files.readAllBytes(file), StandardCharsets.UTF_16BE)));
                if (file.toString().endsWith(".png")) {
                    texts.add(qrText(file));
                }
                for (String text : texts) {
                    for (String form : forms) {
                        assertFalse(text.contains(form), file.getFileName() + " contains the password as " + form);
                    }
                }
            }
        }
    }

    @Test
    void aProvenAccountIsWrittenAsFourFilesWithoutThePassword() throws Exception {
        Path dir = temp.resolve("settings");
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            CliRun run = world.check("--port", "465", "--security", "tls", "--json", "--export-settings", dir.toString());

            assertEquals(0, run.exit(), run::toString);
            assertEquals("CAN_SEND", run.verdict(), "standard output is still one JSON object");
            assertTrue(run.err().contains("Settings files written to " + dir), run::toString);
        }
        assertEquals(List.of("config-v1.1.xml", "outbox-doctor.mobileconfig", "steps.txt", "thunderbird-android-qr.png"), names(dir));
        assertEquals("[1,[1,1],[0,\"mail.example.test\",993,3,1,\"alice@example.test\"],"
                + "[[[0,\"mail.example.test\",465,3,1,\"alice@example.test\"],[\"alice@example.test\",\"\"]]]]",
                qrText(dir.resolve("thunderbird-android-qr.png")));
        NSDictionary mail = mailPayload(dir.resolve("outbox-doctor.mobileconfig"));
        assertEquals("mail.example.test", mail.get("OutgoingMailServerHostName").toString());
        assertEquals("465", mail.get("OutgoingMailServerPortNumber").toString());
        assertEquals("EmailTypeIMAP", mail.get("EmailAccountType").toString());
        assertEquals("993", mail.get("IncomingMailServerPortNumber").toString());
        String autoconfig = Files.readString(dir.resolve("config-v1.1.xml"));
        assertTrue(autoconfig.contains("<emailProvider id=\"example.test\">"), autoconfig);
        assertTrue(Files.readString(dir.resolve("steps.txt")).contains("Port 465"));
        assertNoPassword(dir);
    }

    @Test
    void withoutAnIncomingServerOnlyTheStepsAreWrittenAndTheReasonIsSaid() throws Exception {
        try (MailWorld world = new MailWorld()) {
            world.map(465, world.greenMail().getSmtps().getPort());
            CliRun run = world.check("--port", "465", "--security", "tls", "--export-settings", temp.toString());

            assertEquals(0, run.exit(), run::toString);
            assertTrue(run.err().contains("outbox-doctor.mobileconfig was not made: it needs the incoming server too"), run::toString);
            assertTrue(run.err().contains("Settings files written to " + temp), run::toString);
        }
        assertEquals(List.of("steps.txt"), names(temp));
        assertNoPassword(temp);
    }

    @Test
    void nothingProvenWritesNothingAndKeepsTheExitStatus() throws Exception {
        Path dir = temp.resolve("settings");
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            CliRun run = world.checkWithPassword("not the password", "--port", "465", "--security", "tls",
                    "--export-settings", dir.toString());

            assertEquals(1, run.exit(), run::toString);
            assertTrue(run.err().contains("No settings files were written: the check did not prove a working way to send."),
                    run::toString);
        }
        assertFalse(Files.exists(dir));
    }

    @Test
    void aFileGivenAsTheFolderIsBadInputBeforeAnyCheck() throws Exception {
        Path file = Files.writeString(temp.resolve("taken"), "x");
        try (MailWorld world = new MailWorld()) {
            CliRun run = world.check("--export-settings", file.toString());
            assertEquals(2, run.exit(), run::toString);
            assertTrue(run.err().contains("--export-settings needs a folder, and " + file + " is a file."), run::toString);
            assertFalse(run.err().contains("Exception"), run::toString);
        }
    }

    @Test
    void practiceRunsExportFilesMarkedPractice() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = OutboxDoctorCli.run(new String[] {"practice", "run", "healthy", "--export-settings", temp.toString()},
                Map.of(), new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true), new PrintWriter(err, true));

        assertEquals(0, exit, out + "\n" + err);
        assertTrue(err.toString().contains("Settings files written to " + temp), err::toString);
        assertTrue(mailPayload(temp.resolve("outbox-doctor.mobileconfig")).get("PayloadDisplayName").toString()
                .startsWith("PRACTICE healthy:"));
        assertTrue(Files.readString(temp.resolve("config-v1.1.xml")).contains("<displayName>PRACTICE healthy:"));
        assertTrue(Files.readString(temp.resolve("steps.txt")).startsWith("PRACTICE healthy:"));
        assertTrue(qrText(temp.resolve("thunderbird-android-qr.png")).contains("\"PRACTICE healthy: mail account "));
    }

    @Test
    void practiceRefusesAFileAsTheFolder() throws Exception {
        Path file = Files.writeString(temp.resolve("taken"), "x");
        StringWriter err = new StringWriter();
        int exit = OutboxDoctorCli.run(new String[] {"practice", "run", "healthy", "--export-settings", file.toString()},
                Map.of(), new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(2, exit, err::toString);
        assertTrue(err.toString().contains("is a file"), err::toString);
    }
}
