package org.outboxdoctor.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonParser;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.settings.Security;

class ThunderbirdAndroidQrTest {

    /** Decodes the PNG with ZXing, as the phone's scanner would. */
    static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }

    @Test
    void theSpecificationsOwnExampleComesOutExactly() {
        HandOver example = HandOver.of("user@domain.example", "Jane Doe",
                new Outgoing("smtp.domain.example", 465, Security.TLS, "user@domain.example", true),
                Optional.of(new Incoming(Incoming.Protocol.IMAP, "imap.domain.example", 993, Security.TLS, "user@domain.example")));
        // qr-code-format.md, "One IMAP account", without its white space
        assertEquals("[1,[1,1],[0,\"imap.domain.example\",993,3,1,\"user@domain.example\"],"
                + "[[[0,\"smtp.domain.example\",465,3,1,\"user@domain.example\"],[\"user@domain.example\",\"Jane Doe\"]]]]",
                ThunderbirdAndroidQr.payload(example));
    }

    @Test
    void theImageDecodesToExactlyTheProvenSettings() throws Exception {
        assertEquals("[1,[1,1],[0,\"imap.domain.example\",993,3,1,\"jane@domain.example\"],"
                + "[[[0,\"smtp.domain.example\",465,3,1,\"jane@domain.example\"],[\"jane@domain.example\",\"Jane Doe\"]]]]",
                decode(ThunderbirdAndroidQr.png(Samples.imapAccount())));
    }

    @Test
    void popStartTlsAndARelayWithoutLoginUseTheFormatsNumbers() throws Exception {
        assertEquals("[1,[1,1],[1,\"pop.domain.example\",110,2,1,\"jane\"],"
                + "[[[0,\"mail.domain.example\",587,2,1,\"smtp-user-7\"],[\"jane@domain.example\",\"\"]]]]",
                decode(ThunderbirdAndroidQr.png(Samples.popAccount())));
        assertEquals("[1,[1,1],[0,\"imap.domain.example\",993,3,1,\"jane@domain.example\"],"
                + "[[[0,\"relay.domain.example\",25,0,0,\"\"],[\"jane@domain.example\",\"Jane\"]]]]",
                decode(ThunderbirdAndroidQr.png(Samples.openRelay())));
    }

    @Test
    void practiceCodesNameTheAccountPractice() throws Exception {
        String json = decode(ThunderbirdAndroidQr.png(Samples.imapAccount().asPractice("healthy")));
        assertEquals("PRACTICE healthy: mail account jane@domain.example, settings checked by Outbox Doctor",
                JsonParser.parseString(json).getAsJsonArray().get(2).getAsJsonArray().get(6).getAsString());
    }

    @Test
    void nonAsciiNamesSurviveTheCode() throws Exception {
        HandOver international = HandOver.of("anna@bücher.example", "Änne <Ü> & Co",
                new Outgoing("smtp.bücher.example", 465, Security.TLS, "anna@bücher.example", true),
                Optional.of(new Incoming(Incoming.Protocol.IMAP, "imap.bücher.example", 993, Security.TLS, "anna@bücher.example")));
        String json = decode(ThunderbirdAndroidQr.png(international));
        assertEquals(ThunderbirdAndroidQr.payload(international), json);
        assertEquals("xn--bcher-kva", json.substring(json.indexOf("imap.") + 5, json.indexOf(".example")),
                "host names in their ASCII form, as the format asks");
        assertEquals("Änne <Ü> & Co", JsonParser.parseString(json).getAsJsonArray().get(3).getAsJsonArray()
                .get(0).getAsJsonArray().get(1).getAsJsonArray().get(1).getAsString());
    }

    @Test
    void withoutAnIncomingServerThereIsNoCode() {
        assertThrows(IllegalArgumentException.class, () -> ThunderbirdAndroidQr.png(Samples.outgoingOnly()));
    }
}
