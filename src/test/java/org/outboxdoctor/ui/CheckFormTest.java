package org.outboxdoctor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.outboxdoctor.engine.CheckOptions;
import org.outboxdoctor.engine.CheckRequest;
import org.outboxdoctor.settings.InvalidSettingException;
import org.outboxdoctor.settings.MailSettings;
import org.outboxdoctor.settings.Security;
import org.outboxdoctor.ui.CheckForm.AuthChoice;
import org.outboxdoctor.ui.CheckForm.SecurityChoice;

/** The form builds the same request as `outbox-doctor check` would for the same input. */
class CheckFormTest {

    private final CheckForm form = new CheckForm();

    @Test
    void iDontKnowEverywhereGivesTheCommandsDefaults() {
        form.emailProperty().set("  anna@Example.COM ");
        form.passwordProperty().set("pw");
        CheckRequest request = form.request(CheckOptions.defaults());

        MailSettings s = request.settings();
        assertEquals("anna@example.com", s.address().toString());
        assertEquals("mail.example.com", s.server());
        assertEquals(587, s.port());
        assertEquals(Security.STARTTLS, s.security());
        assertEquals("anna@example.com", s.username());
        assertTrue(s.auth());
        assertEquals(List.of(), s.notes());
        assertEquals("anna@example.com", request.account().username());
        assertFalse(request.account().allowPlaintextAuth());
        assertEquals("mail.example.com", form.defaultServer());
    }

    @Test
    void typedSettingsAreUsedAsTyped() {
        form.emailProperty().set("anna@example.com");
        form.passwordProperty().set("pw");
        form.usernameProperty().set("anna");
        form.serverProperty().set("smtp.provider.test");
        form.portProperty().set(" 465 ");
        form.securityProperty().set(SecurityChoice.TLS);
        form.authProperty().set(AuthChoice.NO);

        MailSettings s = form.request(CheckOptions.defaults()).settings();
        assertEquals("smtp.provider.test", s.server());
        assertEquals(465, s.port());
        assertEquals(Security.TLS, s.security());
        assertEquals("anna", s.username());
        assertFalse(s.auth());
    }

    @Test
    void serverWithSchemeAndPortIsUnderstoodAndNoted() {
        form.emailProperty().set("anna@example.com");
        form.passwordProperty().set("pw");
        form.serverProperty().set("smtp://mail.example.com:465");

        MailSettings s = form.request(CheckOptions.defaults()).settings();
        assertEquals("mail.example.com", s.server());
        assertEquals(465, s.port());
        assertEquals(Security.TLS, s.security(), "the port's own security when the user does not know");
        assertEquals(2, s.notes().size(), s.notes().toString());

        form.portProperty().set("587");
        MailSettings corrected = form.request(CheckOptions.defaults()).settings();
        assertEquals(587, corrected.port(), "the port field wins");
        assertEquals(3, corrected.notes().size(), corrected.notes().toString());
    }

    @Test
    void theUserNameFollowsTheAddressUntilTheUserTypesAnother() {
        form.emailProperty().set("a@example.com");
        assertEquals("a@example.com", form.usernameProperty().get());
        form.emailProperty().set("anna@example.com");
        assertEquals("anna@example.com", form.usernameProperty().get());

        form.usernameProperty().set("anna");
        form.emailProperty().set("bob@example.com");
        assertEquals("anna", form.usernameProperty().get(), "a typed user name stays");
    }

    @Test
    void validationAllowsBlankSettingsButNotBadOnes() {
        assertTrue(form.serverValidProperty().get());
        assertTrue(form.portValidProperty().get());
        form.serverProperty().set("mail example com");
        form.portProperty().set("70000");
        assertFalse(form.serverValidProperty().get());
        assertFalse(form.portValidProperty().get());
        form.portProperty().set("25x");
        assertFalse(form.portValidProperty().get());
        form.portProperty().set("0");
        assertFalse(form.portValidProperty().get());
        form.portProperty().set("2525");
        assertTrue(form.portValidProperty().get());
        form.serverProperty().set("smtp://mail.example.com:587");
        assertTrue(form.serverValidProperty().get());
    }

    @Test
    void incompleteInputIsRefused() {
        form.emailProperty().set("anna@example.com");
        assertFalse(form.complete());
        assertThrows(InvalidSettingException.class, () -> form.request(CheckOptions.defaults()), "no password");
        form.passwordProperty().set("pw");
        assertTrue(form.complete());
    }

    @Test
    void eachRunGetsItsOwnCopyOfThePasswordToWipe() {
        form.emailProperty().set("anna@example.com");
        form.passwordProperty().set("secret");
        CheckRequest first = form.request(CheckOptions.defaults());
        CheckRequest second = form.request(CheckOptions.defaults());
        assertNotSame(first.account().password(), second.account().password());
        first.account().password().close();
        assertTrue(first.account().password().isCleared());
        assertFalse(second.account().password().isCleared());
        assertEquals("secret", form.passwordProperty().get());

        form.forgetPassword();
        assertEquals("", form.passwordProperty().get());
    }

    @Test
    void everyInputChangeMovesTheRevision() {
        long start = form.revisionProperty().get();
        form.serverProperty().set("x.example.com");
        form.securityProperty().set(SecurityChoice.NONE);
        form.passwordProperty().set("p");
        assertTrue(form.revisionProperty().get() >= start + 3);
        long before = form.revisionProperty().get();
        form.problemProperty().set("Relay access denied");
        assertEquals(before, form.revisionProperty().get(), "the error message does not change the check");
    }
}
