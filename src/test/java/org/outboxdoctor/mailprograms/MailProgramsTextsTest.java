package org.outboxdoctor.mailprograms;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every note and every word the text output asks for is in mailprograms.properties, and is a valid pattern. */
class MailProgramsTextsTest {
    private final MailProgramsTexts texts = new MailProgramsTexts(Locale.ROOT);

    @Test
    void everyKeyThatCodeAsksForIsThere() {
        for (NoteCode code : NoteCode.values()) {
            assertFalse(texts.format(code.key(), "x", "y").isBlank(), code.key());
        }
        for (AuthMethod method : AuthMethod.values()) {
            assertFalse(texts.format("cli.auth." + method.word()).isBlank(), method.word());
        }
        for (ConnectionSecurity security : ConnectionSecurity.values()) {
            assertFalse(texts.format("cli.security." + security.word()).isBlank(), security.word());
        }
    }

    @Test
    void everyTextIsAValidPatternAndApostrophesShow() {
        ResourceBundle bundle = ResourceBundle.getBundle(MailProgramsTexts.BUNDLE_NAME, Locale.ROOT);
        for (String key : bundle.keySet()) {
            String text = texts.format(key, "A", "B", "C", "D");
            assertFalse(text.contains("{") || text.contains("}"), key + ": " + text);
        }
        assertTrue(texts.format("note.notPermitted").contains("Mail's settings"));
    }
}
