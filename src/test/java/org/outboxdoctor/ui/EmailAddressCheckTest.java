package org.outboxdoctor.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "alice@example.org",
            "a.b+tag@mail.example.co.uk",
            "  alice@example.org  ",
            "info@xn--bcher-kva.example",
            "jürgen@bücher.de",
            "x@my-host.example.com"})
    void acceptsCompleteAddresses(String address) {
        assertTrue(EmailAddressCheck.looksValid(address), address);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            " ",
            "alice",
            "alice@",
            "alice@example",
            "alice@example.",
            "alice@.org",
            "@example.org",
            "alice@@example.org",
            "alice smith@example.org",
            "alice@exa mple.org",
            "alice@example.c",
            "alice@-example.org",
            "alice@example-.org",
            "alice..b@example.org",
            ".alice@example.org",
            "alice.@example.org",
            "alice@example..org",
            "alice@example.org."})
    void rejectsIncompleteOrBrokenAddresses(String text) {
        assertFalse(EmailAddressCheck.looksValid(text), String.valueOf(text));
    }
}
