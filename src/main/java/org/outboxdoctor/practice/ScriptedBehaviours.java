package org.outboxdoctor.practice;

import org.outboxdoctor.settings.EmailAddress;

/** Turns a scenario's description of a scripted SMTP server into the {@link SmtpBehaviour} it plays. */
final class ScriptedBehaviours {

    private ScriptedBehaviours() {
    }

    static SmtpBehaviour from(ScenarioData.Scripted s, PracticeScenario scenario, ScenarioText text) {
        String tls = s.tls == null ? "none" : s.tls;
        String certificate = s.certificate == null ? "mail" : s.certificate;
        String address = scenario.mailProgram().address();
        SmtpBehaviour.Builder b = SmtpBehaviour.builder()
                .greeting(text.fill(s.greeting != null ? s.greeting : "220 {server} ESMTP Postfix"))
                .ehloName(text.fill(s.ehloName != null ? s.ehloName : scenario.base().server))
                .localDomain(EmailAddress.parse(address).domain())
                // a submission server with STARTTLS offers AUTH only once the connection is encrypted
                .authBeforeTls(s.authBeforeTls != null ? s.authBeforeTls : tls.equals("none"));
        switch (tls) {
            case "starttls" -> b.starttls(PracticePki.serverContext(certificate));
            case "implicit" -> b.implicitTls(PracticePki.serverContext(certificate));
            default -> { }
        }
        if (s.knowsAccount == null || s.knowsAccount) {
            b.user(address, scenario.base().password);
        }
        if (s.connectReplyAndClose != null) {
            b.connectReplyAndClose(text.fill(s.connectReplyAndClose));
        }
        b.garbageGreeting(Boolean.TRUE.equals(s.garbageGreeting)).silent(Boolean.TRUE.equals(s.silent))
                .requireTlsForMail(Boolean.TRUE.equals(s.requireTlsForMail));
        if (s.size != null) {
            b.size(s.size);
        }
        if (s.authMechanisms != null) {
            b.authMechanisms(s.authMechanisms);
        }
        if (s.authReply != null) {
            b.authReply(text.fill(s.authReply));
        }
        if (s.unauthenticatedRcptReply != null) {
            b.unauthenticatedRcptReply(text.fill(s.unauthenticatedRcptReply));
        }
        if (s.mailFromReplyAuthenticated != null) {
            b.mailFromReplyAuthenticated(text.fill(s.mailFromReplyAuthenticated));
        }
        if (s.rcptReplyAuthenticated != null) {
            b.rcptReplyAuthenticated(text.fill(s.rcptReplyAuthenticated));
        }
        return b.build();
    }
}
