package org.outboxdoctor.engine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.outboxdoctor.settings.MailSettings;
import org.outboxdoctor.settings.Ports;
import org.outboxdoctor.settings.Security;

/** Which SMTP ports a run checks, with which security each, and in which order they get the one login. */
final class PortPlan {
    private PortPlan() {
    }

    /** The standard submission ports plus the user's own. */
    static Set<Integer> portsToProbe(MailSettings settings) {
        Set<Integer> ports = new LinkedHashSet<>(Ports.OUTGOING);
        ports.add(settings.port());
        return ports;
    }

    /** Standard ports are probed as they are meant to be used; the user's other port as the user set it. */
    static Security securityFor(int port, MailSettings settings) {
        if (Ports.OUTGOING.contains(port)) {
            return Security.standardFor(port);
        }
        return settings.security() == Security.TLS ? Security.TLS : Security.STARTTLS;
    }

    /**
     * The user's own port first (unless it is 25, which a customer should not keep), then the ports a mail program
     * should use, best first: the one login of a security mode proves the settings worth recommending.
     */
    static List<Integer> authPriority(MailSettings settings) {
        Set<Integer> order = new LinkedHashSet<>();
        if (Ports.worthKeeping(settings.port())) {
            order.add(settings.port());
        }
        order.addAll(Ports.PREFERRED);
        return List.copyOf(order);
    }
}
