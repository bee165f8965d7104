package org.outboxdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.outboxdoctor.engine.CheckOptions;
import org.outboxdoctor.engine.CheckRequest;
import org.outboxdoctor.settings.Secret;
import org.outboxdoctor.ui.CheckForm;
import picocli.CommandLine;

/** The wizard's fields and the command's flags, given the same input, are read into the same settings. */
class BothFacesReadSettingsTest {

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("anna@example.com", "", "", "", CheckForm.SecurityChoice.DONT_KNOW, true, ""),
                Arguments.of("anna@example.com", "anna", "smtp.provider.test", "465", CheckForm.SecurityChoice.TLS, false, ""),
                Arguments.of("anna@example.com", "", "smtp://Mail.Example.COM:465", "", CheckForm.SecurityChoice.DONT_KNOW, true, ""),
                Arguments.of("anna@example.com", "", "mail.example.com:465", "587", CheckForm.SecurityChoice.DONT_KNOW, true, ""),
                Arguments.of("anna@example.com", "anna@example.com", "mail.example.com", "25", CheckForm.SecurityChoice.NONE, true, ""),
                Arguments.of("anna@localpart.test", "", "", "", CheckForm.SecurityChoice.STARTTLS, true, "testlocal"));
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void sameInputSameSettings(String email, String user, String server, String port, CheckForm.SecurityChoice security,
                               boolean login, String profile) {
        CheckForm form = new CheckForm();
        form.emailProperty().set(email);
        form.usernameProperty().set(user.isEmpty() ? email : user);
        form.serverProperty().set(server);
        form.portProperty().set(port);
        form.securityProperty().set(security);
        form.authProperty().set(login ? CheckForm.AuthChoice.DONT_KNOW : CheckForm.AuthChoice.NO);
        form.passwordProperty().set("pw");
        CheckOptions options = profile.isEmpty() ? CheckOptions.defaults() : CheckOptions.defaults().toBuilder().profile(profile).build();
        CheckRequest wizard = form.request(options);

        List<String> args = new ArrayList<>(List.of("--email", email, "--password-env", "OD_PASSWORD"));
        add(args, "--username", user);
        add(args, "--server", server);
        add(args, "--port", port);
        security.securityWord().ifPresent(word -> args.addAll(List.of("--security", word)));
        if (!login) {
            args.add("--no-auth");
        }
        add(args, "--profile", profile);
        CheckCommand command = new CheckCommand(Map.of("OD_PASSWORD", "pw"), new ByteArrayInputStream(new byte[0]));
        new CommandLine(command).parseArgs(args.toArray(String[]::new));
        try (Secret secret = Secret.of("pw".toCharArray())) {
            CheckRequest cli = command.request(secret);
            assertEquals(wizard.settings(), cli.settings());
            assertEquals(wizard.account().username(), cli.account().username());
        }
    }

    private static void add(List<String> args, String flag, String value) {
        if (!value.isEmpty()) {
            args.addAll(List.of(flag, value));
        }
    }
}
