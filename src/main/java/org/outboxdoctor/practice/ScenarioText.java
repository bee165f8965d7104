package org.outboxdoctor.practice;

import org.outboxdoctor.settings.EmailAddress;

/** Fills a scenario's reply texts and records with the names of its world, so the catalogue says them once. */
final class ScenarioText {
    private final String server;
    private final String address;
    private final String domain;
    private final String publicIp;

    ScenarioText(PracticeScenario scenario, String publicIp) {
        this.server = scenario.base().server;
        this.address = scenario.mailProgram().address();
        this.domain = EmailAddress.parse(address).domain();
        this.publicIp = publicIp;
    }

    /** Replaces {server}, {domain}, {address} and {publicIp}. */
    String fill(String text) {
        return text.replace("{server}", server)
                .replace("{domain}", domain)
                .replace("{address}", address)
                .replace("{publicIp}", publicIp);
    }
}
