package dev.fleetscope.app.logging;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides secrets in what is logged, whoever logs it (our code, OkHttp, client-java): an {@code
 * Authorization} header's credentials, a bearer token, and the value of anything named password,
 * secret, token or key, a JSON Web Token anywhere, and a password in a URL. What stays says where
 * the secret was, so a log is still worth reading.
 */
public final class SecretMask {
  static final String HIDDEN = "****";

  private static final List<Pattern> SECRETS =
      List.of(
          // Authorization: Basic dXNlcjpwYXNz / Bearer eyJ... (a header, as logged)
          Pattern.compile("(?i)(authorization\\s*[:=]\\s*\"?\\w+\\s+)[^\\s\",}]+"),
          // a bearer token anywhere else
          Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]{8,}"),
          // password=..., "token": "...", api_key: ..., client-secret=...
          Pattern.compile(
              "(?i)((?:password|passwd|secret|token|api[_-]?key|access[_-]?key)\\w*\"?\\s*[:=]\\s*\"?)"
                  + "[^\\s\",}&]+"),
          // a JSON Web Token anywhere (a server may quote back the token it refused)
          Pattern.compile("()\\beyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}"),
          // credentials in a URL: https://user:password@host
          Pattern.compile("(?i)(\\b[a-z][a-z0-9+.-]*://[^/\\s:@]+:)[^/\\s@]+(?=@)"));

  private SecretMask() {}

  public static String mask(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String masked = text;
    for (Pattern secret : SECRETS) {
      Matcher m = secret.matcher(masked);
      masked = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + HIDDEN));
    }
    return masked;
  }
}
