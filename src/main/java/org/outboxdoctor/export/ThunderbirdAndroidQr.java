package org.outboxdoctor.export;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;
import org.outboxdoctor.settings.InvalidSettingException;
import org.outboxdoctor.settings.Security;

/**
 * The QR code Thunderbird for Android scans to add an account: "Export for Mobile" QR code format version 1, as
 * specified in thunderbird-android's {@code feature/migration/qrcode/qr-code-format.md} (2025-02-06). The payload
 * is a JSON array: {@code [1, [sequence 1, of 1], IncomingServer, [[OutgoingServer, Identity]]]}, with
 * {@code IncomingServer = [protocol 0 IMAP|1 POP3, host, port, security, auth, user(, accountName)]},
 * {@code OutgoingServer = [0 SMTP, host, port, security, auth, user]}, security 0 plain, 2 STARTTLS, 3 TLS, and
 * auth 0 none, 1 password. The optional password elements are left out: the app asks for the password.
 */
public final class ThunderbirdAndroidQr {
    public static final int FORMAT_VERSION = 1;
    static final int IMAGE_SIZE = 480;
    private static final Gson JSON = new GsonBuilder().disableHtmlEscaping().create();

    private ThunderbirdAndroidQr() {
    }

    /** The JSON the QR code holds; needs an incoming server, because the format's account starts with it. */
    public static String payload(HandOver handOver) {
        Incoming incoming = handOver.incoming().orElseThrow(() -> InvalidSettingException.of(
                "problem.export.noIncoming", handOver.address()));
        JsonArray root = new JsonArray();
        root.add(FORMAT_VERSION);
        root.add(array(1, 1));

        JsonArray in = array(incoming.protocol() == Incoming.Protocol.IMAP ? 0 : 1, ascii(incoming.host()), incoming.port(),
                security(incoming.security()), 1, incoming.username());
        if (handOver.practice()) {
            // the account name is the one place the format shows a name for the account itself
            in.add(handOver.texts().accountName(handOver));
        }
        root.add(in);

        Outgoing outgoing = handOver.outgoing();
        JsonArray out = array(0, ascii(outgoing.host()), outgoing.port(), security(outgoing.security()),
                outgoing.auth() ? 1 : 0, outgoing.username());
        JsonArray group = array();
        group.add(out);
        group.add(array(handOver.address(), handOver.displayName()));
        JsonArray groups = array();
        groups.add(group);
        root.add(groups);
        return JSON.toJson(root);
    }

    /** The QR code's modules, for drawing it elsewhere (the answer page): true is black. */
    public static BitMatrix matrix(HandOver handOver) {
        return matrix(payload(handOver));
    }

    /** The QR code as a black and white PNG image. */
    public static byte[] png(HandOver handOver) {
        BitMatrix matrix = matrix(payload(handOver));
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("The QR code could not be drawn as PNG", e);
        }
        return bytes.toByteArray();
    }

    static BitMatrix matrix(String payload) {
        Map<EncodeHintType, Object> hints = Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4);
        try {
            return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, IMAGE_SIZE, IMAGE_SIZE, hints);
        } catch (WriterException e) {
            throw InvalidSettingException.of("problem.export.qrTooLong");
        }
    }

    /** ConnectionSecurity of the format (1 is a reserved legacy value). */
    static int security(Security security) {
        return switch (security) {
            case NONE -> 0;
            case STARTTLS -> 2;
            case TLS -> 3;
        };
    }

    /** The format allows only ASCII host names: international names go in their xn-- form. */
    private static String ascii(String host) {
        return IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
    }

    private static JsonArray array(Object... values) {
        JsonArray array = new JsonArray();
        for (Object value : values) {
            if (value instanceof Number n) {
                array.add(n);
            } else {
                array.add((String) value);
            }
        }
        return array;
    }
}
