import java.security.KeyStore;
import java.security.Security;
import java.util.Arrays;
import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.directory.InitialDirContext;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Proves that a bundled runtime has what DNS and TLS need, without contacting anyone:
 *   javac -d DIR installer/RuntimeCheck.java && INSTALLED_RUNTIME/bin/java -cp DIR RuntimeCheck
 * Exit status 0 when every check passes; one line per check either way.
 */
public final class RuntimeCheck {
    private static int failures;

    public static void main(String[] args) throws Exception {
        SSLContext tls = SSLContext.getDefault();
        String[] suites = tls.getDefaultSSLParameters().getCipherSuites();
        long ecdhe = Arrays.stream(suites).filter(s -> s.contains("_ECDHE_")).count();
        check(ecdhe > 0, "TLS: " + ecdhe + " ECDHE cipher suites of " + suites.length + " (jdk.crypto.ec)");
        String[] protocols = tls.getDefaultSSLParameters().getProtocols();
        check(Arrays.asList(protocols).contains("TLSv1.3"), "TLS: protocols " + String.join(", ", protocols));

        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init((KeyStore) null);
        int anchors = Arrays.stream(trust.getTrustManagers()).filter(X509TrustManager.class::isInstance)
                .mapToInt(tm -> ((X509TrustManager) tm).getAcceptedIssuers().length).sum();
        check(anchors >= 50, "TLS: " + anchors + " trusted root certificates (lib/security/cacerts)");

        check(Security.getProvider("SunPKCS11") != null, "PKCS#11 provider SunPKCS11 (jdk.crypto.cryptoki)");
        if (System.getProperty("os.name", "").startsWith("Windows")) {
            check(Security.getProvider("SunMSCAPI") != null, "Windows certificate store provider SunMSCAPI (jdk.crypto.mscapi)");
        }

        // JNDI's DNS provider reads the system's resolvers when the context is made; it sends no query.
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.dns.DnsContextFactory");
        new InitialDirContext(env).close();
        check(true, "DNS: JNDI DNS provider (jdk.naming.dns)");

        check(java.nio.charset.Charset.isSupported("IBM850"), "charsets: console code page IBM850 (jdk.charsets)");
        System.exit(failures == 0 ? 0 : 1);
    }

    private static void check(boolean ok, String what) {
        System.out.println((ok ? "ok    " : "FAIL  ") + what);
        if (!ok) {
            failures++;
        }
    }
}
